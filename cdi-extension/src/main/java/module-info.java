/**
 * The CDI extension: {@code @Inject StatusProblems}, a validated registry of the application's
 * {@code @ProblemType} exceptions, and the catalogue that documents them.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.statusproblems.cdi {
    requires transitive dev.statusproblems.model;
    requires dev.statusproblems.responses;
    requires transitive jakarta.cdi;
    // The catalogue servlet is only used where there is a servlet container.
    requires static jakarta.servlet;
    // The OpenAPI filter is only loaded where the server has MicroProfile OpenAPI; its API jar names no
    // module, so this is the name derived from its file name (the same for 3.x and 4.x); transitive, as
    // an application that calls the filter from its own passes it OpenAPI models.
    requires static transitive microprofile.openapi.api;

    exports dev.statusproblems.cdi;
    // CDI implementations call the extension's observer methods reflectively.
    opens dev.statusproblems.cdi.internal;

    provides jakarta.enterprise.inject.spi.Extension
            with dev.statusproblems.cdi.internal.StatusProblemsExtension;
    provides jakarta.servlet.ServletContainerInitializer
            with dev.statusproblems.cdi.internal.CatalogueInitializer;
    provides dev.statusproblems.responses.ProblemObservers
            with dev.statusproblems.cdi.internal.CdiObservers;
}
