package dev.statusproblems.servlet;

import dev.statusproblems.servlet.internal.ErrorPageServlet;
import dev.statusproblems.servlet.internal.StatusProblemsInitializer;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A web application on embedded Jetty 12.0 (ee10), or 12.1 (ee11) in the jetty-ee11 run, at {@code /shop}, on an ephemeral port, set up as
 * the jar's two registration paths set it up: the real {@code ServletContainerInitializer} callback
 * installs the filter, and the default error page and its servlet are those web-fragment.xml declares.
 */
final class JettyApp implements AutoCloseable {

    /**
     * Whether a security constraint's 401 reaches the error page: Jetty 12.0 (ee10) dispatches it there,
     * Jetty 12.1 (ee11) writes its own HTML page.
     */
    static final boolean DISPATCHES_SECURITY_ERRORS = Server.getVersion().startsWith("12.0.");

    private final Server server;
    private final ServletContextHandler context;
    private final URI base;

    private JettyApp(Server server, ServletContextHandler context, URI base) {
        this.server = server;
        this.context = context;
        this.base = base;
    }

    static JettyApp start(Map<String, String> initParameters, Consumer<ServletContextHandler> setup) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SECURITY);
        context.setContextPath("/shop");
        initParameters.forEach(context::setInitParameter);
        context.addServletContainerInitializer(new StatusProblemsInitializer());
        // as META-INF/web-fragment.xml declares them
        ServletHolder errorPage = new ServletHolder("dev.statusproblems.servlet.ErrorPage", ErrorPageServlet.class);
        errorPage.setAsyncSupported(true);
        context.addServlet(errorPage, ErrorPageServlet.PATH);
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, ErrorPageServlet.PATH);
        context.setErrorHandler(errors);
        setup.accept(context);
        server.setHandler(context);
        server.start();
        return new JettyApp(server, context, URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/shop"));
    }

    static void route(ServletContextHandler context, String path, HttpServlet servlet) {
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(true);
        context.addServlet(holder, path);
    }

    URI uri(String path) {
        return base.resolve(base.getPath() + path);
    }

    ServletContextHandler context() {
        return context;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
