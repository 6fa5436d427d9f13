package dev.statusproblems.it.jars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * How the jars the build made name themselves to the module system: no published module requires a
 * module by a name derived from a jar's file name, which changes when the jar is renamed.
 */
class ModuleNamesTest {

    @Test
    void openapiFilterIsAnAutomaticModuleNamedByItsManifest() {
        ModuleDescriptor module = descriptor("openapi-filter");

        assertThat(module.isAutomatic()).isTrue();
        assertThat(module.name()).isEqualTo("dev.statusproblems.openapi");
        assertThat(module.packages()).containsExactly("dev.statusproblems.openapi");
    }

    @Test
    void restClientIsAnAutomaticModuleNamedByItsManifest() {
        ModuleDescriptor module = descriptor("rest-client");

        assertThat(module.isAutomatic()).isTrue();
        assertThat(module.name()).isEqualTo("dev.statusproblems.restclient");
        assertThat(module.packages())
                .containsExactlyInAnyOrder("dev.statusproblems.restclient", "dev.statusproblems.restclient.internal");
    }

    @Test
    void cdiExtensionRequiresOnlyNamedModules() {
        ModuleDescriptor module = descriptor("cdi-extension");

        assertThat(module.isAutomatic()).isFalse();
        assertThat(module.requires()).extracting(ModuleDescriptor.Requires::name).allMatch(name ->
                name.startsWith("java.") || name.startsWith("jakarta.") || name.startsWith("dev.statusproblems."));
    }

    @Test
    void statusResponsesRequiresOpenTelemetryOnlyStaticallyUnderTheNamesItsJarsGiveThemselves() throws Exception {
        ModuleDescriptor module = descriptor("status-responses");

        assertThat(module.requires()).filteredOn(r -> r.name().startsWith("io.opentelemetry."))
                .extracting(ModuleDescriptor.Requires::name).containsExactlyInAnyOrder("io.opentelemetry.api",
                        "io.opentelemetry.context");
        assertThat(module.requires()).filteredOn(r -> r.name().startsWith("io.opentelemetry."))
                .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
        for (Class<?> api : new Class<?>[] {io.opentelemetry.api.trace.Span.class, io.opentelemetry.context.Context.class}) {
            Path jar = Path.of(api.getProtectionDomain().getCodeSource().getLocation().toURI());
            ModuleDescriptor named = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
            assertThat(named.name()).as("the module name of " + jar.getFileName() + ", from its manifest")
                    .isEqualTo(api.getPackageName().startsWith("io.opentelemetry.api") ? "io.opentelemetry.api"
                            : "io.opentelemetry.context");
        }
    }

    @Test
    void servletFilterRequiresOnlyNamedModules() {
        ModuleDescriptor module = descriptor("servlet-filter");

        assertThat(module.isAutomatic()).isFalse();
        assertThat(module.requires()).extracting(ModuleDescriptor.Requires::name).allMatch(name ->
                name.startsWith("java.") || name.startsWith("jakarta.") || name.startsWith("dev.statusproblems."));
    }

    /** The extension is compiled apart from the module (it needs Undertow's unnamed jars) but ships in its jar. */
    @Test
    void servletFilterHoldsTheUndertowExtensionItsServiceFileNames() {
        assertThat(jarEntries("servlet-filter")).contains(
                "META-INF/services/io.undertow.servlet.ServletExtension",
                "dev/statusproblems/servlet/internal/UndertowProtectedFolders.class");
    }

    private static List<String> jarEntries(String module) {
        try (JarFile jar = new JarFile(jar(module).toFile())) {
            return jar.stream().map(JarEntry::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModuleDescriptor descriptor(String module) {
        Set<ModuleReference> found = ModuleFinder.of(jar(module)).findAll();
        assertThat(found).hasSize(1);
        return found.iterator().next().descriptor();
    }

    private static Path jar(String module) {
        String location = System.getProperty("statusproblems.jar." + module);
        // before 'package' (mvn test) the reactor passes a classes directory, which has no manifest
        assumeTrue(location != null && Files.isRegularFile(Path.of(location)), "the jar of " + module + " is built");
        return Path.of(location);
    }
}
