/**
 * The servlet filter that turns the container's error pages into RFC 9457 problems.
 */
module dev.statusproblems.servlet {
    requires dev.statusproblems.responses;
    requires transitive jakarta.servlet;

    exports dev.statusproblems.servlet;
    // not exported: the container instantiates the error page servlet named in web-fragment.xml by reflection
    opens dev.statusproblems.servlet.internal;

    provides jakarta.servlet.ServletContainerInitializer
            with dev.statusproblems.servlet.internal.StatusProblemsInitializer;
}
