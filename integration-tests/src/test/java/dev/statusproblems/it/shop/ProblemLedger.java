package dev.statusproblems.it.shop;

import dev.statusproblems.model.ProblemSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The application's record of the problems sent, as metrics or audit code would keep it. */
@ApplicationScoped
public class ProblemLedger {

    private final List<String> entries = new CopyOnWriteArrayList<>();

    void onProblem(@Observes ProblemSent sent) {
        entries.add(sent.problem().status() + " " + sent.method() + " " + sent.path());
    }

    /** What was recorded, oldest first. */
    public List<String> entries() {
        return List.copyOf(entries);
    }
}
