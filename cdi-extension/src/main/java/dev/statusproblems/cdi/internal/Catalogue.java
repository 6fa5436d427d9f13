package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.Languages;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemHtml;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.model.SuiteText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The documentation of the problems an application sends: the catalogue of its problem types and of
 * the HTTP error statuses, and one page for each, as JSON for machines and HTML for people. Its
 * problem types' relative type URIs resolve to their pages, so that {@code type} is dereferenceable
 * (RFC 9457, Section 3.1.1). Immutable and thread-safe.
 */
public final class Catalogue {

    /** The media type of the JSON documents. */
    public static final String JSON_MEDIA_TYPE = "application/json";

    /** The media type of the HTML pages. */
    public static final String HTML_MEDIA_TYPE = "text/html;charset=UTF-8";

    private final ProblemTypeRegistry registry;
    private final String pagesPath;
    private final Map<String, ProblemTypeDefinition> typePages;

    private Catalogue(ProblemTypeRegistry registry, String pagesPath) {
        this.registry = registry;
        this.pagesPath = pagesPath;
        Map<String, ProblemTypeDefinition> pages = new LinkedHashMap<>();
        for (ProblemTypeDefinition definition : registry.types()) {
            pageName(definition).ifPresent(name -> pages.putIfAbsent(name, definition));
        }
        this.typePages = Collections.unmodifiableMap(pages);
    }

