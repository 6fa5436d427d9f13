package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemHtmlTest {

    @Test
    void pageShowsStatusTitleAndDetailInTheChosenLanguage() {
        String html = ProblemHtml.toHtml(ProblemDetail.builder(404).language(Locale.KOREAN)
                .detail("주문 42가 없습니다").build(), Locale.KOREAN);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ko\">")
                .contains("<title>404 찾을 수 없음</title>")
                .contains("<h1>찾을 수 없음</h1>")
                .contains("<p class=\"detail\">주문 42가 없습니다</p>");
    }

    @Test
    void everyValueIsEscaped() {
        String hostile = "<script>alert('x')</script>\"&";
        String html = ProblemHtml.toHtml(ProblemDetail.builder(400).title(hostile).detail(hostile)
                .with("note", hostile).build(), Locale.ENGLISH);

        assertThat(html).doesNotContain("<script>").doesNotContain("alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;");
    }

    @Test
    void controlCharactersAreReplaced() {
        String html = ProblemHtml.toHtml(ProblemDetail.builder(400).detail("a\u0000b\u001bc").build(), Locale.ENGLISH);

        assertThat(html).contains("a\uFFFDb\uFFFDc");
    }

    @Test
    void httpTypeIsALinkButOtherSchemesAreNot() {
        String http = ProblemHtml.toHtml(ProblemDetail.builder(403).type("https://example.com/p").build(), null);
        String script = ProblemHtml.toHtml(ProblemDetail.builder(403).type("javascript:alert(1)").build(), null);

        assertThat(http).contains("<a href=\"https://example.com/p\">");
        assertThat(script).doesNotContain("<a href").contains("javascript:alert(1)");
    }

    @Test
    void structuredExtensionIsShownAsJson() {
        String html = ProblemHtml.toHtml(ProblemDetail.builder(400)
                .with("violations", java.util.List.of(java.util.Map.of("field", "name"))).build(), Locale.ENGLISH);

        assertThat(html).contains("<dt>violations</dt><dd>[{&quot;field&quot;:&quot;name&quot;}]</dd>");
    }
}
