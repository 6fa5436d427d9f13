package dev.statusproblems.servlet.internal;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.Languages;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemException;
import dev.statusproblems.model.ProblemHtml;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.model.StatusClass;
import dev.statusproblems.model.StatusHeader;
import dev.statusproblems.model.internal.DeclaredProblems;
import dev.statusproblems.model.internal.Details;
import dev.statusproblems.model.internal.Incidents;
import dev.statusproblems.model.internal.Negotiation;
import dev.statusproblems.model.internal.ProblemEvents;
import dev.statusproblems.model.internal.StatusTexts;
import dev.statusproblems.model.internal.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the problem for an error status in place of the container's error page, following the
 * {@link Policy}; the one place where the filter and the error page servlet produce a body.
 */
public final class ProblemResponder {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    /** Representation metadata of a body the application meant to send; the problem has its own. */
    private static final Set<String> REPRESENTATION_HEADERS = Set.of("content-type", "content-length",
            "content-encoding", "content-language", "content-location", "content-range", "content-disposition",
            "content-md5", "etag", "last-modified", "transfer-encoding", "accept-ranges");

    private final Policy policy;

    private ProblemResponder(Policy policy) {
        this.policy = policy;
    }

    /** A responder following {@code policy}. */
    public static ProblemResponder of(Policy policy) {
        return new ProblemResponder(Objects.requireNonNull(policy, "policy"));
    }

    /** The policy this responder follows. */
    public Policy policy() {
        return policy;
    }

    /**
     * Sends the problem for an error: {@code status} with the application's {@code message}
     * ({@code null} for none), caused by {@code cause} ({@code null} for none), for the request
     * {@code method path}. Returns {@code false}, after logging, when the response is committed
     * and was left as it is.
     */
    public boolean send(HttpServletRequest request, HttpServletResponse response, int status, String message,
            Throwable cause, String path) throws IOException {
        String method = request.getMethod();
        path = path != null ? path : "(path unknown)";
        Locale language = Languages.negotiate(request.getHeader("Accept-Language"));
        ProblemException carried = carried(cause, language);
        int code = carried != null ? carried.problem().status() : status;
        URI incident = StatusClass.of(code) == StatusClass.SERVER_ERROR ? Incidents.newInstanceId() : null;
        if (incident != null) {
            Incidents.serverError(incident, code, method, path, cause);
        }
        if (response.isCommitted()) {
            committed(code, method, path, incident);
            return false;
        }
        ProblemDetail problem = policy.typeBase().resolve(carried != null
                ? fromException(carried, incident)
                : problem(code, Details.applicationMessage(message, path, code), incident, path, language),
                request.getContextPath());
        if (incident == null) {
            Incidents.clientError(code, method, path, problem.detail().orElse(null));
        }
        write(request, response, problem, carried != null ? carried.headers() : Map.of(), language);
        ProblemEvents.fire(new ProblemSent(problem, method, path));
        return true;
    }

    /** Logs that an error happened after the response was committed, which is then left alone. */
    public void committed(int status, String method, String path, URI incident) {
        LOG.log(Level.WARNING, "status-problems: " + status + " " + HttpStatus.of(status).reasonPhrase()
                + (incident != null ? " " + incident : "") + " for " + method + " " + path
                + " happened after the response was committed; the response is left as it is");
    }

    private ProblemDetail problem(int code, String message, URI incident, String path, Locale language) {
        HttpStatus status = HttpStatus.of(code);
        ProblemDetail.Builder builder = ProblemDetail.builder(status).language(language);
        Policy.Detail detail = policy.detail(code);
        if (incident != null) {
            builder.instance(incident);
            if (detail == Policy.Detail.MESSAGE && policy.serverErrorDetails() && message != null) {
                builder.detail(Text.abbreviate(message, policy.detailMaxLength()));
            } else if (detail != Policy.Detail.NONE) {
                builder.detail(StatusTexts.serverErrorDetail(language));
            }
            return builder.build();
        }
        if (detail == Policy.Detail.MESSAGE && message != null) {
            builder.detail(Text.abbreviate(message, policy.detailMaxLength()));
        } else if (detail == Policy.Detail.GENERIC) {
            builder.detail(status.description(language));
        }
        URI instance = policy.instance().forClientError(path);
        if (instance != null) {
            builder.instance(instance);
        }
        return builder.build();
    }

