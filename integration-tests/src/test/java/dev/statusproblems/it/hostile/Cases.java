package dev.statusproblems.it.hostile;

import dev.statusproblems.it.hostile.Case.Format;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generates the hostile battery: for each family, the cartesian product of small lists (the kinds
 * of path of the test application, and what a hostile client varies on them).
 */
final class Cases {

    /** A kind of path of the test application, with what a plain GET on it answers. */
    record Kind(String name, String path, int status, Optional<String> success) {

        static Kind of(String name, String path, int status) {
            return new Kind(name, path, status, Optional.empty());
        }

        static Kind of(String name, String path, int status, String success) {
            return new Kind(name, path, status, Optional.of(success));
        }
    }

    /** Every kind of path: JAX-RS resource and runtime errors, servlet, static, protected, catalogue, async. */
    static final List<Kind> KINDS = List.of(
            Kind.of("jaxrs", "api/hello", 200, "hello"),
            Kind.of("jaxrs-error", "api/missing", 404),
            Kind.of("jaxrs-404", "api/no/such/thing", 404),
            Kind.of("jaxrs-405", "api/json", 405),
            Kind.of("servlet-error", "servlet/nothing", 404),
            Kind.of("servlet", "echo/200", 200, "echo 200"),
            Kind.of("static", "static/hello.txt", 200, HostileBatteryIT.STATIC_CONTENT),
            Kind.of("static-404", "static/missing.txt", 404),
            Kind.of("protected-web-inf", "WEB-INF/beans.xml", 404),
            Kind.of("protected-meta-inf", "META-INF/MANIFEST.MF", 404),
            Kind.of("catalogue", "problems", 200),
            Kind.of("catalogue-type", "problems/order-conflict", 200),
            Kind.of("catalogue-404", "problems/nothing", 404),
            Kind.of("async", "async/ok", 200, "async ok"),
            Kind.of("async-error", "async/conflict", 409));

    private Cases() {
    }

    // --- header values ------------------------------------------------------------------------------

    /** A header variation: the lines it adds and the problem format it asks for. */
    private record Headers(String label, List<String> lines, Format format) {
    }

    private static List<Headers> headerVariations() {
        List<Headers> variations = new ArrayList<>();
        for (String accept : List.of("text/html;q=abc", "text/html;q=", "text/html;q", "*/*;q=abc", "*/*;q=",
                "application/json;q=abc", "application/problem+json;q=2", "application/xml;q=0.9, text/html;q=x",
                "text/html;level=;q=0.5", ";;;", "/", "*/", "text/", "a/b/c", "*/html", "text/*;q=-1",
                "\"quoted\"/x", "application/json; charset=\"", "text/html;q=1;q=0", "application/*+json;q=abc",
                junk(7000))) {
            variations.add(new Headers("Accept " + shorten(accept), List.of("Accept: " + accept), Format.ANY));
        }
        for (String language : List.of("ko;q=abc", ";q", "ko;q=", "*", "en-;q=0.5", "x-klingon", "ko-KR,ko;q=0.9",
                "ko;q=0", "zz-ZZZZZZZZZZZZZZZZZZZZ", "ko, ko, ko", "\u00e9", junk(7000))) {
            variations.add(new Headers("Accept-Language " + shorten(language), List.of("Accept-Language: " + language),
                    Format.JSON));
        }
        for (String type : List.of("application/json; q=abc", "application/json;charset=", "application/json;charset=nope",
                "text/plain; q", ";", "/", "application/", "multipart/form-data; boundary=", "application/json; q=abc; q=def",
                junk(7000))) {
            variations.add(new Headers("Content-Type " + shorten(type), List.of("Content-Type: " + type), Format.JSON));
        }
        for (String range : List.of("bytes=999999-1000000", "bytes=abc", "bytes=5-1", "bytes=0-0",
                "bytes=" + "0-0,".repeat(200) + "0-0")) {
            variations.add(new Headers("Range " + shorten(range), List.of("Range: " + range), Format.JSON));
        }
        variations.add(new Headers("two Accept", List.of("Accept: text/html;q=abc", "Accept: application/xml"), Format.ANY));
        variations.add(new Headers("two Accept-Language", List.of("Accept-Language: ko", "Accept-Language: ;q=x"),
                Format.JSON));
        variations.add(new Headers("two Content-Type", List.of("Content-Type: application/json; q=abc",
                "Content-Type: text/plain"), Format.JSON));
        for (String language : List.of("en", "ko")) {
            for (Format format : List.of(Format.JSON, Format.XML, Format.HTML)) {
                for (String accept : accepts(format)) {
                    variations.add(new Headers(accept + " in " + language,
                            List.of("Accept: " + accept, "Accept-Language: " + language), format));
                }
            }
        }
        return variations;
    }

