/**
 * The CDI extension: {@code @Inject StatusProblems}, a validated registry of the application's
 * {@code @ProblemType} exceptions, and the catalogue that documents them.
 */
module dev.statusproblems.cdi {
    requires transitive dev.statusproblems.model;
    requires dev.statusproblems.responses;
    requires transitive jakarta.cdi;
    // The catalogue servlet is only used where there is a servlet container.
    requires static jakarta.servlet;

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