    private static ProblemDetail fromException(ProblemException exception, URI incident) {
        ProblemDetail problem = exception.problem();
        if (incident != null && problem.instance().isEmpty()) {
            return problem.toBuilder().instance(incident).build();
        }
        return problem;
    }

    /**
     * The problem the exception chain of {@code cause} stands for: a {@link ProblemException}'s, or
     * that of an exception whose class declares a valid {@code @ProblemType} ({@link DeclaredProblems}).
     */
    private ProblemException carried(Throwable cause, Locale language) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException) {
                return (ProblemException) t;
            }
            if (ProblemTypeDefinition.isDeclaredBy(t.getClass())) {
                // an invalid declaration, which the deployment reports: a plain 500 here
                return DeclaredProblems.of(t, language, policy.serverErrorDetails(), policy.detailMaxLength())
                        .map(ProblemException::new).orElse(null);
            }
        }
        return null;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
            Map<String, List<String>> extraHeaders, Locale language) throws IOException {
        HttpStatus status = problem.httpStatus();
        Map<String, List<String>> kept = keptHeaders(response, status);
        if (status.code() == HttpServletResponse.SC_METHOD_NOT_ALLOWED && !named(kept, "Allow")
                && !named(extraHeaders, "Allow")) {
            AllowedMethods.of(request).ifPresent(allow -> kept.put("Allow", List.of(allow)));
        }
        // reset() rather than resetBuffer(): it also forgets whether the application took the writer,
        // so that the problem can always be written as UTF-8 bytes
        response.reset();
        // set, then added: a container may keep some headers through reset() (Jetty: Date, Server)
        kept.forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.subList(1, values.size()).forEach(value -> response.addHeader(name, value));
        });
        extraHeaders.forEach((name, values) -> {
            response.setHeader(name, null);
            values.forEach(value -> response.addHeader(name, value));
        });
        response.setStatus(problem.status());
        if (!status.allowsContent()) {
            return;
        }
        Negotiation.Format format = Negotiation.choose(request.getHeader("Accept"));
        byte[] body;
        switch (format) {
            case XML:
                response.setContentType(ProblemXml.MEDIA_TYPE);
                body = ProblemXml.toXml(problem).getBytes(StandardCharsets.UTF_8);
                break;
            case HTML:
                response.setContentType(ProblemHtml.MEDIA_TYPE + ";charset=UTF-8");
                body = ProblemHtml.toHtml(problem, language).getBytes(StandardCharsets.UTF_8);
                break;
            default:
                response.setContentType(ProblemJson.MEDIA_TYPE);
                body = ProblemJson.toJson(problem).getBytes(StandardCharsets.UTF_8);
                break;
        }
        response.setHeader("Content-Language", language.toLanguageTag());
        if (!named(kept, "Vary")) {
            response.setHeader("Vary", "Accept, Accept-Language");
        }
        response.setContentLength(body.length);
        // also for HEAD, whose body the container drops at the connection: on an error page that wrote
        // nothing, Payara renders its own HTML report over the problem's header fields
        OutputStream out = response.getOutputStream();
        out.write(body);
    }

    private static boolean named(Map<String, ?> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    /** The headers to keep: all but the metadata of the application's own body, unless the status requires it. */
    private static Map<String, List<String>> keptHeaders(HttpServletResponse response, HttpStatus status) {
        Set<String> required = new java.util.HashSet<>();
        for (StatusHeader header : status.headers()) {
            required.add(header.name().toLowerCase(Locale.ROOT));
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if ((REPRESENTATION_HEADERS.contains(lower) && !required.contains(lower)) || kept.containsKey(name)) {
                continue;
            }
            List<String> values = new ArrayList<>(response.getHeaders(name));
            if (!values.isEmpty()) {
                kept.put(name, values);
            }
        }
        return kept;
    }
}
