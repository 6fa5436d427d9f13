/**
 * The one send pipeline: given a view of a request and what went wrong, what the error response
 * holds (status, headers, language, format, body), with its log line and its {@code ProblemSent}
 * event; and the suite's one configuration. The JAX-RS mappers, the servlet filter, the error page
 * servlet and the catalogue are thin adapters over it.
 */
// OpenTelemetry's API jars name their modules in their manifests (Automatic-Module-Name), never by file name
@SuppressWarnings("requires-automatic")
module dev.statusproblems.responses {
    requires transitive dev.statusproblems.model;
    // an application holds its pipeline in its servlet context, where it has one
    requires static transitive jakarta.servlet;
    // the server span of the request, where the application runs with OpenTelemetry; probed before use
    requires static io.opentelemetry.api;
    requires static io.opentelemetry.context;

    exports dev.statusproblems.responses;

    uses dev.statusproblems.responses.ProblemObservers;
}
