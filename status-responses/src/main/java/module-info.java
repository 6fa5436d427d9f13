/**
 * The one send pipeline: given a view of a request and what went wrong, what the error response
 * holds (status, headers, language, format, body), with its log line and its {@code ProblemSent}
 * event; and the suite's one configuration. The JAX-RS mappers, the servlet filter, the error page
 * servlet and the catalogue are thin adapters over it.
 */
module dev.statusproblems.responses {
    requires transitive dev.statusproblems.model;
    // an application holds its pipeline in its servlet context, where it has one
    requires static transitive jakarta.servlet;

    exports dev.statusproblems.responses;

    uses dev.statusproblems.responses.ProblemObservers;
}
