package dev.statusproblems.it.metrics;

import dev.statusproblems.model.ProblemType;

/** A problem type the application declares: counted under its own type. */
@ProblemType(type = "meter-locked", status = 409, title = "The meter is locked",
        description = "The meter is being read and cannot change.")
public class MeterLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Meter {@code id} is being read. */
    public MeterLockedException(String id) {
        super("Meter " + id + " is being read");
    }
}
