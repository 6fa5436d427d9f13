package dev.statusproblems.cdi.internal;

import dev.statusproblems.testsupport.Conformance;
import dev.statusproblems.testsupport.conformance.OutOfCreditException;
import java.net.URI;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance table through the catalogue servlet, on a real Jetty with Weld, at
 * {@code /shop/problems}, and at {@code /uuid-shop/problems} in an application that sets
 * {@code statusproblems.instance=uuid} as a context parameter.
 */
class ConformanceTest {

    private static WeldContainer weld;
    private static Server server;
    private static Conformance.Application application;
    private static Conformance.Application uuids;

    @BeforeAll
    static void start() throws Exception {
        weld = new Weld().disableDiscovery().addExtension(new StatusProblemsExtension())
                .addBeanClasses(OutOfCreditException.class).initialize();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler shop = new ServletContextHandler("/shop");
        shop.addServletContainerInitializer(new CatalogueInitializer());
        ServletContextHandler uuidShop = new ServletContextHandler("/uuid-shop");
        uuidShop.setInitParameter(Conformance.Instance.KEY, Conformance.Instance.UUID.value());
        uuidShop.addServletContainerInitializer(new CatalogueInitializer());
        server.setHandler(new ContextHandlerCollection(shop, uuidShop));
        server.start();
        URI root = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
        application = new Conformance.Application("Jetty", root, "/shop", "");
        uuids = new Conformance.Application("Jetty", root, "/uuid-shop", "", Conformance.Instance.UUID);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            server.stop();
        } finally {
            weld.shutdown();
        }
    }

    static Stream<Conformance.Case> cases() {
        return Conformance.cases(Set.of(Conformance.Sender.CATALOGUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsEverySenderDoes(Conformance.Case c) {
        Conformance.check(application, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void identifiesClientErrorsByUuidWhenTheApplicationSaysSo(Conformance.Case c) {
        Conformance.check(uuids, c);
    }
}
