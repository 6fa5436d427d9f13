package dev.statusproblems.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemHtml;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/**
 * The conformance table: one list of situations, each run through every sender that can meet it
 * (the JAX-RS mappers, the servlet filter with its error page, the catalogue), in English and in
 * Korean, by GET and by HEAD, as JSON and (in Korean) as XML and as a page, and held to one
 * expected problem. A sender that answers a situation differently from another is wrong, whichever
 * it is: the expectation is the suite's contract, not what any one sender does today.
 *
 * <p>The endpoints each situation calls are those of {@code conformance.ConformanceResource} (JAX-RS,
 * at {@code <jaxrs root>/conformance/*} and {@code <jaxrs root>/conformance-only/*}),
 * {@code conformance.ConformanceServlet} (at {@code /conformance/*}),
 * {@code conformance.GetOnlyServlet} (at {@code /conformance-get-only}),
 * the container's default servlet (a missing {@code /conformance-missing.txt}), a security constraint
 * on {@code /conformance-secured/*} with BASIC authentication, and the catalogue at {@code /problems}.
 */
public final class Conformance {

    /** The detail of the application's own messages, kept as they are in every language. */
    public static final String LOCKED = "Order 7 is locked";
    public static final String MAINTENANCE = "Down for maintenance until noon";
    public static final String NO_CREDIT = "Your balance is 30, but that costs 50";
    /** The challenge the application gives with its own 401. */
    public static final String CHALLENGE = "Bearer realm=\"conformance\"";
    /**
     * The settings every application under the table sets, besides {@code statusproblems.instance}, for
     * an application whose JAX-RS resources start at {@code jaxrsRoot} ("" or "/api") within it: a 503
     * the application sends without {@code Retry-After} gets one of 60 seconds; a 403 to a client that
     * is not authenticated is hidden as a 404 under {@code /conformance/hidden} and
     * {@code /conformance-denied}.
     */
    public static Map<String, String> settings(String jaxrsRoot) {
        String hidden = "/conformance/hidden, /conformance-denied"
                + (jaxrsRoot.isEmpty() ? "" : ", " + jaxrsRoot + "/conformance/hidden");
        return Map.of("statusproblems.503.retry-after", "60", "statusproblems.forbidden-as-not-found", hidden);
    }

    /** Texts that must never reach a response: an exception's and a 5xx's message. */
    public static final String SECRET = "db password is hunter2";

    /** The generic detail of a server error, as the bundles hold it (status-model's statuses*.properties). */
    private static final Map<String, String> SERVER_ERROR_DETAIL = Map.of(
            "en", "The server could not complete the request. Quote the instance identifier when you report the problem.",
            "ko", "서버가 요청을 완료하지 못했습니다. 문제를 알릴 때 instance 식별자를 함께 알려 주세요.");

    private static final String UUID_URN = "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final String GENERIC = "(the generic server-error detail)";

    /** Texts no problem may hold: a runtime's name, an exception, a secret. */
    private static final List<String> LEAKS = List.of("hunter2", "exception", "java.", "jersey", "resteasy",
            "undertow", "grizzly", "payara", "wildfly", "jetty", "tomcat");

    private Conformance() {
    }

    /** A way a problem leaves an application. */
    public enum Sender {
        /** The JAX-RS exception mappers. */
        JAXRS("JAX-RS"),
        /** The servlet filter and the default error page its jar declares. */
        SERVLET("servlet"),
        /** The catalogue servlet of the CDI extension. */
        CATALOGUE("catalogue");

        private final String label;

