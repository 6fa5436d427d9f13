package dev.statusproblems.openapi;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.responses.Setting;
import dev.statusproblems.responses.Settings;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Documents the problems of every operation in the application's OpenAPI document: the RFC 9457
 * {@code Problem} schema, and {@code 4XX} and {@code 5XX} responses in {@code application/problem+json}
 * and {@code application/problem+xml} whose examples are the application's own problem types.
 *
 * <p>It runs with no code: this jar's {@code META-INF/microprofile-config.properties}
 * names it as {@code mp.openapi.filter} at ordinal 50, so a server with MicroProfile OpenAPI applies
 * it, and without one nothing loads it. An application that sets {@code mp.openapi.filter} itself
 * replaces it, and can call it from its own filter: {@code ProblemsOpenApiFilter.of(registry)
 * .filterOpenAPI(openAPI)}. {@code statusproblems.openapi.enabled=false} turns it off.
 *
 * <p>What the application documented itself is kept: a schema named {@code Problem}, an operation's
 * own {@code 4XX} or {@code 5XX} response, and the shared responses {@code ClientErrorProblem} and
 * {@code ServerErrorProblem} under {@code components.responses}, which every operation refers to.
 */
public final class ProblemsOpenApiFilter implements OASFilter {

    /** The key that, {@code false}, turns this filter off. */
    public static final String ENABLED = Setting.OPENAPI_ENABLED.key();

    private final ProblemTypeRegistry registry; // null: the application's, looked up when filtering

    /**
     * The filter MicroProfile OpenAPI instantiates, documenting the problem types of the application's
     * {@link ProblemTypeRegistry#ofApplication() registry} when it has one.
     */
    public ProblemsOpenApiFilter() {
        // MicroProfile OpenAPI needs a public no-argument constructor.
        this.registry = null;
    }

    private ProblemsOpenApiFilter(ProblemTypeRegistry registry) {
        this.registry = registry;
    }

    /** A filter documenting the problem types of {@code registry}. */
    public static ProblemsOpenApiFilter of(ProblemTypeRegistry registry) {
        return new ProblemsOpenApiFilter(Objects.requireNonNull(registry, "registry"));
    }

    /** Adds the problem schema and responses to {@code openAPI}, keeping what the application documented. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Objects.requireNonNull(openAPI, "openAPI");
        // read where it runs: system properties and MicroProfile Config, the sources the OpenAPI document has
        Settings settings = Settings.read(Map.of());
        if (!settings.openApiEnabled()) {
            return;
        }
        ProblemTypeRegistry types = registry != null ? registry
                : ProblemTypeRegistry.ofApplication().orElseGet(() -> ProblemTypeRegistry.empty(null));
        ProblemDocumentation.of(types, settings.cataloguePath().orElse("none")).addTo(openAPI);
    }
}
