package dev.statusproblems.jaxrs.shop;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;

/** An application exception declaring its problem type. */
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
