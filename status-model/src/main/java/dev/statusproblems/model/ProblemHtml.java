package dev.statusproblems.model;

import dev.statusproblems.model.internal.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A small, self-contained HTML page showing a problem, for browsers. Every value is escaped; no
 * script, no external resource.
 */
public final class ProblemHtml {

    /** The media type. */
    public static final String MEDIA_TYPE = "text/html";

    private ProblemHtml() {
    }

    /** Writes the page for {@code problem} in {@code language} to {@code out} as UTF-8; {@code out} is left open. */
    public static void write(ProblemDetail problem, Locale language, OutputStream out) {
        try {
            out.write(toHtml(problem, language).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} escaped for HTML element content and quoted attribute values, as the page escapes
     * the problem's own texts: {@code & < > " '} as references, and characters HTML cannot hold as
     * U+FFFD.
     */
    public static String escape(String text) {
        return Text.escapeHtml(text);
    }

    /** The page for {@code problem}, its {@code lang} attribute set from {@code language}. */
    public static String toHtml(ProblemDetail problem, Locale language) {
        Objects.requireNonNull(problem, "problem");
        Locale lang = Languages.of(language);
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(problem.status()).append(' ');
        Text.escapeHtml(html, problem.title());
        html.append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:3rem auto;max-width:42rem;"
                + "padding:0 1rem;color:#222}h1{font-size:1.6rem}.status{color:#a00;font-weight:bold}"
                + "dt{font-weight:bold;margin-top:.6rem}dd{margin-left:0;white-space:pre-wrap;"
                + "overflow-wrap:anywhere}code{font-size:.95em}</style>\n</head>\n<body>\n<main>\n")
                .append("<p class=\"status\">").append(problem.status()).append("</p>\n<h1>");
        Text.escapeHtml(html, problem.title());
        html.append("</h1>\n");
        if (problem.detail().isPresent()) {
            html.append("<p class=\"detail\">");
            Text.escapeHtml(html, problem.detail().get());
            html.append("</p>\n");
        }
        html.append("<dl>\n<dt>type</dt><dd>");
        String type = problem.type().toString();
        String scheme = problem.type().getScheme();
        boolean link = scheme == null || scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
        if (link) {
            html.append("<a href=\"");
            Text.escapeHtml(html, type);
            html.append("\">");
        }
        Text.escapeHtml(html, type);
        html.append(link ? "</a>" : "").append("</dd>\n");
        if (problem.instance().isPresent()) {
            html.append("<dt>instance</dt><dd><code>");
            Text.escapeHtml(html, problem.instance().get().toString());
            html.append("</code></dd>\n");
        }
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            html.append("<dt>");
            Text.escapeHtml(html, member.getKey());
            html.append("</dt><dd>");
            Object value = member.getValue();
            Text.escapeHtml(html, value instanceof String ? (String) value : ProblemJson.valueToJson(value));
            html.append("</dd>\n");
        }
        html.append("</dl>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }
}
