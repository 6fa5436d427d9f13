package dev.statusproblems.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class DeploymentsTest {

    @Test
    void warHoldsEachOfOurJarsInWebInfLib() {
        WebArchive war = Deployments.war("shop");

        assertThat(libraries(war)).hasSize(Deployments.MODULES.size());
        for (String module : Deployments.MODULES) {
            assertThat(libraries(war)).anyMatch(jar -> jar.startsWith(module + "-") || jar.equals(module + ".jar"));
        }
    }

    @Test
    void warIsNamedForItsContextRoot() {
        assertThat(Deployments.war("shop").getName()).isEqualTo("shop.war");
    }

    @Test
    void statusModelJarHoldsTheModel() {
        assertThat(Deployments.jar("status-model")
                .contains(ArchivePaths.create("dev/statusproblems/model/ProblemDetail.class"))).isTrue();
    }

    @Test
    void bareWarHoldsNoLibraries() {
        assertThat(libraries(Deployments.bare("shop"))).isEmpty();
    }

    @Test
    void unknownModuleIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Deployments.jar("demo"))
                .withMessageContaining("module");
    }

    private static List<String> libraries(WebArchive war) {
        ArchivePath lib = ArchivePaths.create("WEB-INF/lib");
        if (!war.contains(lib)) {
            return List.of();
        }
        return war.get(lib).getChildren().stream()
                .map(node -> node.getPath().get().substring("/WEB-INF/lib/".length()))
                .collect(Collectors.toList());
    }
}
