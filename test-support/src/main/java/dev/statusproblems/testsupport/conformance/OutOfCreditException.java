package dev.statusproblems.testsupport.conformance;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;

/** The conformance table's application exception, with a relative problem type. */
@ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit")
public class OutOfCreditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @ProblemMember
    private final int balance;

    public OutOfCreditException(String message, int balance) {
        super(message);
        this.balance = balance;
    }

    public int balance() {
        return balance;
    }
}
