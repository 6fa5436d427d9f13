package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemDetailTest {

    @Test
    void aboutBlankProblemTakesTheReasonPhraseAsTitle() {
        ProblemDetail problem = ProblemDetail.builder(404).build();

        assertThat(problem.type()).isEqualTo(URI.create("about:blank"));
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEmpty();
        assertThat(problem.instance()).isEmpty();
        assertThat(problem.extensions()).isEmpty();
    }

    @Test
    void defaultTitleFollowsTheBuildersLanguage() {
        assertThat(ProblemDetail.builder(404).language(Locale.KOREAN).build().title()).isEqualTo("찾을 수 없음");
    }

    @Test
    void explicitMembersAreKept() {
        ProblemDetail problem = ProblemDetail.builder(403)
                .type("https://example.com/probs/out-of-credit")
                .title("You do not have enough credit.")
                .detail("Your current balance is %d, but that costs %d.", 30, 50)
                .instance("/account/12345/msgs/abc")
                .build();

        assertThat(problem.type()).hasToString("https://example.com/probs/out-of-credit");
        assertThat(problem.title()).isEqualTo("You do not have enough credit.");
        assertThat(problem.detail()).contains("Your current balance is 30, but that costs 50.");
        assertThat(problem.instance()).contains(URI.create("/account/12345/msgs/abc"));
    }

    @Test
    void extensionMembersKeepTheirInsertionOrder() {
        ProblemDetail problem = ProblemDetail.builder(400)
                .with("zeta", 1).with("alpha", 2).with("mid", 3).with("alpha", 4).build();

        assertThat(problem.extensions().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(problem.extensions()).containsEntry("alpha", 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "title", "status", "detail", "instance"})
    void reservedNameCannotBeAnExtension(String name) {
        assertThatThrownBy(() -> ProblemDetail.builder(400).with(name, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + name + "' is a member RFC 9457 defines and cannot be an extension member");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1st", "with space", "a<b", "-dash", "ünïcode"})
    void invalidNameCannotBeAnExtension(String name) {
        assertThatThrownBy(() -> ProblemDetail.builder(400).with(name, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension member name '" + name + "' is invalid: it must start with a letter or '_'"
                        + " and hold only letters, digits, '_', '-' and '.' (RFC 9457, Section 3.2)");
    }

    @Test
    void statusOutsideTheRangeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ProblemDetail.builder(600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HTTP status code must be between 100 and 599, but was 600");
    }

    @Test
    void typeThatIsNotAUriReferenceIsRefusedNamingIt() {
        assertThatThrownBy(() -> ProblemDetail.builder(400).type("not a uri"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("type must be a URI reference, but was 'not a uri'");
    }

    @Test
    void valuesTakeOneCanonicalForm() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("n", (short) 7);
        ProblemDetail problem = ProblemDetail.builder(400)
                .with("small", 5L)
                .with("large", Long.MAX_VALUE)
                .with("huge", BigInteger.TEN.pow(30))
                .with("wholeDecimal", new BigDecimal("12"))
                .with("fraction", 1.5d)
                .with("single", 0.1f)
                .with("uri", URI.create("/x"))
                .with("enumeration", Locale.Category.FORMAT)
                .with("array", new Object[] {1, "two"})
                .with("nested", nested)
                .build();

        assertThat(problem.extensions())
                .containsEntry("small", 5)
                .containsEntry("large", Long.MAX_VALUE)
                .containsEntry("huge", BigInteger.TEN.pow(30))
                .containsEntry("wholeDecimal", 12)
                .containsEntry("fraction", new BigDecimal("1.5"))
                .containsEntry("single", new BigDecimal("0.1"))
                .containsEntry("uri", "/x")
                .containsEntry("enumeration", "FORMAT")
                .containsEntry("array", List.of(1, "two"))
                .containsEntry("nested", Map.of("n", 7));
    }

    @Test
    void nullIsAValue() {
        assertThat(ProblemDetail.builder(400).with("nothing", null).build().extensions())
                .containsEntry("nothing", null);
    }

    @Test
    void notANumberIsRefused() {
        assertThatThrownBy(() -> ProblemDetail.builder(400).with("ratio", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension member 'ratio' is NaN, which a problem document cannot hold");
    }

    @Test
    void unsupportedValueTypeIsRefusedNamingTheMember() {
        assertThatThrownBy(() -> ProblemDetail.builder(400).with("thread", Thread.currentThread()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension member 'thread' has a value of type java.lang.Thread;"
                        + " use a String, Number, Boolean, List, Map or null");
    }

    @Test
    void nestedKeyMustBeAValidName() {
        assertThatThrownBy(() -> ProblemDetail.builder(400).with("map", Map.of("a b", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension member 'map' holds the key 'a b', which is not a valid member name");
    }

    @Test
    void selfContainingValueIsRefusedRatherThanOverflowingTheStack() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);

        assertThatThrownBy(() -> ProblemDetail.builder(400).with("loop", loop))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension member 'loop' nests deeper than 32 levels");
    }

    @Test
    void problemIsImmutable() {
        List<Object> list = new ArrayList<>(Arrays.asList(1, 2));
        ProblemDetail problem = ProblemDetail.builder(400).with("list", list).build();
        list.add(3);

        assertThat(problem.extensions().get("list")).isEqualTo(List.of(1, 2));
        assertThatThrownBy(() -> problem.extensions().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> held = (List<Object>) problem.extensions().get("list");
        assertThatThrownBy(() -> held.add(4)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderMayBeReusedWithoutChangingBuiltProblems() {
        ProblemDetail.Builder builder = ProblemDetail.builder(409).with("a", 1);
        ProblemDetail first = builder.build();
        ProblemDetail second = builder.with("b", 2).build();

        assertThat(first.extensions()).containsOnlyKeys("a");
        assertThat(second.extensions()).containsOnlyKeys("a", "b");
    }

    @Test
    void equalProblemsAreEqualIncludingMemberOrder() {
        ProblemDetail one = ProblemDetail.builder(400).with("a", 1).with("b", 2).build();
        ProblemDetail same = ProblemDetail.builder(400).with("a", 1).with("b", 2).build();
        ProblemDetail reordered = ProblemDetail.builder(400).with("b", 2).with("a", 1).build();

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(reordered);
    }

    @Test
    void toBuilderCopiesEverything() {
        ProblemDetail problem = ProblemDetail.builder(402).type("/p").title("t").detail("d").instance("/i")
                .with("x", List.of(1)).build();

        assertThat(problem.toBuilder().build()).isEqualTo(problem);
    }

    @Test
    void toExceptionCarriesTheProblemAndTheHeaders() {
        ProblemException exception = ProblemDetail.builder(503).detail("maintenance")
                .header("Retry-After", 120).toException();

        assertThat(exception.problem().status()).isEqualTo(503);
        assertThat(exception.getMessage()).isEqualTo("maintenance");
        assertThat(exception.headers()).containsEntry("Retry-After", List.of("120"));
    }

    @Test
    void retryAfterADurationIsWholeSecondsRoundedUp() {
        ProblemException exception = ProblemDetail.builder(503).retryAfter(Duration.ofMillis(90_500)).toException();

        assertThat(exception.headers()).containsEntry("Retry-After", List.of("91"));
        assertThat(exception.problem().extensions()).isEmpty();
    }

    @Test
    void retryAfterAnInstantIsAnImfFixdate() {
        ProblemException exception = ProblemDetail.builder(429)
                .retryAfter(Instant.parse("2026-03-01T04:05:06.700Z")).toException();

        assertThat(exception.headers()).containsEntry("Retry-After", List.of("Sun, 01 Mar 2026 04:05:06 GMT"));
    }

    @Test
    void retryAfterReplacesAnEarlierRetryAfter() {
        ProblemException exception = ProblemDetail.builder(503).header("retry-after", 5)
                .retryAfter(Duration.ofSeconds(60)).toException();

        assertThat(exception.headers()).containsOnlyKeys("Retry-After").containsEntry("Retry-After", List.of("60"));
    }

    @Test
    void challengesAreWwwAuthenticateFieldsInOrder() {
        ProblemException exception = ProblemDetail.builder(401).challenge("Bearer realm=\"shop\"")
                .challenge("Basic realm=\"shop\"").toException();

        assertThat(exception.headers()).containsEntry("WWW-Authenticate",
                List.of("Bearer realm=\"shop\"", "Basic realm=\"shop\""));
        assertThat(exception.problem().extensions()).isEmpty();
    }

    @Test
    void aBlankChallengeIsRefused() {
        assertThatThrownBy(() -> ProblemDetail.builder(401).challenge(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("challenge");
    }

    @Test
    void retryAfterANegativeDurationIsRefused() {
        assertThatThrownBy(() -> ProblemDetail.builder(503).retryAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    }

    @Test
    void aClientErrorsExceptionHasNoStackTrace() {
        ProblemException exception = ProblemDetail.builder(404).detail("Order 42 does not exist").toException();

        assertThat(exception.getStackTrace()).isEmpty();
    }

    @Test
    void aClientErrorsExceptionBuiltWithTheConstructorKeepsItsStackTrace() {
        ProblemException exception = new ProblemException(ProblemDetail.builder(404).build());

        assertThat(exception.getStackTrace()).isNotEmpty();
    }

    @Test
    void aServerErrorsExceptionHasTheStackTraceOfWhereItWasBuilt() {
        ProblemException exception = ProblemDetail.builder(503).detail("maintenance").toException();

        assertThat(exception.getStackTrace()).isNotEmpty();
        assertThat(exception.getStackTrace()[0].getMethodName()).isEqualTo("toException");
    }
}
