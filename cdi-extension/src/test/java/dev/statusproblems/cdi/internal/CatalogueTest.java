package dev.statusproblems.cdi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.cdi.fixtures.ElsewhereException;
import dev.statusproblems.cdi.fixtures.MarkupException;
import dev.statusproblems.cdi.fixtures.OrderLockedException;
import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.SuiteText;
import dev.statusproblems.testsupport.EnglishTexts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.of(ProblemTypeRegistry.of(List.of(OutOfCreditException.class,
            OrderLockedException.class, MarkupException.class, ElsewhereException.class),
            URI.create("/problems/")), "/shop/problems");

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Map<String, JsonObject> byType(JsonObject catalogue, String list) {
        return catalogue.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(entry -> entry.getString("type"), entry -> entry));
    }

    @Test
    void catalogueDocumentsEachProblemType() {
        JsonObject entry = byType(parse(catalogue.json("", Locale.ENGLISH).orElseThrow()), "problemTypes")
                .get("/problems/out-of-credit");

        assertThat(entry.getInt("status")).isEqualTo(403);
        assertThat(entry.getString("title")).isEqualTo("You do not have enough credit");
        assertThat(entry.getString("description"))
                .isEqualTo("Your current balance is lower than the price of the purchase.");
        assertThat(entry.getString("page")).isEqualTo("/shop/problems/out-of-credit");
        assertThat(entry.getJsonArray("members").getValuesAs(JsonString::getString))
                .containsExactly("balance", "accounts");
        assertThat(ProblemJson.parse(entry.getJsonObject("example").toString())).isEqualTo(
                ProblemDetail.builder(403).type("/problems/out-of-credit").title("You do not have enough credit")
                        .build());
    }

    @Test
    void catalogueListsProblemTypesByStatus() {
        assertThat(parse(catalogue.json("", Locale.ENGLISH).orElseThrow()).getJsonArray("problemTypes")
                .getValuesAs(JsonObject.class)).extracting(entry -> entry.getString("type")).containsExactly(
                "/problems/out-of-credit", "/problems/order-locked", "/problems/markup",
                "https://errors.example.org/elsewhere");
    }

    @Test
    void typeWithoutADescriptionIsDescribedByItsStatus() {
        JsonObject entry = parse(catalogue.json("order-locked", Locale.ENGLISH).orElseThrow());

        assertThat(entry.getString("title")).isEqualTo("Conflict");
        assertThat(entry.getString("description")).isEqualTo(HttpStatus.of(409).description(Locale.ENGLISH));
    }

    @Test
    void typeOutsideTheTypeBaseIsListedWithoutAPage() {
        JsonObject entry = byType(parse(catalogue.json("", Locale.ENGLISH).orElseThrow()), "problemTypes")
                .get("https://errors.example.org/elsewhere");

        assertThat(entry.getInt("status")).isEqualTo(503);
        assertThat(entry.containsKey("page")).isFalse();
        assertThat(catalogue.json("elsewhere", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void catalogueDocumentsEveryRegisteredErrorStatus() {
        List<JsonObject> statuses = parse(catalogue.json("", Locale.ENGLISH).orElseThrow())
                .getJsonArray("statuses").getValuesAs(JsonObject.class);

        assertThat(statuses).extracting(entry -> entry.getInt("status")).containsExactlyElementsOf(
                HttpStatus.registered().stream().filter(s -> s.code() >= 400).map(HttpStatus::code)
                        .collect(Collectors.toList()));
        assertThat(statuses).allSatisfy(entry -> {
            assertThat(entry.getString("type")).isEqualTo("about:blank");
            assertThat(entry.getString("page")).isEqualTo("/shop/problems/" + entry.getInt("status"));
            assertThat(entry.getString("description")).isNotBlank();
            assertThat(ProblemJson.parse(entry.getJsonObject("example").toString()).status())
                    .isEqualTo(entry.getInt("status"));
        });
    }

    @Test
    void statusPageIsInTheLanguageAskedFor() {
        JsonObject entry = parse(catalogue.json("404", Locale.KOREAN).orElseThrow());

        assertThat(entry.getString("title")).isEqualTo("찾을 수 없음");
        assertThat(entry.getString("description")).startsWith("서버가 대상 리소스를 찾지 못했거나");
        assertThat(entry.getJsonObject("example").getString("title")).isEqualTo("찾을 수 없음");
    }

    @Test
    void serverErrorExampleShowsTheGenericDetailOnly() {
        JsonObject example = parse(catalogue.json("503", Locale.ENGLISH).orElseThrow()).getJsonObject("example");

        assertThat(example.keySet()).containsExactly("type", "title", "status", "detail");
        assertThat(example.getString("detail")).isEqualTo("The server could not complete the request. Quote the"
                + " instance identifier when you report the problem.");
    }

    @ParameterizedTest
    @CsvSource({"301, may-become-get, turn a POST into a GET", "302, may-become-get, turn a POST into a GET",
        "303, becomes-get, retrieve it with a GET whatever method", "307, kept, same method and body",
        "308, kept, same method and body"})
    void redirectPageSaysWhatAClientDoesWithPostAndShowsNoProblem(int code, String method, String says) {
        JsonObject entry = parse(catalogue.json(Integer.toString(code), Locale.ENGLISH).orElseThrow());

        assertThat(entry.getInt("status")).isEqualTo(code);
        assertThat(entry.getString("redirectMethod")).isEqualTo(method);
        assertThat(entry.getString("description")).contains(says);
        assertThat(entry.getString("page")).isEqualTo("/shop/problems/" + code);
        assertThat(entry.keySet()).doesNotContain("type", "example");
    }

    @Test
    void redirectHtmlPageIsInTheLanguageAskedForWithNoExample() {
        String html = catalogue.html("302", Locale.KOREAN).orElseThrow();

        assertThat(html).contains("<h1>발견됨</h1>").contains("POST를 GET으로 바꾸고").doesNotContain("about:blank")
                .doesNotContain("<pre>");
    }

    @Test
    void onlyRegisteredErrorStatusesRedirectsAndRegisteredTypesHavePages() {
        assertThat(catalogue.json("200", Locale.ENGLISH)).isEmpty();
        assertThat(catalogue.json("300", Locale.ENGLISH)).isEmpty();
        assertThat(catalogue.json("304", Locale.ENGLISH)).isEmpty();
        assertThat(catalogue.json("499", Locale.ENGLISH)).isEmpty();
        assertThat(catalogue.json("no-such-type", Locale.ENGLISH)).isEmpty();
        assertThat(catalogue.html("../out-of-credit", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void htmlPageEscapesEverythingTheApplicationDeclared() {
        String html = catalogue.html("markup", Locale.ENGLISH).orElseThrow();

        assertThat(html).contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</h1>")
                .contains("<p class=\"description\">&lt;img src=x onerror=alert(1)&gt;</p>")
                .doesNotContain("<script>").doesNotContain("<img");
    }

    @Test
    void htmlCatalogueEscapesEverythingTheApplicationDeclared() {
        String html = catalogue.html("", Locale.ENGLISH).orElseThrow();

        assertThat(html).contains("<a href=\"/shop/problems/markup\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
                + " &amp; &quot;co&quot;</a>").doesNotContain("<script>");
    }

    @Test
    void htmlCatalogueIsInTheLanguageAskedFor() {
        String html = catalogue.html("", Locale.KOREAN).orElseThrow();

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ko\">")
                .contains("<h2>HTTP 오류 상태</h2>")
                .contains("<a href=\"/shop/problems/404\">찾을 수 없음</a>");
    }

    @Test
    void catalogueOfNoProblemTypesSaysSoInTheLanguageAskedFor() {
        Catalogue empty = Catalogue.of(ProblemTypeRegistry.empty(null), "/problems");

        assertThat(empty.html("", Locale.KOREAN).orElseThrow())
                .contains("<p>" + SuiteText.CATALOGUE_NO_OWN_TYPES.in(Locale.KOREAN) + "</p>");
        assertThat(EnglishTexts.foundIn(empty.html("", Locale.KOREAN).orElseThrow())).isEmpty();
        assertThat(empty.html("", Locale.ENGLISH).orElseThrow())
                .contains("<p>This application declares no problem types of its own.</p>");
    }

    @Test
    void htmlPageShowsTheExampleBody() {
        String html = catalogue.html("out-of-credit", Locale.ENGLISH).orElseThrow();

        assertThat(html).contains("<code>balance</code>, <code>accounts</code>")
                .contains("&quot;type&quot;: &quot;/problems/out-of-credit&quot;");
    }

    @Test
    void jsonStringsAreWellFormedWhateverTheyHold() {
        JsonValue title = parse(catalogue.json("markup", Locale.ENGLISH).orElseThrow()).get("title");

        assertThat(((JsonString) title).getString()).isEqualTo("<script>alert('x')</script> & \"co\"");
    }
}
