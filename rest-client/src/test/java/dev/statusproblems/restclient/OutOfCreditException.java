package dev.statusproblems.restclient;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;

/** The RFC's example, declared once and shared by the server and its clients. */
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
