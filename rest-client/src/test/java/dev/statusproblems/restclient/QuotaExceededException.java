package dev.statusproblems.restclient;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;

/** A checked problem type. */
@ProblemType(type = "quota-exceeded", status = 429)
public class QuotaExceededException extends Exception {

    private static final long serialVersionUID = 1L;

    @ProblemMember
    private final int limit;

    public QuotaExceededException(String message, int limit) {
        super(message);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
