package dev.statusproblems.it.hostile;

import dev.statusproblems.it.support.Server;
import dev.statusproblems.testsupport.RawHttp;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * What a container answers before any application code runs (or below it, in its HTTP layer), so
 * that no library in the application can change it. Each is named, expected exactly where it
 * applies in the hostile battery instead of what the suite promises, listed with the server setting
 * that changes it in the module's README, and pinned by {@code ContainerIT}.
 */
enum Container {

    /** Undertow's listener refuses TRACE: attribute {@code disallowed-methods}, default ["TRACE"]. */
    WILDFLY_REFUSES_TRACE_WITH_BARE_405(Server.WILDFLY, request -> request.method().equals("TRACE"),
            Container::bare405),

    /** More cookies than {@code max-cookies} (default 200): Undertow throws while reading them. */
    WILDFLY_ANSWERS_EMPTY_500_TO_OVER_200_COOKIES(Server.WILDFLY, request -> request.head().contains("; c249=v"),
            response -> response.status() == 500 && response.bodyLength() == 0),

    /** More header lines than {@code max-headers} (default 200). */
    WILDFLY_REFUSES_OVER_200_HEADERS_WITH_EMPTY_400(Server.WILDFLY, request -> request.head().contains("X-Junk-249:"),
            Container::empty400),

    /** An invalid percent-encoding in the path or the query. */
    WILDFLY_REFUSES_INVALID_ESCAPE_WITH_EMPTY_400(Server.WILDFLY, request -> invalidEscape(request.target(), true),
            Container::empty400),

    /** A space, one of {@code "<>\^`{|}}, or a byte over 0x7E in the request target, unescaped. */
    WILDFLY_REFUSES_UNESCAPED_CHARACTERS_IN_TARGET_WITH_EMPTY_400(Server.WILDFLY,
            request -> request.target().chars().anyMatch(c -> c > 0x7e || " \"<>\\^`{|}".indexOf(c) >= 0),
            Container::empty400),

    /** Content-Length that is no number, several Host or none, a space before a colon, a version other than HTTP/1.x. */
    WILDFLY_REFUSES_MALFORMED_FRAMING_WITH_EMPTY_400(Server.WILDFLY, request -> framing(request, Set.of(
            "Content-Length -1", "Content-Length 0x7", "Content-Length 1e3", "Content-Length 7, 8",
            "Content-Length 99999999999999999999", "Content-Length abc", "Content-Length and chunked",
            "two different Content-Length", "HTTP/2.0 request line", "lower-case version", "no Host", "two Host",
            "space before a colon"), Set.of()), Container::empty400),

    /** Undertow reads any Transfer-Encoding but {@code identity} as chunked (HttpTransferEncoding). */
    WILDFLY_READS_XCHUNKED_AS_CHUNKED(Server.WILDFLY, Container::xchunkedJson, Container::readJson),

    /** A HEAD answered 1xx or 204 gets {@code Content-Length: 0} (RFC 9110 §8.6: never on 1xx or 204). */
    WILDFLY_SENDS_CONTENT_LENGTH_0_TO_HEAD_ON_1XX_AND_204(Server.WILDFLY,
            request -> request.isHead() && request.target().matches(".*/echo/(1[0-9][0-9]|204)"),
            response -> (response.status() < 200 || response.status() == 204)
                    && response.headers("Content-Length").equals(List.of("0")) && response.bodyLength() == 0),

    /**
     * Payara refuses TRACE ({@code http.trace-enabled}, default false) with an empty 405 whose Allow
     * it computes from the servlet's methods: {@code OPTIONS} alone on a JAX-RS path (Jersey's servlet
     * overrides {@code service}).
     */
    PAYARA_REFUSES_TRACE_WITH_EMPTY_405(Server.PAYARA, request -> request.method().equals("TRACE"),
            (request, response) -> response.status() == 405 && response.bodyLength() == 0
                    && response.header("Allow").filter(allow -> allow.contains("OPTIONS") && !allow.contains("TRACE"))
                            .isPresent()
                    && (!request.target().contains("/api/") || response.headers("Allow").equals(List.of("OPTIONS")))),

    /** An invalid percent-encoding in the path: Grizzly fails while decoding it and answers its default status. */
    PAYARA_ANSWERS_INVALID_ESCAPE_WITH_EMPTY_200(Server.PAYARA, request -> invalidEscape(request.target(), false),
            response -> response.status() == 200 && response.bodyLength() == 0),

    /** A space in the request target, or a lower-case {@code http/1.1}: Grizzly reads a version it does not know. */
    PAYARA_ANSWERS_SPACE_IN_TARGET_OR_LOWER_CASE_VERSION_WITH_505(Server.PAYARA,
            request -> request.target().contains(" ") || framing(request, Set.of("lower-case version"), Set.of()),
            response -> response.status() == 505 && response.bodyLength() == 0),

