package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.Languages;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemHtml;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.model.internal.Incidents;
import dev.statusproblems.model.internal.InstanceStrategy;
import dev.statusproblems.model.internal.Negotiation;
import dev.statusproblems.model.internal.ProblemEvents;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves the {@link Catalogue}: the catalogue at its path, each problem type and status at its page,
 * HTML when the client prefers {@code text/html}, JSON otherwise; anything else is a problem.
 */
final class CatalogueServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String ALLOW = "GET, HEAD, OPTIONS";

    private final transient URI typeBase;
    private final transient ProblemTypeRegistry discovered;
    private final transient InstanceStrategy instance;
    // The registry never changes once the application has started: found once, then kept.
    private transient volatile Catalogue catalogue;

    /**
     * {@code typeBase} is the configured one ({@code null} for none), {@code discovered} the problem
     * types the servlet container found.
     */
    CatalogueServlet(URI typeBase, ProblemTypeRegistry discovered, InstanceStrategy instance) {
        this.typeBase = typeBase;
        this.discovered = discovered;
        this.instance = instance;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            super.service(request, response);
        } else {
            response.setHeader("Allow", ALLOW);
            sendProblem(request, response, 405);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        String name = pathInfo == null || pathInfo.equals("/") ? "" : pathInfo.substring(1);
        Locale language = Languages.negotiate(request.getHeader("Accept-Language"));
        boolean html = Negotiation.choose(request.getHeader("Accept")) == Negotiation.Format.HTML;
        // The application's context path, not the request's: that one is as the client spelled it
        // (encoded, with path parameters), and the first request's catalogue is kept for all.
        Catalogue pages = catalogue(getServletContext().getContextPath() + request.getServletPath());
        Optional<String> page = html ? pages.html(name, language) : pages.json(name, language);
        response.setHeader("Vary", "Accept, Accept-Language");
        if (page.isEmpty()) {
            sendProblem(request, response, 404);
            return;
        }
        byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType(html ? Catalogue.HTML_MEDIA_TYPE : Catalogue.JSON_MEDIA_TYPE);
        response.setHeader("Content-Language", language.toLanguageTag());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Allow", ALLOW);
        response.setStatus(204);
    }

    private Catalogue catalogue(String pagesPath) {
        Catalogue found = catalogue;
        if (found != null) {
            return found;
        }
        Optional<ProblemTypeRegistry> cdi = registry();
        ProblemTypeRegistry registry = cdi.map(types -> types.merge(discovered)).orElse(discovered);
        if (typeBase == null) {
            // As the senders do: a relative type is the page of this catalogue, in this context.
            registry = registry.withTypeBase(URI.create(pagesPath + "/"));
        }
        Catalogue pages = Catalogue.of(registry, pagesPath);
        if (cdi.isPresent()) {
            catalogue = pages;
        }
        return pages;
    }

    private static Optional<ProblemTypeRegistry> registry() {
        try {
            return Optional.of(CDI.current().select(ProblemTypeRegistry.class).get());
        } catch (RuntimeException | LinkageError noCdi) {
            // No CDI here, or no container for this application (yet): the statuses are still documented.
            return Optional.empty();
        }
    }

    private void sendProblem(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        Locale language = Languages.negotiate(request.getHeader("Accept-Language"));
        ProblemDetail.Builder builder = ProblemDetail.builder(status).language(language);
        String path = request.getRequestURI();
        URI id = instance.forClientError(path);
        if (id != null) {
            builder.instance(id);
        }
        ProblemDetail problem = builder.build();
        Negotiation.Format format = Negotiation.choose(request.getHeader("Accept"));
        byte[] body = (format == Negotiation.Format.HTML
                ? ProblemHtml.toHtml(problem, language)
                : format == Negotiation.Format.XML ? ProblemXml.toXml(problem) : ProblemJson.toJson(problem))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(format == Negotiation.Format.HTML ? Catalogue.HTML_MEDIA_TYPE
                : format == Negotiation.Format.XML ? ProblemXml.MEDIA_TYPE : ProblemJson.MEDIA_TYPE);
        response.setHeader("Content-Language", language.toLanguageTag());
        // No Content-Length for GET: the response then completes only when this method returns, after
        // the observers have seen the problem, so a client never sees the answer before they do; the
        // container counts the body. HEAD writes none, so it states the count itself, as GET's.
        if (request.getMethod().equals("HEAD")) {
            response.setContentLength(body.length);
        } else {
            OutputStream out = response.getOutputStream();
            out.write(body);
        }
        Incidents.clientError(status, request.getMethod(), path, null);
        ProblemEvents.fire(new ProblemSent(problem, request.getMethod(), path));
    }
}
