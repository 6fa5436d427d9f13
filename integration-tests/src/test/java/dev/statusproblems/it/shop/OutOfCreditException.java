package dev.statusproblems.it.shop;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;

/** RFC 9457's own example problem type, declared as an application does. */
@ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit",
        description = "The account's balance does not cover the order.")
public class OutOfCreditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @ProblemMember
    private final int balance;

    @ProblemMember
    private final int cost;

    /** The balance does not cover the cost. */
    public OutOfCreditException(int balance, int cost) {
        super("Your current balance is " + balance + ", but that costs " + cost + ".");
        this.balance = balance;
        this.cost = cost;
    }
}
