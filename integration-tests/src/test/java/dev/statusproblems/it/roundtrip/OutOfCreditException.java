package dev.statusproblems.it.roundtrip;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;

/** Declared once, in both deployments: the server throws it, the client catches it. */
@ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit")
public class OutOfCreditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @ProblemMember
    private final int balance;

    @ProblemMember
    private final int cost;

    public OutOfCreditException(int balance, int cost) {
        super("Your current balance is " + balance + ", but that costs " + cost + ".");
        this.balance = balance;
        this.cost = cost;
    }

    public int balance() {
        return balance;
    }

    public int cost() {
        return cost;
    }
}