    /** A backslash (raw or {@code %5C}), {@code %00}, or bytes that are no UTF-8, in the path. */
    PAYARA_REFUSES_BACKSLASH_NUL_AND_INVALID_UTF8_IN_PATH_WITH_EMPTY_400(Server.PAYARA, Container::payaraRefusedPath,
            Container::empty400),

    /** A request head over {@code http.header-buffer-length-bytes} (default 8192). */
    PAYARA_REFUSES_HEADS_OVER_8_KB_WITH_EMPTY_400(Server.PAYARA, request -> request.target().length() > 8192,
            Container::empty400),

    /** A header value with a byte over 0x7E; GlassFish 8 reads it and the application answers. */
    PAYARA_REFUSES_NON_ASCII_HEADER_VALUE_WITH_EMPTY_400(Server.PAYARA, request -> !Server.glassFish()
            && request.headers().stream().anyMatch(line -> line.chars().anyMatch(c -> c > 0x7e)),
            Container::empty400),

    /** More header lines than {@code http.max-request-headers} (default 100). */
    PAYARA_REFUSES_OVER_100_HEADERS_WITH_EMPTY_400(Server.PAYARA, request -> request.head().contains("X-Junk-249:"),
            Container::empty400),

    /**
     * Malformed framing; on a GET (whose content no one reads) also odd but readable framing and
     * over 200 cookies. GlassFish 8 reads some of it ({@link #glassFishReads}).
     */
    PAYARA_REFUSES_MALFORMED_FRAMING_WITH_EMPTY_400(Server.PAYARA, request -> !glassFishReads(request) && framing(request, Set.of(
            "Content-Length -1", "Content-Length 0x7", "Content-Length 1e3", "Content-Length 7, 8",
            "Content-Length 99999999999999999999", "Content-Length abc", "two different Content-Length",
            "NUL in a header", "bare LF line ends", "chunk extension junk", "chunk size overflow", "chunk size zz",
            "no Host", "space before a colon"), Set.of("250 cookies", "Content-Length and chunked",
            "Content-Length longer than the body, then the end", "Content-Length shorter than the body",
            "HTTP/2.0 request line", "Transfer-Encoding chunked, chunked", "Transfer-Encoding chunked;x",
            "chunk longer than its size", "chunks with bare LF", "folded header", "header without colon",
            "no last chunk, then the end", "two Host")), Container::empty400),

    /** Every 1xx gets {@code Content-Length: 0}, to GET and HEAD (RFC 9110 §8.6: never on 1xx). */
    PAYARA_SENDS_CONTENT_LENGTH_0_ON_1XX(Server.PAYARA, request -> request.target().matches(".*/echo/1[0-9][0-9]"),
            response -> response.status() < 200 && response.headers("Content-Length").equals(List.of("0"))
                    && response.bodyLength() == 0),

    /** Jersey answers OPTIONS on a resource with its WADL ({@code jersey.config.server.wadl.disableWadl}). */
    PAYARA_JERSEY_ANSWERS_OPTIONS_WITH_WADL(Server.PAYARA,
            request -> request.method().equals("OPTIONS") && request.target().matches(".*/api/(hello|missing|json)"),
            response -> response.status() == 200
                    && response.header("Content-Type").orElse("").startsWith("application/vnd.sun.wadl+xml")),

    /**
     * CONNECT (whose target is no path): a 400 without Content-Length, and the connection stays open
     * although the request asked to close it.
     */
    PAYARA_KEEPS_CONNECT_OPEN_AFTER_CONNECTION_CLOSE(Server.PAYARA, request -> request.method().equals("CONNECT"),
            response -> response.status() == 400 && response.headers("Content-Length").isEmpty() && !response.closed()),

    /**
     * An invalid percent-encoding, {@code %00} or {@code ..;} in the path: Liberty's web container refuses it
     * before any filter with its own HTML 400 ({@code CWWWC0005I}).
     */
    LIBERTY_REFUSES_INVALID_PATH_WITH_HTML_400(Server.LIBERTY, Container::libertyRefusedPath,
            response -> response.status() == 400 && response.header("Content-Type").equals(Optional.of("text/html"))
                    && response.body().contains("CWWWC0005I")),

    /** A space in the request target, or a lower-case {@code http/1.1}: Liberty's HTTP channel reads no version. */
    LIBERTY_ANSWERS_SPACE_IN_TARGET_OR_LOWER_CASE_VERSION_WITH_505(Server.LIBERTY,
            request -> request.target().contains(" ") || framing(request, Set.of("lower-case version"), Set.of()),
            response -> response.status() == 505 && response.bodyLength() == 0),

    /** A header line without a colon. */
    LIBERTY_REFUSES_HEADER_WITHOUT_COLON_WITH_EMPTY_400(Server.LIBERTY,
            request -> framing(request, Set.of("header without colon"), Set.of()), Container::empty400),

