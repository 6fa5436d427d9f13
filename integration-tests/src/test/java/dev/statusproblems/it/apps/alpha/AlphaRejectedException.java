package dev.statusproblems.it.apps.alpha;

import dev.statusproblems.model.ProblemType;

/** The alpha application's own problem type, which the other application must never list. */
@ProblemType(type = "alpha-rejected", status = 409, title = "Alpha rejected the request",
        description = "Only the alpha application declares this problem type.")
public class AlphaRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The application refuses with {@code message}. */
    public AlphaRejectedException(String message) {
        super(message);
    }
}
