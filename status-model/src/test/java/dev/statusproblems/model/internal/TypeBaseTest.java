package dev.statusproblems.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeBaseTest {

    private final TypeBase unconfigured = TypeBase.of(Settings.load(Map.<String, String>of()::get));

    @Test
    void relativeTypeResolvesToTheCataloguePageUnderTheContextRoot() {
        ProblemDetail problem = ProblemDetail.builder(403).type("out-of-credit").build();

        assertThat(unconfigured.resolve(problem, "/shop").type()).hasToString("/shop/problems/out-of-credit");
        assertThat(unconfigured.resolve(problem, "").type()).hasToString("/problems/out-of-credit");
    }

    @Test
    void configuredBaseWinsWithOrWithoutATrailingSlash() {
        TypeBase configured = TypeBase.of(Settings.load(Map.of(Settings.TYPE_BASE, "https://api.example.com/probs")::get));
        ProblemDetail problem = ProblemDetail.builder(403).type("out-of-credit").build();

        assertThat(configured.resolve(problem, "/shop").type()).hasToString("https://api.example.com/probs/out-of-credit");
    }

    @Test
    void cataloguePathIsFollowed() {
        TypeBase moved = TypeBase.of(Settings.load(Map.of(Settings.CATALOGUE_PATH, "/errors/")::get));

        assertThat(moved.forContext("/shop")).hasToString("/shop/errors/");
    }

    @Test
    void absoluteTypesAndAbsolutePathsAreKept() {
        ProblemDetail blank = ProblemDetail.builder(404).build();
        ProblemDetail absolute = ProblemDetail.builder(404).type("https://example.com/p").build();
        ProblemDetail rooted = ProblemDetail.builder(404).type("/elsewhere/p").build();

        assertThat(unconfigured.resolve(blank, "/shop")).isSameAs(blank);
        assertThat(unconfigured.resolve(absolute, "/shop")).isSameAs(absolute);
        assertThat(unconfigured.resolve(rooted, "/shop")).isSameAs(rooted);
    }
}
