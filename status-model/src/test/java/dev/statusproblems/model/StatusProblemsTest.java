package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatusProblemsTest {

    private final StatusProblems problems = StatusProblems.create();

    @Test
    void namedFactoriesBuildTheirStatus() {
        assertThat(problems.badRequest().build().status()).isEqualTo(400);
        assertThat(problems.unauthorized().build().status()).isEqualTo(401);
        assertThat(problems.forbidden().build().status()).isEqualTo(403);
        assertThat(problems.notFound().build().status()).isEqualTo(404);
        assertThat(problems.methodNotAllowed().build().status()).isEqualTo(405);
        assertThat(problems.conflict().build().status()).isEqualTo(409);
        assertThat(problems.gone().build().status()).isEqualTo(410);
        assertThat(problems.preconditionFailed().build().status()).isEqualTo(412);
        assertThat(problems.contentTooLarge().build().status()).isEqualTo(413);
        assertThat(problems.unsupportedMediaType().build().status()).isEqualTo(415);
        assertThat(problems.unprocessableContent().build().status()).isEqualTo(422);
        assertThat(problems.tooManyRequests().build().status()).isEqualTo(429);
        assertThat(problems.internalServerError().build().status()).isEqualTo(500);
        assertThat(problems.notImplemented().build().status()).isEqualTo(501);
        assertThat(problems.badGateway().build().status()).isEqualTo(502);
        assertThat(problems.serviceUnavailable().build().status()).isEqualTo(503);
        assertThat(problems.gatewayTimeout().build().status()).isEqualTo(504);
        assertThat(problems.of(418).build().title()).isEqualTo("(Unused)");
    }

    @Test
    void builtProblemIsThrownWithItsDetailAndExtensions() {
        ProblemException thrown = problems.notFound().detail("Order %s does not exist", 42)
                .with("orderId", 42).toException();

        assertThat(thrown.problem().detail()).contains("Order 42 does not exist");
        assertThat(thrown.problem().extensions()).containsEntry("orderId", 42);
    }

    @Test
    void languageChangesDefaultTitlesOnly() {
        StatusProblems korean = problems.withLanguage(Locale.KOREA);

        assertThat(korean.notFound().build().title()).isEqualTo("찾을 수 없음");
        assertThat(korean.notFound().title("Custom").build().title()).isEqualTo("Custom");
        assertThat(problems.notFound().build().title()).isEqualTo("Not Found");
    }

    @Test
    void configuringReturnsANewFactory() {
        StatusProblems based = problems.withTypeBase(java.net.URI.create("/problems/"));

        assertThat(based).isNotSameAs(problems);
        assertThat(problems.typeBase()).isNull();
        assertThat(based.typeBase()).hasToString("/problems/");
    }
}