    /**
     * The catalogue of {@code registry}, its pages served under {@code pagesPath} (the catalogue's
     * path from the server root, context path included, without a trailing slash).
     */
    public static Catalogue of(ProblemTypeRegistry registry, String pagesPath) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(pagesPath, "pagesPath");
        if (!pagesPath.startsWith("/") || pagesPath.endsWith("/")) {
            throw new IllegalArgumentException("pagesPath must start with '/' and not end with it: " + pagesPath);
        }
        return new Catalogue(registry, pagesPath);
    }

    /**
     * The page {@code name} (a path segment under the catalogue: a problem type's name such as
     * {@code out-of-credit}, an error status such as {@code 404}, a redirect such as {@code 303}, which
     * is no problem but whose page says what a client does with the method, or empty for the catalogue
     * itself) as JSON, titles and descriptions of statuses in {@code language}; empty if there is no such page.
     */
    public Optional<String> json(String name, Locale language) {
        Locale lang = Languages.of(language);
        if (name.isEmpty()) {
            StringWriter text = new StringWriter(16 * 1024);
            try (JsonGenerator json = Factories.GENERATORS.createGenerator(text)) {
                json.writeStartObject();
                json.writeStartArray("problemTypes");
                for (ProblemTypeDefinition definition : registry.types()) {
                    writeEntry(json, typeEntry(definition, lang));
                }
                json.writeEnd();
                json.writeStartArray("statuses");
                for (HttpStatus status : errorStatuses()) {
                    writeEntry(json, statusEntry(status, lang));
                }
                json.writeEnd();
                json.writeEnd();
            }
            return Optional.of(text.toString());
        }
        return entry(name, lang).map(entry -> {
            StringWriter text = new StringWriter(1024);
            try (JsonGenerator json = Factories.GENERATORS.createGenerator(text)) {
                writeEntry(json, entry);
            }
            return text.toString();
        });
    }

    /** The page {@code name} as HTML in {@code language}, everything escaped; empty if there is no such page. */
    public Optional<String> html(String name, Locale language) {
        Locale lang = Languages.of(language);
        if (name.isEmpty()) {
            StringBuilder html = new StringBuilder(32 * 1024);
            head(html, lang, SuiteText.CATALOGUE_TITLE.in(lang));
            html.append("<h1>").append(word(SuiteText.CATALOGUE_TITLE, lang)).append("</h1>\n");
            html.append("<h2>").append(word(SuiteText.CATALOGUE_OWN_TYPES, lang)).append("</h2>\n");
            List<Entry> types = new ArrayList<>();
            for (ProblemTypeDefinition definition : registry.types()) {
                types.add(typeEntry(definition, lang));
            }
            if (types.isEmpty()) {
                html.append("<p>").append(word(SuiteText.CATALOGUE_NO_OWN_TYPES, lang)).append("</p>\n");
            } else {
                table(html, lang, types);
            }
            html.append("<h2>").append(word(SuiteText.CATALOGUE_STATUSES, lang)).append("</h2>\n");
            List<Entry> statuses = new ArrayList<>();
            for (HttpStatus status : errorStatuses()) {
                statuses.add(statusEntry(status, lang));
            }
            table(html, lang, statuses);
            html.append("</main>\n</body>\n</html>\n");
            return Optional.of(html.toString());
        }
        return entry(name, lang).map(entry -> {
            StringBuilder html = new StringBuilder(4096);
            head(html, lang, entry.status.code() + " " + entry.title);
            html.append("<p class=\"status\">").append(entry.status.code()).append("</p>\n<h1>")
                    .append(ProblemHtml.escape(entry.title)).append("</h1>\n");
            if (!entry.description.isEmpty()) {
                html.append("<p class=\"description\">").append(ProblemHtml.escape(entry.description)).append("</p>\n");
            }
            if (entry.example == null) {
                // a redirect: never a problem, documented for what a client does with its method
                html.append("<p><a href=\"").append(ProblemHtml.escape(pagesPath)).append("\">")
                        .append(word(SuiteText.CATALOGUE_BACK, lang)).append("</a></p>\n</main>\n</body>\n</html>\n");
                return html.toString();
            }
            html.append("<dl>\n<dt>").append(word(SuiteText.CATALOGUE_TYPE, lang)).append("</dt><dd><code>")
                    .append(ProblemHtml.escape(entry.type.toString())).append("</code></dd>\n");
            if (!entry.members.isEmpty()) {
                html.append("<dt>").append(word(SuiteText.CATALOGUE_MEMBERS, lang)).append("</dt><dd>");
                for (int i = 0; i < entry.members.size(); i++) {
                    html.append(i == 0 ? "" : ", ").append("<code>").append(ProblemHtml.escape(entry.members.get(i)))
                            .append("</code>");
                }
                html.append("</dd>\n");
            }
            html.append("</dl>\n<h2>").append(word(SuiteText.CATALOGUE_EXAMPLE, lang)).append("</h2>\n<pre>")
                    .append(ProblemHtml.escape(prettyJson(entry.example))).append("</pre>\n<p><a href=\"")
                    .append(ProblemHtml.escape(pagesPath)).append("\">").append(word(SuiteText.CATALOGUE_BACK, lang))
                    .append("</a></p>\n</main>\n</body>\n</html>\n");
            return html.toString();
        });
    }

    private Optional<Entry> entry(String name, Locale lang) {
        ProblemTypeDefinition definition = typePages.get(name);
        if (definition != null) {
            return Optional.of(typeEntry(definition, lang));
        }
        if (name.length() == 3 && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int code = Integer.parseInt(name);
            if (code >= 400 && code <= 599 && HttpStatus.of(code).isRegistered()) {
                return Optional.of(statusEntry(HttpStatus.of(code), lang));
            }
            if (code >= 300 && code <= 399 && HttpStatus.of(code).isRegistered()
                    && HttpStatus.of(code).redirectMethod().isPresent()) {
                HttpStatus status = HttpStatus.of(code);
                return Optional.of(new Entry(null, status, status.title(lang), status.description(lang),
                        pagesPath + "/" + code, List.of(), null));
            }
        }
        return Optional.empty();
    }

    /** The page name of {@code definition}'s type: its path under the type base, if it has one there. */
    private Optional<String> pageName(ProblemTypeDefinition definition) {
        URI type = registry.resolve(definition.type());
        URI base = registry.typeBase();
        URI relative;
        if (base != null) {
            relative = base.relativize(type);
            if (relative.equals(type)) {
                return Optional.empty();
            }
        } else {
            relative = type;
        }
        if (relative.isAbsolute() || relative.getRawAuthority() != null || relative.getRawQuery() != null
                || relative.getRawFragment() != null || relative.getPath() == null
                || relative.getPath().isEmpty() || relative.getPath().startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(relative.getPath());
    }

    private static List<HttpStatus> errorStatuses() {
        List<HttpStatus> statuses = new ArrayList<>();
        for (HttpStatus status : HttpStatus.registered()) {
            if (status.statusClass().isError()) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    private Entry typeEntry(ProblemTypeDefinition definition, Locale lang) {
        String description = definition.description().isEmpty()
                ? definition.status().description(lang)
                : definition.description();
        String title = definition.title(lang);
        return new Entry(registry.resolve(definition.type()), definition.status(), title, description,
                pageName(definition).map(name -> pagesPath + "/" + name).orElse(null), definition.memberNames(),
                definition.toBuilder(registry.typeBase()).title(title).build());
    }

    private Entry statusEntry(HttpStatus status, Locale lang) {
        ProblemDetail.Builder example = ProblemDetail.builder(status).language(lang);
        if (status.code() >= 500) {
            example.detail(SuiteText.SERVER_ERROR_DETAIL.in(lang));
        }
        return new Entry(ProblemDetail.ABOUT_BLANK, status, status.title(lang), status.description(lang),
                pagesPath + "/" + status.code(), List.of(), example.build());
    }

    private static void writeEntry(JsonGenerator json, Entry entry) {
        json.writeStartObject();
        if (entry.type != null) {
            json.write("type", entry.type.toString());
        }
        json.write("status", entry.status.code());
        json.write("title", entry.title);
        json.write("description", entry.description);
        if (entry.page != null) {
            json.write("page", entry.page);
        }
        if (!entry.members.isEmpty()) {
            json.writeStartArray("members");
            entry.members.forEach(json::write);
            json.writeEnd();
        }
        entry.status.redirectMethod().ifPresent(method -> json.write("redirectMethod",
                method.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        if (entry.example != null) {
            json.write("example", asJson(entry.example));
        }
        json.writeEnd();
    }

    private static JsonObject asJson(ProblemDetail problem) {
        try (JsonReader reader = Factories.READERS.createReader(new StringReader(ProblemJson.toJson(problem)))) {
            return reader.readObject();
        }
    }

    private static String prettyJson(ProblemDetail problem) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator json = Factories.PRETTY.createGenerator(text)) {
            json.write(asJson(problem));
        }
        return text.toString().strip();
    }

    private static void head(StringBuilder html, Locale lang, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(ProblemHtml.escape(title)).append("</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:3rem auto;max-width:56rem;"
                        + "padding:0 1rem;color:#222}h1{font-size:1.6rem}.status{color:#a00;font-weight:bold}"
                        + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;"
                        + "border-bottom:1px solid #ddd;vertical-align:top}dt{font-weight:bold;margin-top:.6rem}"
                        + "dd{margin-left:0;overflow-wrap:anywhere}pre{background:#f6f6f6;padding:1rem;"
                        + "overflow-x:auto}</style>\n</head>\n<body>\n<main>\n");
    }

    /** {@code text} in {@code lang}, escaped for HTML. */
    private static String word(SuiteText text, Locale lang) {
        return ProblemHtml.escape(text.in(lang));
    }

    private static void table(StringBuilder html, Locale lang, List<Entry> entries) {
        html.append("<table>\n<thead><tr><th>").append(word(SuiteText.CATALOGUE_STATUS, lang)).append("</th><th>")
                .append(word(SuiteText.CATALOGUE_TITLE_LABEL, lang)).append("</th><th>")
                .append(word(SuiteText.CATALOGUE_TYPE, lang))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Entry entry : entries) {
            html.append("<tr><td>").append(entry.status.code()).append("</td><td>");
            if (entry.page != null) {
                html.append("<a href=\"").append(ProblemHtml.escape(entry.page)).append("\">")
                        .append(ProblemHtml.escape(entry.title)).append("</a>");
            } else {
                html.append(ProblemHtml.escape(entry.title));
            }
            html.append("</td><td><code>").append(ProblemHtml.escape(entry.type.toString())).append("</code></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** One documented problem type or status; a redirect has neither type nor example, as it is no problem. */
    private static final class Entry {
        final URI type; // null for a redirect
        final HttpStatus status;
        final String title;
        final String description;
        final String page; // null when not served here
        final List<String> members;
        final ProblemDetail example; // null for a redirect

        Entry(URI type, HttpStatus status, String title, String description, String page, List<String> members,
                ProblemDetail example) {
            this.type = type;
            this.status = status;
            this.title = title;
            this.description = description;
            this.page = page;
            this.members = members;
            this.example = example;
        }
    }

    /** Created once, on first use: no JSON-P provider lookup per page. */
    private static final class Factories {
        static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
        static final JsonGeneratorFactory PRETTY =
                Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    }
}
