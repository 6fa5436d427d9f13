package dev.statusproblems.servlet;

import dev.statusproblems.testsupport.Conformance;
import dev.statusproblems.testsupport.conformance.ConformanceServlet;
import dev.statusproblems.testsupport.conformance.GetOnlyServlet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
 * 10.1 and Undertow 2.3, each serving the conformance servlets and static files at {@code /shop}:
 * an application with the default settings, and one that sets {@code statusproblems.instance=uuid}
 * as a context parameter.
 */
final class ConformanceTest {

    private static final String[] CONTAINERS = {"Jetty", "Tomcat", "Undertow"};

    @TempDir
    static Path dir;

    /** The running applications, by container and then setting. */
    private static final Map<String, AutoCloseable> APPS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        for (Conformance.Instance instance : new Conformance.Instance[] {Conformance.Instance.PATH, Conformance.Instance.UUID}) {
            Map<String, String> parameters = Map.of(Conformance.Instance.KEY, instance.value());
            Path root = Files.createDirectories(dir.resolve(instance.value()));
            Path jettyRoot = Files.createDirectories(root.resolve("jetty"));
            APPS.put("Jetty " + instance, JettyApp.start(parameters, context -> {
                context.setBaseResource(ResourceFactory.of(context).newResource(jettyRoot));
                context.addServlet(new ServletHolder("default", DefaultServlet.class), "/");
                context.addServlet(new ServletHolder("conformance", new ConformanceServlet()), ConformanceServlet.MAPPING);
                context.addServlet(new ServletHolder("get-only", new GetOnlyServlet()), GetOnlyServlet.MAPPING);
            }));
            APPS.put("Tomcat " + instance, TomcatApp.start(Files.createDirectories(root.resolve("tomcat-base")), context -> {
                parameters.forEach(context::addParameter);
                Tomcat.addServlet(context, "default", "org.apache.catalina.servlets.DefaultServlet");
                map(context, "/", "default");
                Tomcat.addServlet(context, "conformance", new ConformanceServlet());
                map(context, ConformanceServlet.MAPPING, "conformance");
                Tomcat.addServlet(context, "get-only", new GetOnlyServlet());
                map(context, GetOnlyServlet.MAPPING, "get-only");
            }));
            APPS.put("Undertow " + instance, UndertowApp.start(Files.createDirectories(root.resolve("undertow")),
                    Map.of(ConformanceServlet.MAPPING, new ConformanceServlet(), GetOnlyServlet.MAPPING, new GetOnlyServlet()),
                    parameters));
        }
    }

    @SuppressWarnings("deprecation") // addServletMappingDecoded is how embedded Tomcat 10.1 maps a servlet
    private static void map(Context context, String pattern, String name) {
        context.addServletMappingDecoded(pattern, name);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable app : APPS.values()) {
            app.close();
        }
    }

    private static Conformance.Application application(String container, Conformance.Instance instance) {
        AutoCloseable app = APPS.get(container + " " + instance);
        URI shop = app instanceof JettyApp ? ((JettyApp) app).uri("")
                : app instanceof TomcatApp ? ((TomcatApp) app).uri("") : ((UndertowApp) app).uri("");
        return new Conformance.Application(container, shop.resolve("/"), "/shop", "", instance);
    }

    private static Stream<Arguments> onEveryContainer(Predicate<Conformance.Situation> hosted) {
        // no security constraint in process: the servers' runs have the 401
        return Conformance.cases(Set.of(Conformance.Sender.SERVLET),
                hosted.and(situation -> situation != Conformance.Situation.SECURITY_401))
                .flatMap(c -> Stream.of(CONTAINERS).map(container -> Arguments.of(container, c)));
    }

    static Stream<Arguments> cases() {
        return onEveryContainer(situation -> true);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void answersAsEverySenderDoes(String container, Conformance.Case c) {
        Conformance.check(application(container, Conformance.Instance.PATH), c);
    }

    static Stream<Arguments> clientErrorCases() {
        return onEveryContainer(situation -> situation.status() < 500);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("clientErrorCases")
    void identifiesClientErrorsByUuidWhenTheApplicationSaysSo(String container, Conformance.Case c) {
        Conformance.check(application(container, Conformance.Instance.UUID), c);
    }
}
