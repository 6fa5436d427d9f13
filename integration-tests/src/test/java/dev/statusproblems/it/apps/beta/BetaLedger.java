package dev.statusproblems.it.apps.beta;

import dev.statusproblems.model.ProblemSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The beta application's observer of the problems sent: the status and path of each. */
@ApplicationScoped
public class BetaLedger {

    private final List<String> entries = new CopyOnWriteArrayList<>();

    void onProblem(@Observes ProblemSent sent) {
        entries.add(sent.problem().status() + " " + sent.path());
    }

    /** What was recorded, oldest first. */
    public List<String> entries() {
        return List.copyOf(entries);
    }
}