    private static List<String> accepts(Format format) {
        switch (format) {
            case JSON:
                return List.of("application/problem+json", "application/json", "*/*");
            case XML:
                return List.of("application/problem+xml", "application/xml");
            case HTML:
                return List.of("text/html", "text/html,application/xhtml+xml,*/*;q=0.8");
            default:
                throw new AssertionError(format);
        }
    }

    /** Every header variation on every kind of path: no 5xx, errors are problems, successes untouched. */
    static List<Case> headerValues(String context) {
        List<Case> cases = new ArrayList<>();
        for (Kind kind : KINDS) {
            for (Headers headers : headerVariations()) {
                cases.add(Case.get("headers", kind.name(), headers.label(), context + kind.path(), headers.lines())
                        .format(headers.format()).success(kind.success()));
            }
        }
        return cases;
    }

    // --- request targets ---------------------------------------------------------------------------

    private static final List<String> PREFIXES = List.of("", "api/", "api/echo/", "servlet/", "echo/", "static/",
            "problems/", "async/");

    private static final List<String> SUFFIXES = List.of("x[y", "x]y", "[", "%zz", "%", "x%2", "%5B", "%5D", "x\u0085y",
            "x%C2%85y", "x\u00c2\u0085y", "a b", "a%20b", "x\"y", "%3Cx%3E", "<x>", "{x}", "x|y", "x\\y", "x^y", "x`y",
            "..%2F..%2FWEB-INF/beans.xml", "../WEB-INF/beans.xml", "..;/WEB-INF/beans.xml", "%2e%2e/WEB-INF/beans.xml",
            "x;a=1", "x;a=1;b=2/y", "x%00", "%c0%af", "\u00c3\u00a9", "x".repeat(2000), "y".repeat(9000), "x?a=[",
            "x?%zz", "//x", "./x", "x%2Fy", "x%5Cy", "../../../../etc/passwd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd");

    private static final List<String> PROTECTED = List.of("WEB-INF/beans.xml", "WEB-INF/web.xml", "web-inf/beans.xml",
            "Web-Inf/beans.xml", "%57EB-INF/beans.xml", "WEB-INF%2Fbeans.xml", "WEB-INF%2fbeans.xml",
            "api/../WEB-INF/beans.xml", "api/%2e%2e/WEB-INF/beans.xml", "./WEB-INF/beans.xml", "WEB-INF;x=1/beans.xml",
            "WEB-INF/beans.xml;x=1", "WEB-INF/", "WEB-INF", "WEB-INF//beans.xml", "WEB-INF/./beans.xml",
            "WEB-INF%5Cbeans.xml", "WEB-INF/lib/", "WEB-INF/classes/dev/statusproblems/it/hostile/Secrets.class",
            "META-INF/MANIFEST.MF", "meta-inf/MANIFEST.MF", "%4DETA-INF/MANIFEST.MF", "META-INF;x=1/MANIFEST.MF",
            "META-INF/", "static/../META-INF/MANIFEST.MF", "META-INF%2FMANIFEST.MF");

    /** Illegal, encoded and traversing targets on every kind of path, and protected folders in many spellings. */
    static List<Case> requestTargets(String context) {
        List<Case> cases = new ArrayList<>();
        for (String prefix : PREFIXES) {
            for (String suffix : SUFFIXES) {
                String kind = prefix.isEmpty() ? "root" : prefix.substring(0, prefix.length() - 1);
                cases.add(Case.get("targets", kind, shorten(suffix), context + prefix + suffix, List.of()));
            }
        }
        for (String spelling : PROTECTED) {
            for (String method : List.of("GET", "HEAD")) {
                cases.add(Case.get("targets", "protected", spelling, context + spelling, List.of()).method(method));
            }
        }
        return cases;
    }

    // --- methods -----------------------------------------------------------------------------------

    static final List<String> UNKNOWN_METHODS = List.of("PROPFIND", "FOO", "BREW", "get", "X".repeat(60));

