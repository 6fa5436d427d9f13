package dev.statusproblems.it.hostile;

import dev.statusproblems.model.ProblemType;

/** A declared problem type, so that the catalogue has a page at {@code /problems/order-conflict}. */
@ProblemType(type = "order-conflict", status = 409, title = "The order changed meanwhile",
        description = "Another request changed the order first.")
public class BatteryConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public BatteryConflictException(String message) {
        super(message);
    }
}
