/**
 * JAX-RS exception mappers, problem writers and a client filter: with this module on a Jakarta REST
 * application's classpath, every error response is an RFC 9457 problem.
 */
module dev.statusproblems.jaxrs {
    requires transitive dev.statusproblems.model;
    requires dev.statusproblems.responses;
    requires static jakarta.servlet;
    requires transitive jakarta.ws.rs;
    requires jakarta.annotation;
    requires static jakarta.validation;

    exports dev.statusproblems.jaxrs;
    // The runtimes instantiate the providers and inject their @Context fields reflectively.
    opens dev.statusproblems.jaxrs.internal;

    provides jakarta.ws.rs.core.Feature with dev.statusproblems.jaxrs.internal.ServiceLoadedFeature;
}
