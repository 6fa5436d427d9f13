package dev.statusproblems.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds the WARs the integration tests deploy. */
public final class Deployments {

    /** Our modules, in the order their jars go into {@code WEB-INF/lib}. */
    public static final List<String> MODULES =
            List.of("status-model", "status-responses", "jaxrs-mappers", "servlet-filter", "cdi-extension",
                    "openapi-filter");

    /** Our modules a WAR holds only when it asks for them: the MicroProfile Rest Client mapper. */
    public static final List<String> OPTIONAL_MODULES = List.of("rest-client");

    private Deployments() {
    }

    /**
     * Returns a WAR named {@code name + ".war"} (so served under {@code /name}) holding our jars in
     * {@code WEB-INF/lib}, exactly as a user drops them there; add the application's classes to it.
     */
    public static WebArchive war(String name) {
        return war(name, MODULES.toArray(String[]::new));
    }

    /**
     * Returns a WAR named {@code name + ".war"} holding only the given modules' jars in
     * {@code WEB-INF/lib}, for an application that uses part of the suite (say, the servlet filter
     * without JAX-RS).
     */
    public static WebArchive war(String name, String... modules) {
        if (modules == null || modules.length == 0) {
            throw new IllegalArgumentException("modules must name at least one module; use bare(name) for none");
        }
        WebArchive war = bare(name);
        for (String module : modules) {
            war.addAsLibrary(jar(module));
        }
        return war;
    }

    /** Returns a WAR named {@code name + ".war"} without our jars: what the server does on its own. */
    public static WebArchive bare(String name) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("name must be a non-blank context root without '/': " + name);
        }
        return ShrinkWrap.create(WebArchive.class, name + ".war");
    }

    /**
     * Returns the reactor-built jar of one of our modules, from the path the build passed in the
     * system property {@code statusproblems.jar.<module>}.
     */
    public static JavaArchive jar(String module) {
        if (!MODULES.contains(module) && !OPTIONAL_MODULES.contains(module)) {
            throw new IllegalArgumentException("module must be one of " + MODULES + " or " + OPTIONAL_MODULES + ": "
                    + module);
        }
        String property = "statusproblems.jar." + module;
        String location = System.getProperty(property);
        if (location == null || location.startsWith("${")) {
            throw new IllegalStateException(property + " is not set: run the tests through Maven, which passes"
                    + " the jar built in ../" + module + "/target");
        }
        Path path = Path.of(location);
        // A reactor build that stops before 'package' (mvn test) resolves a module to its classes
        // directory, which a module without sources does not even have.
        if (Files.isDirectory(path)) {
            return ShrinkWrap.create(JavaArchive.class, module + ".jar")
                    .as(ExplodedImporter.class).importDirectory(path.toFile()).as(JavaArchive.class);
        }
        if (path.endsWith("target/classes") && !Files.exists(path)) {
            return ShrinkWrap.create(JavaArchive.class, module + ".jar");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(property + " names no file: " + path);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, path.toFile());
    }
}
