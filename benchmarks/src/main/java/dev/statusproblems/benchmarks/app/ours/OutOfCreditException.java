package dev.statusproblems.benchmarks.app.ours;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;

/** The application's own problem, declared the suite's way. */
@ProblemType(type = "https://example.com/probs/out-of-credit", status = 403, title = "You do not have enough credit.")
public class OutOfCreditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @ProblemMember
    private final int balance;

    /** A purchase of {@code cost} refused at {@code balance}. */
    public OutOfCreditException(int balance, int cost) {
        super("Your current balance is " + balance + ", but that costs " + cost + ".");
        this.balance = balance;
    }
}