        Sender(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The setting {@code statusproblems.instance}: what the {@code instance} of a 4xx is. */
    public enum Instance {
        /** The request path as sent: the default. */
        PATH,
        /** A fresh {@code urn:uuid:}. */
        UUID,
        /** None. */
        NONE;

        /** The setting's key. */
        public static final String KEY = "statusproblems.instance";

        /** The setting's value. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Where an application under test is: on what (named in failures: "Jersey", "Payara"...), its
     * server ({@code http://host:port/}), its context path ("" or "/name"), where its JAX-RS resources
     * start within it ("" or "/api"), and how it set {@code statusproblems.instance}.
     */
    public record Application(String on, URI server, String contextPath, String jaxrsRoot, Instance instance) {
        /** Checks the paths' forms. */
        public Application {
            assertThat(contextPath).matches("|/.*[^/]");
            assertThat(jaxrsRoot).matches("|/.*[^/]");
        }

        /** An application that leaves {@code statusproblems.instance} at its default. */
        public Application(String on, URI server, String contextPath, String jaxrsRoot) {
            this(on, server, contextPath, jaxrsRoot, Instance.PATH);
        }

        @Override
        public String toString() {
            return instance == Instance.PATH ? on : on + " with statusproblems.instance=" + instance.value();
        }

        String root(Sender sender) {
            return sender == Sender.JAXRS ? contextPath + jaxrsRoot : contextPath;
        }
    }

    /** One situation, the problem it must give, and the path where each sender that can meet it meets it. */
    public enum Situation {
        PROBLEM_EXCEPTION_4XX("a ProblemException 409 with its detail", 409, LOCKED,
                paths("/conformance/problem-4xx", Sender.JAXRS, Sender.SERVLET)),
        PROBLEM_EXCEPTION_4XX_NO_DETAIL("a ProblemException 404 without detail", 404, null,
                paths("/conformance/problem-4xx-no-detail", Sender.JAXRS, Sender.SERVLET)),
        PROBLEM_EXCEPTION_5XX("a ProblemException 503 with its detail and Retry-After", 503, MAINTENANCE,
                paths("/conformance/problem-5xx", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            Map<String, String> kept() {
                return Map.of("Retry-After", "120");
            }
        },
        PROBLEM_EXCEPTION_5XX_NO_DETAIL("a ProblemException 503 without detail, with Retry-After", 503, GENERIC,
                paths("/conformance/problem-5xx-no-detail", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            Map<String, String> kept() {
                return Map.of("Retry-After", "120");
            }
        },
        UNAVAILABLE_WITHOUT_RETRY_AFTER("a 503 without Retry-After (sendError, WebApplicationException)", 503, GENERIC,
                paths("/conformance/unavailable", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            Map<String, Predicate<String>> required() {
                return Map.of("Retry-After", "60"::equals);
            }
        },
        RETRY_AFTER_AS_DURATION("a ProblemException 429 whose Retry-After is a Duration", 429, null,
                paths("/conformance/too-many-requests", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            Map<String, String> kept() {
                return Map.of("Retry-After", "30");
            }
        },
        CHALLENGE_GIVEN("a ProblemException 401 with the application's challenge", 401, null,
                paths("/conformance/challenge", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            Map<String, String> kept() {
                return Map.of("WWW-Authenticate", CHALLENGE);
            }
        },
        CHALLENGE_MISSING("a 401 without a challenge (sendError, WebApplicationException): none is invented", 401, null,
                paths("/conformance/unauthorized", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            List<String> dropped() {
                return List.of("WWW-Authenticate");
            }
        },
        FORBIDDEN_HIDDEN("a 403 with a message and a challenge to a client not authenticated, where 403 is hidden"
                + " (sendError, ForbiddenException)", 404, null,
                paths("/conformance/hidden/forbidden", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            List<String> dropped() {
                return List.of("WWW-Authenticate");
            }
        },
        PROBLEM_TYPE_HIDDEN("a @ProblemType 403 to a client not authenticated, where 403 is hidden", 404, null,
                paths("/conformance/hidden/problem-type", Sender.JAXRS, Sender.SERVLET)),
        SECURITY_403_HIDDEN("a security constraint's 403 (no role may enter) to a client not authenticated,"
                + " where 403 is hidden", 404, null, Map.of(Sender.SERVLET, "/conformance-denied/file.txt")),
        PROBLEM_TYPE("a @ProblemType exception with a relative type", 403, NO_CREDIT,
                paths("/conformance/problem-type", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            String type() {
                return "out-of-credit";
            }

            @Override
            String title(Locale language) {
                return "You do not have enough credit";
            }

            @Override
            Map<String, String> members() {
                return Map.of("balance", "30");
            }
        },
        STATUS_WITH_MESSAGE("a 409 with the application's message (sendError, WebApplicationException)", 409, LOCKED,
                paths("/conformance/status-with-message", Sender.JAXRS, Sender.SERVLET)),
        STATUS_WITHOUT_MESSAGE("a 409 without a message (sendError, WebApplicationException)", 409, null,
                paths("/conformance/status-without-message", Sender.JAXRS, Sender.SERVLET)),
        SERVER_STATUS_WITH_MESSAGE("a 502 with the application's message", 502, GENERIC,
                paths("/conformance/server-status-with-message", Sender.JAXRS, Sender.SERVLET)),
        HEADERS_OF_THE_ERROR("a 409 whose application set ETag, Last-Modified, X-Trace and a Content-Type", 409, null,
                paths("/conformance/headers-kept", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            Map<String, String> kept() {
                return Map.of("X-Trace", "trace-7");
            }

            @Override
            List<String> dropped() {
                return List.of("ETag", "Last-Modified");
            }
        },
        REQUEST_TIMEOUT("a 408 asked on a connection the client keeps alive (sendError, WebApplicationException)", 408,
                null, paths("/conformance/request-timeout", Sender.JAXRS, Sender.SERVLET)) {
            @Override
            List<String> requestHeaders() {
                return List.of("Connection: keep-alive");
            }

            @Override
            Map<String, Predicate<String>> required() {
                return Map.of("Connection", connection -> Arrays.stream(connection.split(",")).map(String::strip)
                        .anyMatch("close"::equalsIgnoreCase));
            }

            @Override
            boolean closesConnection() {
                return true;
            }
        },
        UNCAUGHT_EXCEPTION("an uncaught exception whose message holds a secret", 500, GENERIC,
                paths("/conformance/uncaught", Sender.JAXRS, Sender.SERVLET)),
        NOT_FOUND("a path nothing serves (no resource, no catalogue page)", 404, null,
                Map.of(Sender.JAXRS, "/conformance-nothing/here", Sender.CATALOGUE, "/problems/no-such-type")),
        METHOD_NOT_ALLOWED("a POST where only GET is served", 405, null,
                Map.of(Sender.JAXRS, "/conformance-only/get", Sender.SERVLET, "/conformance-get-only",
                        Sender.CATALOGUE, "/problems")) {
            @Override
            String method() {
                return "POST";
            }

            @Override
            Map<String, Predicate<String>> required() {
                return Map.of("Allow", allow -> Arrays.stream(allow.split(",")).map(String::strip)
                        .anyMatch("GET"::equals));
            }
        },
        NOT_ACCEPTABLE("an Accept the resource cannot serve", 406, null,
                Map.of(Sender.JAXRS, "/conformance-only/json")) {
            @Override
            String accept() {
                return "image/png";
            }
        },
        MISSING_FILE("a static file that is not there", 404, null,
                Map.of(Sender.SERVLET, "/conformance-missing.txt")),
        SECURITY_401("a security constraint's 401 (BASIC)", 401, null,
                Map.of(Sender.SERVLET, "/conformance-secured/file.txt")) {
            @Override
            Map<String, Predicate<String>> required() {
                return Map.of("WWW-Authenticate", challenge -> challenge.regionMatches(true, 0, "Basic", 0, 5));
            }
        };

        private final String description;
        private final int status;
        private final String detail;
        private final Map<Sender, String> paths;

        Situation(String description, int status, String detail, Map<Sender, String> paths) {
            this.description = description;
            this.status = status;
            this.detail = detail;
            this.paths = new EnumMap<>(paths);
        }

        private static Map<Sender, String> paths(String path, Sender... senders) {
            return Stream.of(senders).collect(Collectors.toMap(sender -> sender, sender -> path));
        }

        /** The status of the problem this situation gives. */
        public int status() {
            return status;
        }

        /** The senders that can meet this situation. */
        public Set<Sender> senders() {
            return EnumSet.copyOf(paths.keySet());
        }

        /** The request's method. */
        String method() {
            return "GET";
        }

        /** The request's Accept, where the situation needs its own; {@code null} for the case's format's. */
        String accept() {
            return null;
        }

        /** Header fields of the request beyond Accept and Accept-Language; a Connection field replaces {@code close}. */
        List<String> requestHeaders() {
            return List.of();
        }

        /** Whether the server must close the connection after the answer. */
        boolean closesConnection() {
            return false;
        }

        /** The problem's type relative to the catalogue, or {@code null} for about:blank. */
        String type() {
            return null;
        }

        /** The problem's title in {@code language}. */
        String title(Locale language) {
            return HttpStatus.of(status).title(language);
        }

        /** Extension members and their values, as text. */
        Map<String, String> members() {
            return Map.of();
        }

        /** Header fields the application gave with the error, which the problem keeps. */
        Map<String, String> kept() {
            return Map.of();
        }

        /** Header fields the answer must not have: those describing the application's body, or none it gave. */
        List<String> dropped() {
            return List.of();
        }

        /** Header fields HTTP requires with the status, and what their value must satisfy. */
        Map<String, Predicate<String>> required() {
            return Map.of();
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** The form of the problem a client asks for, and the media type it must get. */
    public enum Format {
        JSON("application/json", ProblemJson.MEDIA_TYPE),
        XML(ProblemXml.MEDIA_TYPE, ProblemXml.MEDIA_TYPE),
        HTML("text/html", ProblemHtml.MEDIA_TYPE + ";charset=UTF-8");

        private final String accept;
        private final String contentType;

        Format(String accept, String contentType) {
            this.accept = accept;
            this.contentType = contentType;
        }
    }

    /** One generated case: a situation, through a sender, in a language, by a method, asking for a format. */
    public record Case(Situation situation, Sender sender, String language, String method, Format format) {
        @Override
        public String toString() {
            return situation + " | " + sender + " | " + language + " | " + method
                    + (format == Format.JSON ? "" : " | " + format.accept);
        }

        /** The request target: the path as sent. */
        public String path(Application application) {
            return application.root(sender) + situation.paths.get(sender);
        }
    }

    /** Every case of the senders {@code senders}, of the situations {@code hosted} says the application can host. */
    public static Stream<Case> cases(Set<Sender> senders, Predicate<Situation> hosted) {
        List<Case> cases = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            if (!hosted.test(situation)) {
                continue;
            }
            for (Sender sender : situation.senders()) {
                if (!senders.contains(sender)) {
                    continue;
                }
                for (String language : List.of("en", "ko")) {
                    List<String> methods = situation.method().equals("GET") ? List.of("GET", "HEAD")
                            : List.of(situation.method());
                    methods.forEach(method -> cases.add(new Case(situation, sender, language, method, Format.JSON)));
                }
                // the other forms once each, in the language that is not the default
                if (situation.accept() == null) {
                    for (Format format : List.of(Format.XML, Format.HTML)) {
                        cases.add(new Case(situation, sender, "ko", situation.method(), format));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** Every case of the senders {@code senders}. */
    public static Stream<Case> cases(Set<Sender> senders) {
        return cases(senders, situation -> true);
    }

    /**
     * Sends the case's request to {@code application} and asserts the answer; a HEAD case sends the
     * GET too and asserts that the HEAD's head is the GET's, with no body.
     */
    public static void check(Application application, Case c) {
        String method = c.method().equals("HEAD") ? "GET" : c.method();
        RawHttp.Response response = send(application, c, method);
        SoftAssertions softly = new SoftAssertions();
        conforms(softly, application, c, response);
        if (c.method().equals("HEAD")) {
            RawHttp.Response head = send(application, c, "HEAD");
            softly.assertThat(head.status()).as("HEAD status; %s", head).isEqualTo(response.status());
            softly.assertThat(head.body()).as("HEAD body").isEmpty();
            softly.assertThat(comparable(head)).as("HEAD header fields against GET's %s", response.head())
                    .isEqualTo(comparable(response));
        }
        try {
            softly.assertAll();
        } catch (AssertionError differences) {
            // named for the case: a report that numbers parameterized cases still says which one failed
            throw new AssertionError(application + ": " + c + ": " + differences.getMessage(), differences);
        }
    }

    private static RawHttp.Response send(Application application, Case c, String method) {
        String accept = c.situation().accept() != null ? c.situation().accept() : c.format().accept;
        List<String> headers = new ArrayList<>(List.of("Accept: " + accept,
                "Accept-Language: " + c.language()));
        if (method.equals("POST")) {
            headers.add("Content-Length: 0");
        }
        headers.addAll(c.situation().requestHeaders());
        return RawHttp.send(application.server(), method, c.path(application), false, headers.toArray(String[]::new));
    }

    private static void conforms(SoftAssertions softly, Application application, Case c, RawHttp.Response response) {
        Situation situation = c.situation();
        Locale language = Locale.forLanguageTag(c.language());
        String as = c + ": " + response;
        softly.assertThat(response.status()).as("status; %s", as).isEqualTo(situation.status);
        // a charset's name is case-insensitive (RFC 9110 §8.3.2): Jetty writes utf-8
        softly.assertThat(response.header("Content-Type").map(type -> type.replace(" ", "").toLowerCase(Locale.ROOT)))
                .as("Content-Type %s", response.header("Content-Type"))
                .hasValue(c.format().contentType.toLowerCase(Locale.ROOT));
        softly.assertThat(response.header("Content-Language")).as("Content-Language").hasValue(c.language());
        softly.assertThat(tokens(response.headers("Vary"))).as("Vary").contains("accept", "accept-language");
        softly.assertThat(response.header("Content-Length")).as("Content-Length")
                .hasValue(String.valueOf(response.bodyLength()));
        situation.kept().forEach((name, value) -> softly.assertThat(response.headers(name))
                .as("kept %s", name).containsExactly(value));
        situation.dropped().forEach(name -> softly.assertThat(response.headers(name)).as("dropped %s", name).isEmpty());
        situation.required().forEach((name, rule) -> softly.assertThat(response.header(name))
                .as("required %s", name).hasValueSatisfying(value -> assertThat(rule).accepts(value)));
        if (situation.closesConnection()) {
            softly.assertThat(response.closed()).as("connection closed after the answer").isTrue();
        }
        String lower = response.body().toLowerCase(Locale.ROOT);
        LEAKS.forEach(leak -> softly.assertThat(lower).as("leak %s", leak).doesNotContain(leak));
        if (c.format() == Format.HTML) {
            // a page for people: it must say what the problem says
            softly.assertThat(response.body()).as("page").contains(situation.title(language));
            if (situation.detail != null) {
                softly.assertThat(response.body()).as("page").contains(situation.detail.equals(GENERIC)
                        ? SERVER_ERROR_DETAIL.get(c.language()) : situation.detail);
            }
            return;
        }
        ProblemDetail problem;
        try {
            problem = c.format() == Format.XML ? ProblemXml.parse(response.body()) : ProblemJson.parse(response.body());
        } catch (RuntimeException notAProblem) {
            softly.fail("no problem in the body: %s (%s)", response.body(), notAProblem);
            return;
        }
        softly.assertThat(problem.status()).as("status member").isEqualTo(situation.status);
        softly.assertThat(problem.type()).as("type").isEqualTo(situation.type() == null ? ProblemDetail.ABOUT_BLANK
                : URI.create(application.contextPath() + "/problems/" + situation.type()));
        softly.assertThat(problem.title()).as("title").isEqualTo(situation.title(language));
        if (situation.detail == null) {
            softly.assertThat(problem.detail()).as("detail").isEmpty();
        } else if (situation.detail.equals(GENERIC)) {
            softly.assertThat(problem.detail()).as("detail").hasValue(SERVER_ERROR_DETAIL.get(c.language()));
        } else {
            softly.assertThat(problem.detail()).as("detail").hasValue(situation.detail);
        }
        if (situation.status >= 500) {
            softly.assertThat(problem.instance()).as("instance").hasValueSatisfying(instance -> assertThat(
                    instance.toString()).matches(UUID_URN));
        } else if (application.instance() == Instance.PATH) {
            softly.assertThat(problem.instance()).as("instance").hasValue(URI.create(c.path(application)));
        } else if (application.instance() == Instance.UUID) {
            softly.assertThat(problem.instance()).as("instance").hasValueSatisfying(instance -> assertThat(
                    instance.toString()).matches(UUID_URN));
        } else {
            softly.assertThat(problem.instance()).as("instance").isEmpty();
        }
        softly.assertThat(problem.extensions().keySet()).as("members").containsExactlyInAnyOrderElementsOf(
                situation.members().keySet());
        situation.members().forEach((name, value) -> softly.assertThat(problem.extensions().get(name))
                .as("member %s", name).hasToString(value));
    }

    /** The elements of a list header's values, lower-cased. */
    private static List<String> tokens(List<String> values) {
        return values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .map(token -> token.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
    }

    /** The header fields a HEAD must repeat: all but the date and the connection's. */
    private static Map<String, List<String>> comparable(RawHttp.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers());
        headers.remove("date");
        headers.remove("connection");
        return headers;
    }
}
