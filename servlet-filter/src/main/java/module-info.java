/**
 * The servlet filter that turns the container's error pages into RFC 9457 problems.
 */
// Undertow's jars name no module: the names below are those of their files, and only for compiling
@SuppressWarnings("requires-automatic")
module dev.statusproblems.servlet {
    requires dev.statusproblems.responses;
    requires transitive jakarta.servlet;
    // only for UndertowProtectedFolders, which only Undertow loads, through META-INF/services
    requires static undertow.core;
    requires static undertow.servlet;

    exports dev.statusproblems.servlet;
    // not exported: the container instantiates the error page servlet named in web-fragment.xml by reflection
    opens dev.statusproblems.servlet.internal;

    provides jakarta.servlet.ServletContainerInitializer
            with dev.statusproblems.servlet.internal.StatusProblemsInitializer;
}
