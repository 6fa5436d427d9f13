package dev.statusproblems.cdi.undeployed;

import dev.statusproblems.model.ProblemSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The undeployed application's observer of the problems sent. Loaded by the application's own class
 * loader only: the test reaches it by reflection.
 */
@ApplicationScoped
public class UndeployedRecorder {

    private final AtomicInteger count = new AtomicInteger();

    void onProblem(@Observes ProblemSent sent) {
        count.incrementAndGet();
    }

    /** How many problems the application sent. */
    public int count() {
        return count.get();
    }
}
