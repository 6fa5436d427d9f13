package dev.statusproblems.it.apps.beta;

import dev.statusproblems.model.ProblemType;

/** The beta application's own problem type, which the other application must never list. */
@ProblemType(type = "beta-refused", status = 422, title = "Beta refused the request",
        description = "Only the beta application declares this problem type.")
public class BetaRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The application refuses with {@code message}. */
    public BetaRefusedException(String message) {
        super(message);
    }
}
