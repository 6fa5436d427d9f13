package dev.statusproblems.cdi.undeployed;

import dev.statusproblems.model.ProblemSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The undeployed application's observer of the problems sent. Loaded by the application's own class
 * loader only: the test reaches it by reflection.
 */
@ApplicationScoped
public class UndeployedRecorder {

    private final Semaphore sent = new Semaphore(0);

    void onProblem(@Observes ProblemSent problem) {
        sent.release();
    }

    /**
     * Whether {@code count} problems are (or, within {@code timeoutMillis}, come to be) observed: the
     * servlet filter announces its problem after it has written it, so a client can have the response
     * before the observers have it.
     */
    public boolean observed(int count, long timeoutMillis) throws InterruptedException {
        return sent.tryAcquire(count, timeoutMillis, TimeUnit.MILLISECONDS);
    }
}
