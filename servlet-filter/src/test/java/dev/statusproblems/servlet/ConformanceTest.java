package dev.statusproblems.servlet;

import dev.statusproblems.testsupport.Conformance;
import dev.statusproblems.testsupport.conformance.ConformanceServlet;
import dev.statusproblems.testsupport.conformance.GetOnlyServlet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance table through the servlet filter and the default error page, on Jetty 12, Tomcat
 * 10.1 and Undertow 2.3, each serving the conformance servlets and static files at {@code /shop}.
 */
final class ConformanceTest {

    @TempDir
    static Path dir;

    private static JettyApp jetty;
    private static TomcatApp tomcat;
    private static UndertowApp undertow;

    @BeforeAll
    static void start() throws Exception {
        Path jettyRoot = Files.createDirectories(dir.resolve("jetty"));
        jetty = JettyApp.start(Map.of(), context -> {
            context.setBaseResource(ResourceFactory.of(context).newResource(jettyRoot));
            context.addServlet(new ServletHolder("default", DefaultServlet.class), "/");
            context.addServlet(new ServletHolder("conformance", new ConformanceServlet()), ConformanceServlet.MAPPING);
            context.addServlet(new ServletHolder("get-only", new GetOnlyServlet()), GetOnlyServlet.MAPPING);
        });
        tomcat = TomcatApp.start(Files.createDirectories(dir.resolve("tomcat-base")), context -> {
            Tomcat.addServlet(context, "default", "org.apache.catalina.servlets.DefaultServlet");
            map(context, "/", "default");
            Tomcat.addServlet(context, "conformance", new ConformanceServlet());
            map(context, ConformanceServlet.MAPPING, "conformance");
            Tomcat.addServlet(context, "get-only", new GetOnlyServlet());
            map(context, GetOnlyServlet.MAPPING, "get-only");
        });
        undertow = UndertowApp.start(Files.createDirectories(dir.resolve("undertow")), Map.of(
                ConformanceServlet.MAPPING, new ConformanceServlet(), GetOnlyServlet.MAPPING, new GetOnlyServlet()));
    }

    @SuppressWarnings("deprecation") // addServletMappingDecoded is how embedded Tomcat 10.1 maps a servlet
    private static void map(Context context, String pattern, String name) {
        context.addServletMappingDecoded(pattern, name);
    }

    @AfterAll
    static void stop() throws Exception {
        if (undertow != null) {
            undertow.close();
        }
        if (jetty != null) {
            jetty.close();
        }
        if (tomcat != null) {
            tomcat.close();
        }
    }

    static Stream<Arguments> cases() {
        // no security constraint in process: the servers' runs have the 401
        return Conformance.cases(Set.of(Conformance.Sender.SERVLET), s -> s != Conformance.Situation.SECURITY_401)
                .flatMap(c -> Stream.of("Jetty", "Tomcat", "Undertow").map(container -> Arguments.of(container, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void answersAsEverySenderDoes(String container, Conformance.Case c) {
        URI shop = container.equals("Jetty") ? jetty.uri("") : container.equals("Tomcat") ? tomcat.uri("") : undertow.uri("");
        Conformance.check(new Conformance.Application(container, shop.resolve("/"), "/shop", ""), c);
    }
}
