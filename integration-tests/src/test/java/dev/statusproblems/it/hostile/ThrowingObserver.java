package dev.statusproblems.it.hostile;

import dev.statusproblems.model.ProblemSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** An application's observer of the problems sent, with a bug for the requests whose path ends in "observer-boom". */
@ApplicationScoped
public class ThrowingObserver {

    /** Throws for the problems of the requests meant to exercise it; ignores the rest. */
    void onProblem(@Observes ProblemSent sent) {
        if (sent.path().endsWith("observer-boom")) {
            throw new IllegalStateException("observer failed " + Secrets.SECRET);
        }
    }
}
