package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.responses.Failure;
import dev.statusproblems.responses.ProblemRequest;
import dev.statusproblems.responses.ProblemResponses;
import dev.statusproblems.responses.ServletApplications;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final transient ProblemResponses responses;
    // The registry never changes once the application has started: found once, then kept.
    private transient volatile Catalogue catalogue;

    /**
     * {@code typeBase} is the configured one ({@code null} for none), {@code discovered} the problem
     * types the servlet container found.
     */
    CatalogueServlet(URI typeBase, ProblemTypeRegistry discovered, ProblemResponses responses) {
        this.typeBase = typeBase;
        this.discovered = discovered;
        this.responses = responses;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            super.service(request, response);
        } else {
            sendProblem(request, response, Failure.status(405).withHeaders(Map.of("Allow", List.of(ALLOW))));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        String name = pathInfo == null || pathInfo.equals("/") ? "" : pathInfo.substring(1);
        ProblemRequest asked = problemRequest(request);
        Locale language = responses.language(asked);
        boolean html = responses.prefersHtml(asked);
        // The application's context path, not the request's: that one is as the client spelled it
        // (encoded, with path parameters), and the first request's catalogue is kept for all.
        Catalogue pages = catalogue(getServletContext().getContextPath() + request.getServletPath());
        Optional<String> page = html ? pages.html(name, language) : pages.json(name, language);
        if (page.isEmpty()) {
            sendProblem(request, response, Failure.status(404));
            return;
        }
        response.setHeader("Vary", "Accept, Accept-Language");
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

    private void sendProblem(HttpServletRequest request, HttpServletResponse response, Failure failure)
            throws IOException {
        ServletApplications.write(responses.respond(problemRequest(request), failure), response);
    }

    private static ProblemRequest problemRequest(HttpServletRequest request) {
        return ProblemRequest.of(request.getMethod(), request.getRequestURI(), request.getServletContext().getContextPath(),
                request.getHeader("Accept"), request.getHeader("Accept-Language")).by("catalogue")
                .authenticated(request.getUserPrincipal() != null);
    }
}
