package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemSent;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Counts each problem an application sends, as {@value #NAME}, on every metrics registry its server
 * hands it through CDI ({@link MetricsRegistries}). One counter per status, problem type and way in:
 * a type is counted under its URI only when it is {@code about:blank} or one the application declares
 * with {@code @ProblemType}, else under {@value #OTHER_TYPE}, so that no instance, detail, path or
 * type an application builds per request makes a series of its own. A failing registry never changes
 * a response: it is logged once and counts no more.
 */
final class ProblemMetrics implements Consumer<ProblemSent> {

    /** The counter's name, after the OpenTelemetry conventions (a library's namespace, a plural noun). */
    static final String NAME = "statusproblems.sent.problems";
    static final String DESCRIPTION = "Problems (RFC 9457) sent in answer to requests, by status, problem type"
            + " and the way in";
    /** The type of a problem whose type the application does not declare (the conventions' word for "other"). */
    static final String OTHER_TYPE = "_OTHER";

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    private final List<MetricsRegistries.Counters> registries;
    private final ProblemTypeRegistry declared;
    private final Map<Series, List<MetricsRegistries.Increment>> counters = new ConcurrentHashMap<>();
    private final AtomicBoolean failed = new AtomicBoolean();

    private ProblemMetrics(List<MetricsRegistries.Counters> registries, ProblemTypeRegistry declared) {
        this.registries = List.copyOf(registries);
        this.declared = declared;
    }

    /**
     * The counter on the registries {@code found}, typed by {@code declared}; none when nothing was
     * found, so an application without metrics pays nothing per problem.
     */
    static Optional<Consumer<ProblemSent>> of(List<MetricsRegistries.Counters> found, ProblemTypeRegistry declared) {
        return found.isEmpty() ? Optional.empty() : Optional.of(new ProblemMetrics(found, declared));
    }

    @Override
    public void accept(ProblemSent sent) {
        if (failed.get()) {
            return;
        }
        ProblemDetail problem = sent.problem();
        Series series = new Series(problem.status(), type(sent, declared), sent.wayIn());
        try {
            for (MetricsRegistries.Increment counter : counters.computeIfAbsent(series, this::register)) {
                counter.increment();
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unusable) {
            if (failed.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "status-problems: problems can no longer be counted as " + NAME
                        + "; every response is sent as it is", unusable);
            }
        }
    }

    private List<MetricsRegistries.Increment> register(Series series) {
        List<MetricsRegistries.Increment> registered = new ArrayList<>(registries.size());
        try {
            for (MetricsRegistries.Counters registry : registries) {
                registered.add(registry.counter(series.status, series.type, series.wayIn));
            }
        } catch (ReflectiveOperationException unusable) {
            throw new IllegalStateException(unusable);
        }
        return List.copyOf(registered);
    }

    /**
     * The type a problem is counted under: its own when the application declares it (as it was given,
     * before the sender resolved a relative type against the type base), else {@value #OTHER_TYPE}.
     */
    static String type(ProblemSent sent, ProblemTypeRegistry declared) {
        URI type = sent.problem().type();
        if (type.equals(ProblemDetail.ABOUT_BLANK) || declared.byType(sent.typeAsGiven()).isPresent()) {
            return type.toString();
        }
        return OTHER_TYPE;
    }

    private record Series(int status, String type, String wayIn) {
    }
}
