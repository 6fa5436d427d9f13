package dev.statusproblems.cdi.undeployed;

import dev.statusproblems.model.ProblemType;

/** The undeployed application's problem type, which its catalogue lists. */
@ProblemType(type = "undeployed-thing", status = 410, title = "The thing is gone")
public class UndeployedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The thing is gone. */
    public UndeployedException() {
        super("gone");
    }
}
