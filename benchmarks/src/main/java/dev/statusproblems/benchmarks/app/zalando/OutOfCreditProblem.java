package dev.statusproblems.benchmarks.app.zalando;

import java.net.URI;
import java.util.Map;
import org.zalando.problem.AbstractThrowableProblem;
import org.zalando.problem.Status;

/** The application's own problem, declared zalando's way. */
public class OutOfCreditProblem extends AbstractThrowableProblem {

    private static final long serialVersionUID = 1L;
    private static final URI TYPE = URI.create("https://example.com/probs/out-of-credit");

    /** A purchase of {@code cost} refused at {@code balance}. */
    public OutOfCreditProblem(int balance, int cost) {
        super(TYPE, "You do not have enough credit.", Status.FORBIDDEN,
                "Your current balance is " + balance + ", but that costs " + cost + ".", null, null,
                Map.of("balance", balance));
    }
}
