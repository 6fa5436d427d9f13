package dev.statusproblems.it.hostile;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.testsupport.EnglishTexts;
import dev.statusproblems.testsupport.RawHttp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What every answer of the battery must be; each broken rule is one short line naming the rule. */
final class Checks {

    /** What no response may show: the application's secret, stack traces, runtime class and message names. */
    static final List<String> INTERNALS = List.of(Secrets.SECRET, "Exception", "\tat ", "RESTEASY", "org.glassfish",
            "io.undertow", "org.jboss", "jersey", "Jersey", "UT0", "root:x:0");

    private Checks() {
    }

    /**
     * The rules {@code response} breaks as the answer to {@code request}; {@code get} is the answer to
     * the same request with GET when {@code request} is a HEAD, else null.
     */
    static List<String> broken(Case request, RawHttp.Response response, RawHttp.Response get) {
        List<String> broken = new ArrayList<>();
        for (String internal : INTERNALS) {
            if (response.raw().contains(internal) && !request.container().map(Container::showsRuntime).orElse(false)) {
                broken.add("shows '" + internal.strip() + "'");
            }
        }
        if (request.container().isPresent()) {
            Container container = request.container().get();
            if (!container.answered(request, response)) {
                broken.add("not the container's own answer " + container);
            }
            return broken;
        }
        int status = response.status();
        if (status < 0) {
            // a framing fault may end the connection without an answer (RFC 9112 §6.3, §11.2)
            if (!request.family().equals("framing") || !response.closed()) {
                broken.add("no answer");
            }
            return broken;
        }
        // 501 is the answer RFC 9110 §9.1 gives to a method the server does not implement; HttpServlet
        // (Servlet 6.0) implements no PATCH
        boolean unimplemented = Cases.UNKNOWN_METHODS.contains(request.method()) || request.method().equals("PATCH");
        if (request.clientFault() && status >= 500 && !(status == 501 && unimplemented)) {
            broken.add("5xx for a client fault");
        }
        if (request.status().isPresent() && request.status().get() != status) {
            broken.add("status not " + request.status().get());
        }
        if (status >= 400) {
            if (!request.isHead() && !outsideApplication(request)) {
                broken.addAll(problem(request, response));
            }
            broken.addAll(requiredHeaders(request, response));
        } else if (status >= 200 && status < 300 && request.success().isPresent() && !request.isHead()
                && !(status == 206 && request.head().contains("Range:"))
                && !request.success().get().equals(response.body())) {
            broken.add("success changed");
        }
        if ((status < 200 || status == 204) && !response.headers("Content-Length").isEmpty()) {
            broken.add("Content-Length on a " + (status == 204 ? "204" : "1xx"));
        }
        if ((status < 200 || status == 204 || status == 304) && response.bodyLength() > 0) {
            broken.add("content on a " + status);
        }
        if (request.isHead()) {
            broken.addAll(headLikeGet(response, get));
        }
        return broken;
    }

    /**
     * Whether the request's path, once the server has decoded its dots and slashes and removed dot
     * segments, leaves the application (whose context root is the target's first segment): then it
     * is another application's (the server's default one), not ours to answer.
     */
    static boolean outsideApplication(Case request) {
        String target = request.target();
        if (target.isEmpty()) {
            return false;
        }
        if (!target.startsWith("/")) {
            return true;
        }
        int query = target.indexOf('?');
        String path = (query < 0 ? target : target.substring(0, query)).replaceAll("(?i)%2e", ".").replaceAll("(?i)%2f", "/");
        String context = target.substring(0, target.indexOf('/', 1) + 1);
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                kept.pollLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                kept.addLast(segment);
            }
        }
        return !("/" + String.join("/", kept) + "/").startsWith(context);
    }

    private static List<String> problem(Case request, RawHttp.Response response) {
        String type = response.header("Content-Type").orElse("(none)").toLowerCase(Locale.ROOT);
        Case.Format format = type.startsWith(ProblemJson.MEDIA_TYPE) ? Case.Format.JSON
                : type.startsWith(ProblemXml.MEDIA_TYPE) ? Case.Format.XML
                : type.startsWith("text/html") ? Case.Format.HTML : null;
        if (format == null || response.bodyLength() == 0) {
            return List.of("error not a problem (" + type + (response.bodyLength() == 0 ? ", empty" : "") + ")");
        }
        List<String> broken = new ArrayList<>();
        if (request.format() != Case.Format.ANY && request.format() != format) {
            broken.add("not the " + request.format() + " asked for");
        }
        try {
            switch (format) {
                case JSON:
                    checkStatus(ProblemJson.parse(response.body()), response.status(), broken);
                    break;
                case XML:
                    checkStatus(ProblemXml.parse(response.body()), response.status(), broken);
                    break;
                default:
                    if (!response.body().contains(String.valueOf(response.status()))) {
                        broken.add("page without its status");
                    }
                    break;
            }
        } catch (RuntimeException unparsable) {
            broken.add("problem unreadable as " + format);
        }
        if (response.header("Content-Language").filter("ko"::equalsIgnoreCase).isPresent()
                && !EnglishTexts.foundIn(response.body()).isEmpty()) {
            broken.add("English text of the suite's in a Korean answer");
        }
        return broken;
    }

    private static void checkStatus(ProblemDetail problem, int status, List<String> broken) {
        if (problem.status() != status) {
            broken.add("problem status differs from the status line");
        }
    }

    private static List<String> requiredHeaders(Case request, RawHttp.Response response) {
        List<String> broken = new ArrayList<>();
        if (response.status() == 405 && response.header("Allow").isEmpty()) {
            broken.add("405 without Allow");
        }
        if (response.status() == 416 && response.header("Content-Range").isEmpty()) {
            broken.add("416 without Content-Range");
        }
        if (request.kind().endsWith("echo")) {
            for (Map.Entry<String, String> header : Echo.headers(response.status()).entrySet()) {
                if (response.header(header.getKey()).isEmpty()) {
                    broken.add(response.status() + " without " + header.getKey());
                }
            }
        }
        return broken;
    }

    private static List<String> headLikeGet(RawHttp.Response head, RawHttp.Response get) {
        List<String> broken = new ArrayList<>();
        if (head.bodyLength() > 0) {
            broken.add("HEAD with content");
        }
        if (head.status() != get.status()) {
            broken.add("HEAD status differs from GET's");
            return broken;
        }
        for (String name : List.of("Content-Type", "Content-Language", "Vary")) {
            if (!head.headers(name).equals(get.headers(name))) {
                broken.add("HEAD " + name + " differs from GET's");
            }
        }
        Optional<String> length = head.header("Content-Length");
        if (length.isPresent() && !length.get().equals(String.valueOf(get.bodyLength()))) {
            broken.add("HEAD Content-Length " + (length.get().equals("0") ? "0" : "differs") + " where GET sends content");
        }
        return broken;
    }
}
