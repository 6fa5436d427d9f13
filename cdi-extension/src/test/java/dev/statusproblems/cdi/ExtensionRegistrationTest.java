package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.cdi.internal.CatalogueInitializer;
import dev.statusproblems.cdi.internal.StatusProblemsExtension;
import dev.statusproblems.model.StatusProblems;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.servlet.ServletContainerInitializer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

class ExtensionRegistrationTest {

    @Test
    void runsOnTheCdiVersionThisRunAskedFor() {
        // surefire runs these classes on Weld 5 (CDI 4.0, EE 10) and on Weld 6 (CDI 4.1, EE 11), whose
        // jakarta.enterprise.invoke package is new
        boolean cdi41 = Extension.class.getClassLoader().getResource("jakarta/enterprise/invoke/Invoker.class") != null;

        assertThat(cdi41).isEqualTo(Integer.getInteger("statusproblems.test.ee", 10) >= 11);
    }

    @Test
    void containerFindsTheExtensionWithoutBeansXml() {
        // Discovery on: Weld loads extensions from META-INF/services as an application server does.
        try (WeldContainer container = new Weld().addBeanClass(OutOfCreditException.class).initialize()) {
            assertThat(container.getBeanManager().getExtension(StatusProblemsExtension.class)).isNotNull();
            assertThat(container.select(StatusProblems.class).get().of(OutOfCreditException.class).build().type())
                    .isEqualTo(URI.create("out-of-credit"));
        }
    }

    @Test
    void servicesAreDeclaredForTheClasspath() {
        assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type))
                .contains(StatusProblemsExtension.class);
        assertThat(ServiceLoader.load(ServletContainerInitializer.class).stream().map(ServiceLoader.Provider::type))
                .contains(CatalogueInitializer.class);
    }

    @Test
    void servicesAreDeclaredForTheModulePath() throws IOException, URISyntaxException {
        Path classes = Path.of(StatusProblemsExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertThat(module.name()).isEqualTo("dev.statusproblems.cdi");
        assertThat(module.provides()).extracting(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Extension.class.getName(),
                                java.util.List.of(StatusProblemsExtension.class.getName())),
                        org.assertj.core.groups.Tuple.tuple(ServletContainerInitializer.class.getName(),
                                java.util.List.of(CatalogueInitializer.class.getName())));
    }
}
