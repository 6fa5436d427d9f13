package dev.statusproblems.servlet;

import dev.statusproblems.servlet.internal.ErrorPageServlet;
import dev.statusproblems.servlet.internal.StatusProblemsInitializer;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.ErrorPage;
import io.undertow.servlet.api.ServletContainerInitializerInfo;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import jakarta.servlet.Servlet;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A web application on embedded Undertow, the servlet container of WildFly, at {@code /shop}, on an
 * ephemeral port, set up as WildFly sets up a WAR that has the jar: the initializer installs the
 * filter, web-fragment.xml's default error page and its servlet, the servlet extension that
 * META-INF/services names, and Undertow's own default servlet for the files in {@code root}.
 */
final class UndertowApp implements AutoCloseable {

    private final Undertow server;
    private final DeploymentManager manager;
    private final URI base;

    private UndertowApp(Undertow server, DeploymentManager manager, URI base) {
        this.server = server;
        this.manager = manager;
        this.base = base;
    }

    /** Starts the application with the files in {@code root} and {@code servlets} mapped by path. */
    static UndertowApp start(Path root, Map<String, Servlet> servlets) throws Exception {
        return start(root, servlets, deployment -> { });
    }

    /** Starts the application as {@link #start(Path, Map)} does, its deployment further set up by {@code setup}. */
    static UndertowApp start(Path root, Map<String, Servlet> servlets, Consumer<DeploymentInfo> setup)
            throws Exception {
        DeploymentInfo deployment = Servlets.deployment()
                .setClassLoader(UndertowApp.class.getClassLoader())
                .setContextPath("/shop")
                .setDeploymentName("shop.war")
                .setResourceManager(new PathResourceManager(root))
                .addServletContainerInitializer(new ServletContainerInitializerInfo(StatusProblemsInitializer.class, Set.of()))
                .addServlet(Servlets.servlet("dev.statusproblems.servlet.ErrorPage", ErrorPageServlet.class)
                        .addMapping(ErrorPageServlet.PATH).setAsyncSupported(true))
                .addErrorPage(new ErrorPage(ErrorPageServlet.PATH));
        setup.accept(deployment);
        // the jar's servlet extension is found as WildFly finds it, through META-INF/services
        servlets.forEach((path, servlet) -> deployment.addServlet(Servlets.servlet(path, servlet.getClass(),
                new ImmediateInstanceFactory<>(servlet)).addMapping(path)));
        DeploymentManager manager = Servlets.defaultContainer().addDeployment(deployment);
        manager.deploy();
        Undertow server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(Handlers.path().addPrefixPath("/shop", manager.start())).build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        return new UndertowApp(server, manager, URI.create("http://127.0.0.1:" + port + "/shop"));
    }

    URI uri(String path) {
        return base.resolve(base.getPath() + path);
    }

    @Override
    public void close() throws jakarta.servlet.ServletException {
        server.stop();
        manager.stop();
        manager.undeploy();
    }
}