    /** Every method, known and unknown, on every kind of path; HEAD compared with GET. */
    static List<Case> methods(String context) {
        List<Case> cases = new ArrayList<>();
        List<String> methods = new ArrayList<>(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"));
        methods.addAll(UNKNOWN_METHODS);
        for (Kind kind : KINDS) {
            for (String method : methods) {
                Case request = Case.get("methods", kind.name(), method.length() > 10 ? "60 X" : method, context + kind.path(),
                        List.of()).method(method).clientFault(!method.equals("GET") && !method.equals("HEAD")
                                && !method.equals("OPTIONS"));
                if (method.equals("GET") || method.equals("HEAD")) {
                    request = request.status(kind.status()).success(kind.success()).clientFault(kind.status() >= 400);
                }
                cases.add(request);
            }
        }
        // CONNECT names a host and port (RFC 9110 §9.3.6), no path of the application
        cases.add(Case.get("methods", "authority", "CONNECT", "127.0.0.1:1", List.of()).method("CONNECT"));
        return cases;
    }

    // --- bodies ------------------------------------------------------------------------------------

    private static final String XXE = "<?xml version=\"1.0\"?><!DOCTYPE item [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<item><name>&xxe;</name></item>";
    private static final String LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE item [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
            + "<item><name>&g;</name></item>";

    private record Body(String label, byte[] content) {
        static Body of(String label, String content) {
            return new Body(label, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<Body> bodies() {
        return List.of(Body.of("empty", ""), Body.of("null", "null"), Body.of("{", "{"), Body.of("[1,2", "[1,2"),
                Body.of("{\"a\":}", "{\"a\":}"), Body.of("string", "\"text\""), Body.of("number", "123"),
                Body.of("{} ok", "{}"), Body.of("deep open", "[".repeat(50_000)),
                Body.of("deep closed", "[".repeat(20_000) + "]".repeat(20_000)),
                Body.of("1 MB malformed", "[" + "1234567,".repeat(131_072) + "}"),
                new Body("BOM and JSON", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}),
                new Body("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}),
                Body.of("xml item", "<item><name>plain</name></item>"), Body.of("xml unclosed", "<item><name>x</item>"),
                Body.of("XXE", XXE), Body.of("billion laughs", LAUGHS), Body.of("form", "a=1&b=%zz"),
                Body.of("NUL", "\u0000\u0000"));
    }

    /** Malformed, empty, null, deep, huge, wrong-typed and XXE bodies, under several content types, to readers. */
    static List<Case> bodies(String context) {
        List<Case> cases = new ArrayList<>();
        List<String> types = List.of("application/json", "application/xml", "text/plain", "application/json; charset=nope",
                "application/json; q=abc", "");
        for (String path : List.of("api/json", "api/xml", "api/dom", "servlet/nothing", "static/hello.txt", "problems")) {
            for (String type : types) {
                for (Body body : bodies()) {
                    List<String> headers = type.isEmpty() ? List.of() : List.of("Content-Type: " + type);
                    cases.add(Case.get("bodies", path, (type.isEmpty() ? "no type" : type) + ", " + body.label(),
                            context + path, headers).method("POST").body(body.content()));
                    if (path.startsWith("api/")) {
                        // the details of unreadable content, in Korean
                        List<String> korean = new ArrayList<>(headers);
                        korean.add("Accept-Language: ko");
                        cases.add(Case.get("bodies", path, (type.isEmpty() ? "no type" : type) + ", " + body.label()
                                + ", in ko", context + path, korean).method("POST").body(body.content()));
                    }
                }
            }
        }
        return cases;
    }

    // --- framing -----------------------------------------------------------------------------------

    /** Content-Length mismatches, bad chunks, odd header syntax, on a reader, a servlet, a static file and a resource. */
    static List<Case> framing(String context, String host) {
        List<Case> cases = new ArrayList<>();
        String json = "{\"a\":1}";
        for (String[] target : List.of(new String[] {"POST", "api/json"}, new String[] {"POST", "servlet/nothing"},
                new String[] {"GET", "static/hello.txt"}, new String[] {"GET", "api/hello"})) {
            String line = target[0] + " " + context + target[1] + " HTTP/1.1\r\nHost: " + host + "\r\n";
            String type = "Content-Type: application/json\r\n";
            String close = "Connection: close\r\n";
            String kind = target[1];
            cases.add(Case.rawRequest("framing", kind, "Content-Length shorter than the body",
                    line + type + close + "Content-Length: 2\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "Content-Length longer than the body, then the end",
                    line + type + close + "Content-Length: 100\r\n\r\n" + json + "\u0000EOF"));
            cases.add(Case.rawRequest("framing", kind, "two different Content-Length",
                    line + type + close + "Content-Length: 7\r\nContent-Length: 8\r\n\r\n" + json + " "));
            for (String length : List.of("-1", "abc", "1e3", "7, 8", "0x7", "99999999999999999999")) {
                cases.add(Case.rawRequest("framing", kind, "Content-Length " + length,
                        line + type + close + "Content-Length: " + length + "\r\n\r\n" + json));
            }
            cases.add(Case.rawRequest("framing", kind, "Content-Length and chunked",
                    line + type + close + "Content-Length: 7\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n" + json + "\r\n0\r\n\r\n"));
            for (String[] chunks : List.of(new String[] {"chunk size zz", "zz\r\n" + json + "\r\n0\r\n\r\n"},
                    new String[] {"chunk size overflow", "ffffffffffffffffff\r\n" + json + "\r\n0\r\n\r\n"},
                    new String[] {"chunk longer than its size", "3\r\n" + json + "\r\n0\r\n\r\n"},
                    new String[] {"chunk extension junk", "7;;;=\"\r\n" + json + "\r\n0\r\n\r\n"},
                    new String[] {"chunks with bare LF", "7\n" + json + "\n0\n\n"},
                    new String[] {"no last chunk, then the end", "7\r\n" + json + "\r\n\u0000EOF"})) {
                cases.add(Case.rawRequest("framing", kind, chunks[0],
                        line + type + close + "Transfer-Encoding: chunked\r\n\r\n" + chunks[1]));
            }
            for (String coding : List.of("xchunked", "chunked, chunked", "gzip", "gzip, chunked", "identity", "chunked;x")) {
                cases.add(Case.rawRequest("framing", kind, "Transfer-Encoding " + coding,
                        line + type + close + "Transfer-Encoding: " + coding + "\r\n\r\n7\r\n" + json + "\r\n0\r\n\r\n"));
            }
            cases.add(Case.rawRequest("framing", kind, "space before a colon",
                    line + "Content-Type : application/json\r\n" + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "folded header",
                    line + "Content-Type: application/json\r\n  ; charset=utf-8\r\n" + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "bare LF line ends",
                    line.replace("\r\n", "\n") + "Content-Type: application/json\nConnection: close\nContent-Length: 7\n\n" + json));
            cases.add(Case.rawRequest("framing", kind, "NUL in a header",
                    line + "X-Junk: a\u0000b\r\n" + type + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "header without colon",
                    line + "NoColonHere\r\n" + type + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "no Host",
                    target[0] + " " + context + target[1] + " HTTP/1.1\r\n" + type + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "two Host",
                    line + "Host: other.example\r\n" + type + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "HTTP/2.0 request line",
                    line.replace("HTTP/1.1", "HTTP/2.0") + type + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "lower-case version",
                    line.replace("HTTP/1.1", "http/1.1") + type + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "250 cookies",
                    line + "Cookie: " + IntStream.range(0, 250).mapToObj(i -> "c" + i + "=v").collect(Collectors.joining("; "))
                            + "\r\n" + type + close + "Content-Length: 7\r\n\r\n" + json));
            cases.add(Case.rawRequest("framing", kind, "250 header lines",
                    line + IntStream.range(0, 250).mapToObj(i -> "X-Junk-" + i + ": v").collect(Collectors.joining("\r\n"))
                            + "\r\n" + type + close + "Content-Length: 7\r\n\r\n" + json));
        }
        return cases;
    }

    // --- statuses ----------------------------------------------------------------------------------

    /** Every status 100-599 on the JAX-RS and the servlet echo, with GET and HEAD. */
    static List<Case> statuses(String context) {
        List<Case> cases = new ArrayList<>();
        for (int status = 100; status <= 599; status++) {
            for (String path : List.of("api/echo/", "echo/")) {
                for (String method : List.of("GET", "HEAD")) {
                    cases.add(Case.get("statuses", path.startsWith("api") ? "jaxrs-echo" : "servlet-echo",
                            method + " " + status, context + path + status, List.of()).method(method).status(status)
                            .success(Echo.body(status)).clientFault(false));
                }
            }
        }
        return cases;
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static String shorten(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 40 ? printable.substring(0, 20) + "...(" + text.length() + " chars)" : printable;
    }

    /** {@code length} characters of header-legal junk: media-range syntax gone wrong. */
    static String junk(int length) {
        StringBuilder junk = new StringBuilder(length);
        String[] pieces = {"text/", ";q=", "x", ",", "*/*", ";;", "=", "q=9", "ko-", "%zz", "\"", "(", "}", "en;q=0.",
            "application/problem+json", "-", "/"};
        for (int i = 0; junk.length() < length; i++) {
            junk.append(pieces[(i * 7 + i / 3) % pieces.length]);
        }
        junk.setLength(length);
        return junk.toString();
    }
}