    /**
     * TRACE on anything but a JAX-RS resource: Liberty's web container refuses it before the filters (its
     * property {@code DefaultTraceRequestBehavior}) with a 403 page, empty under WEB-INF and META-INF.
     */
    LIBERTY_REFUSES_TRACE_ON_SERVLETS_WITH_HTML_403(Server.LIBERTY,
            request -> request.method().equals("TRACE") && !request.target().contains("/api/"),
            response -> response.status() == 403
                    && response.header("Content-Type").equals(Optional.of("text/html;charset=ISO-8859-1"))),

    /** A 1xx to anything but HEAD gets {@code Content-Length: 0} (RFC 9110 §8.6: never on 1xx). */
    LIBERTY_SENDS_CONTENT_LENGTH_0_ON_1XX(Server.LIBERTY,
            request -> !request.isHead() && request.target().matches(".*/echo/1[0-9][0-9]"),
            response -> response.status() < 200 && response.headers("Content-Length").equals(List.of("0"))
                    && response.bodyLength() == 0),

    /** A 204 to anything but HEAD gets {@code Content-Length: 0} (RFC 9110 §8.6: never on 204). */
    LIBERTY_SENDS_CONTENT_LENGTH_0_ON_204(Server.LIBERTY, request -> !request.isHead()
            && (request.target().matches(".*/echo/204") || request.method().equals("OPTIONS")
                    && request.kind().startsWith("catalogue")),
            response -> response.status() == 204 && response.headers("Content-Length").equals(List.of("0"))
                    && response.bodyLength() == 0);

    private final Server server;
    private final Predicate<Case> applies;
    private final BiPredicate<Case, RawHttp.Response> answer;

    Container(Server server, Predicate<Case> applies, Predicate<RawHttp.Response> answer) {
        this(server, applies, (request, response) -> answer.test(response));
    }

    Container(Server server, Predicate<Case> applies, BiPredicate<Case, RawHttp.Response> answer) {
        this.server = server;
        this.applies = applies;
        this.answer = answer;
    }

    /** The container's own answer expected for {@code request} on the current server, if any. */
    static Optional<Container> expected(Case request) {
        Server current = Server.current();
        return Arrays.stream(values()).filter(container -> container.server == current && container.applies.test(request))
                .findFirst();
    }

    /** Whether {@code response} is this container's answer to {@code request}. */
    boolean answered(Case request, RawHttp.Response response) {
        return answer.test(request, response);
    }

    private static boolean bare405(RawHttp.Response response) {
        return response.status() == 405 && response.header("Allow").isEmpty() && response.bodyLength() == 0;
    }

    private static boolean empty400(RawHttp.Response response) {
        return response.status() == 400 && response.bodyLength() == 0;
    }

    /**
     * The malformed framing GlassFish 8's Grizzly reads where Payara 6's refuses it: a header named with a
     * space before its colon (RFC 9112 §5.1 says refuse it), bare LF line ends, NUL in a header value; on
     * a GET with content it still refuses them with an empty 400.
     */
    private static boolean glassFishReads(Case request) {
        return Server.glassFish() && !request.method().equals("GET") && framing(request,
                Set.of("space before a colon", "bare LF line ends", "NUL in a header"), Set.of());
    }

    private static boolean framing(Case request, Set<String> labels, Set<String> getLabels) {
        return request.family().equals("framing") && (labels.contains(request.label())
                || request.method().equals("GET") && getLabels.contains(request.label()));
    }

    /** Whether this answer shows the runtime's name by design (so the battery does not hold it against it). */
    boolean showsRuntime() {
        return this == PAYARA_JERSEY_ANSWERS_OPTIONS_WITH_WADL;
    }

    private static boolean xchunkedJson(Case request) {
        return framing(request, Set.of("Transfer-Encoding xchunked"), Set.of()) && request.kind().equals("api/json");
    }

    private static boolean readJson(RawHttp.Response response) {
        return response.status() == 200 && response.body().equals("read OBJECT");
    }

    private static boolean invalidEscape(String target, boolean withQuery) {
        int query = target.indexOf('?');
        String checked = (query < 0 || withQuery ? target : target.substring(0, query)).toLowerCase(Locale.ROOT);
        for (int at = checked.indexOf('%'); at >= 0; at = checked.indexOf('%', at + 1)) {
            if (at + 2 >= checked.length() || !isHex(checked.charAt(at + 1)) || !isHex(checked.charAt(at + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean payaraRefusedPath(Case request) {
        String target = request.target();
        String path = target.indexOf('?') < 0 ? target : target.substring(0, target.indexOf('?'));
        String lower = path.toLowerCase(Locale.ROOT);
        if (path.contains("\\") || lower.contains("%5c") || lower.contains("%00") || lower.contains("%c0")) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(path.getBytes(StandardCharsets.ISO_8859_1)));
            return false;
        } catch (CharacterCodingException notUtf8) {
            return true;
        }
    }

    private static boolean libertyRefusedPath(Case request) {
        String target = request.target();
        String path = (target.indexOf('?') < 0 ? target : target.substring(0, target.indexOf('?'))).toLowerCase(Locale.ROOT);
        return invalidEscape(target, false) || path.contains("%00") || path.contains("..;");
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }
}
