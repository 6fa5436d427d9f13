package dev.statusproblems.demo;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;

/** The problem RFC 9457 uses as its example, as an application declares it. */
@ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit",
        description = "The account's balance does not cover the order. Top up the account or order less.")
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
