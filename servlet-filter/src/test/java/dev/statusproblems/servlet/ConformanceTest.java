package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.testsupport.Conformance;
import dev.statusproblems.testsupport.RawHttp;
import dev.statusproblems.testsupport.conformance.ConformanceServlet;
import dev.statusproblems.testsupport.conformance.GetOnlyServlet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import io.undertow.security.idm.Account;
import io.undertow.security.idm.Credential;
import io.undertow.security.idm.IdentityManager;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.SecurityInfo;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.LoginConfig;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.EmptyLoginService;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance table through the servlet filter and the default error page, on Jetty 12, Tomcat
 * 10.1 and Undertow 2.3, each serving the conformance servlets, static files and a BASIC security
 * constraint at {@code /shop}:
 * an application with the default settings, and one that sets {@code statusproblems.instance=uuid}
 * as a context parameter.
 */
final class ConformanceTest {

    private static final String[] CONTAINERS = {"Jetty", "Tomcat", "Undertow"};

    /** A security constraint on this path, for a role no one has, with BASIC authentication. */
    private static final String SECURED = "/conformance-secured/*";
    /** A security constraint on this path that no one may pass: a 403 to every client. */
    private static final String DENIED = "/conformance-denied/*";
    private static final String ROLE = "admin";
    private static final String REALM = "conformance";

    /** Undertow's BASIC authentication needs someone to ask; no one is known. */
    private static final IdentityManager NO_ONE = new IdentityManager() {
        @Override
        public Account verify(Account account) {
            return null;
        }

        @Override
        public Account verify(String id, Credential credential) {
            return null;
        }

        @Override
        public Account verify(Credential credential) {
            return null;
        }
    };

    @TempDir
    static Path dir;

    /** The running applications, by container and then setting. */
    private static final Map<String, AutoCloseable> APPS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        for (Conformance.Instance instance : new Conformance.Instance[] {Conformance.Instance.PATH, Conformance.Instance.UUID}) {
            Map<String, String> parameters = new HashMap<>(Conformance.settings(""));
            parameters.put(Conformance.Instance.KEY, instance.value());
            Path root = Files.createDirectories(dir.resolve(instance.value()));
            Path jettyRoot = Files.createDirectories(root.resolve("jetty"));
            APPS.put("Jetty " + instance, JettyApp.start(parameters, context -> {
                ConstraintMapping secured = new ConstraintMapping();
                secured.setPathSpec(SECURED);
                secured.setConstraint(Constraint.from(ROLE));
                ConstraintSecurityHandler security = (ConstraintSecurityHandler) context.getSecurityHandler();
                security.addConstraintMapping(secured);
                ConstraintMapping denied = new ConstraintMapping();
                denied.setPathSpec(DENIED);
                denied.setConstraint(Constraint.FORBIDDEN);
                security.addConstraintMapping(denied);
                security.setAuthenticator(new BasicAuthenticator());
                security.setLoginService(new EmptyLoginService());
                security.setRealmName(REALM);
                context.setBaseResource(ResourceFactory.of(context).newResource(jettyRoot));
                context.addServlet(new ServletHolder("default", DefaultServlet.class), "/");
                context.addServlet(new ServletHolder("conformance", new ConformanceServlet()), ConformanceServlet.MAPPING);
                context.addServlet(new ServletHolder("get-only", new GetOnlyServlet()), GetOnlyServlet.MAPPING);
            }));
            APPS.put("Tomcat " + instance, TomcatApp.start(Files.createDirectories(root.resolve("tomcat-base")), context -> {
                parameters.forEach(context::addParameter);
                SecurityCollection collection = new SecurityCollection();
                collection.addPattern(SECURED);
                SecurityConstraint secured = new SecurityConstraint();
                secured.addCollection(collection);
                secured.addAuthRole(ROLE);
                context.addConstraint(secured);
                SecurityCollection deniedCollection = new SecurityCollection();
                deniedCollection.addPattern(DENIED);
                SecurityConstraint denied = new SecurityConstraint();
                denied.addCollection(deniedCollection);
                denied.setAuthConstraint(true);
                context.addConstraint(denied);
                context.addSecurityRole(ROLE);
                context.setLoginConfig(new LoginConfig("BASIC", REALM, null, null));
                Tomcat.addServlet(context, "default", "org.apache.catalina.servlets.DefaultServlet");
                TomcatApp.map(context, "/", "default");
                Tomcat.addServlet(context, "conformance", new ConformanceServlet());
                TomcatApp.map(context, ConformanceServlet.MAPPING, "conformance");
                Tomcat.addServlet(context, "get-only", new GetOnlyServlet());
                TomcatApp.map(context, GetOnlyServlet.MAPPING, "get-only");
            }));
            APPS.put("Undertow " + instance, UndertowApp.start(Files.createDirectories(root.resolve("undertow")),
                    Map.of(ConformanceServlet.MAPPING, new ConformanceServlet(), GetOnlyServlet.MAPPING, new GetOnlyServlet()),
                    deployment -> {
                        parameters.forEach(deployment::addInitParameter);
                        deployment.addSecurityConstraint(Servlets.securityConstraint().addRoleAllowed(ROLE)
                                .addWebResourceCollection(Servlets.webResourceCollection().addUrlPattern(SECURED)))
                                .addSecurityConstraint(Servlets.securityConstraint()
                                        .setEmptyRoleSemantic(SecurityInfo.EmptyRoleSemantic.DENY)
                                        .addWebResourceCollection(Servlets.webResourceCollection().addUrlPattern(DENIED)))
                                .addSecurityRole(ROLE)
                                .setLoginConfig(Servlets.loginConfig(REALM).addFirstAuthMethod("BASIC"))
                                .setIdentityManager(NO_ONE);
                    }));
        }
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
        return Conformance.cases(Set.of(Conformance.Sender.SERVLET), hosted)
                .flatMap(c -> Stream.of(CONTAINERS).filter(container -> !jettyKnowsNoPath(container, c))
                        .map(container -> Arguments.of(container, c)));
    }

    /**
     * Jetty 12 sends a security constraint's 401 to the error page with none of the error attributes,
     * so the path the client asked for, and with it the instance, cannot be known there
     * ({@link #jettyGivesAConstraints401EverythingButTheInstance}), nor whether it is under a path where
     * a 403 is hidden ({@link #jettyKeepsAConstraints403WhereItCannotKnowThePath}); WildFly and Payara give it.
     */
    private static boolean jettyKnowsNoPath(String container, Conformance.Case c) {
        return container.equals("Jetty") && (c.situation() == Conformance.Situation.SECURITY_401
                || c.situation() == Conformance.Situation.SECURITY_403_HIDDEN);
    }

    @Test
    void jettyGivesAConstraints401EverythingButTheInstance() {
        RawHttp.Response response = RawHttp.send(application("Jetty", Conformance.Instance.PATH).server(), "GET",
                "/shop/conformance-secured/file.txt", false);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWithIgnoringCase("Basic"));
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.instance()).isEmpty();
    }

    @Test
    void jettyKeepsAConstraints403WhereItCannotKnowThePath() {
        RawHttp.Response response = RawHttp.send(application("Jetty", Conformance.Instance.PATH).server(), "GET",
                "/shop/conformance-denied/file.txt", false);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(ProblemJson.parse(response.body()).status()).isEqualTo(403);
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
