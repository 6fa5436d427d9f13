package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.realm.NullRealm;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the jar registers itself, on embedded Tomcat (10.1, and 11 in the EE 11 run) with real discovery: each web application
 * has the jar in WEB-INF/lib, whose web-fragment.xml and ServletContainerInitializer Tomcat finds.
 */
final class RegistrationTest {

    private static final String FILTER = "dev.statusproblems.servlet.StatusProblemsFilter";

    @TempDir
    static Path dir;

    private static Tomcat tomcat;
    private static URI base;
    private static Context plain;
    private static Context declared;
    private static Context off;

    @BeforeAll
    static void start() throws Exception {
        Path jar = TomcatApp.jarOfTheModule(dir);
        tomcat = new Tomcat();
        tomcat.setBaseDir(dir.resolve("tomcat").toString());
        tomcat.setAddDefaultWebXmlToWebapp(false);
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        plain = webapp("/plain", jar, null);
        declared = webapp("/declared", jar, """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <filter>
                    <filter-name>problems</filter-name>
                    <filter-class>dev.statusproblems.servlet.StatusProblemsFilter</filter-class>
                    <async-supported>true</async-supported>
                  </filter>
                  <filter-mapping>
                    <filter-name>problems</filter-name>
                    <url-pattern>/*</url-pattern>
                    <dispatcher>REQUEST</dispatcher>
                  </filter-mapping>
                  <security-constraint>
                    <web-resource-collection>
                      <web-resource-name>account</web-resource-name>
                      <url-pattern>/account/*</url-pattern>
                    </web-resource-collection>
                    <auth-constraint><role-name>user</role-name></auth-constraint>
                  </security-constraint>
                  <login-config>
                    <auth-method>BASIC</auth-method>
                    <realm-name>shop</realm-name>
                  </login-config>
                  <security-role><role-name>user</role-name></security-role>
                </web-app>
                """);
        off = webapp("/off", jar, """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <context-param>
                    <param-name>statusproblems.servlet.enabled</param-name>
                    <param-value>false</param-value>
                  </context-param>
                </web-app>
                """);
        tomcat.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    private static Context webapp(String path, Path jar, String webXml) throws IOException {
        Path root = Files.createDirectories(dir.resolve(path.substring(1)));
        Path lib = Files.createDirectories(root.resolve("WEB-INF/lib"));
        Files.copy(jar, lib.resolve("servlet-filter.jar"));
        if (webXml != null) {
            Files.writeString(root.resolve("WEB-INF/web.xml"), webXml);
        }
        Context context = tomcat.addWebapp(path, root.toString());
        StandardJarScanner scanner = new StandardJarScanner();
        scanner.setScanClassPath(false); // only WEB-INF/lib, as in a deployed WAR
        context.setJarScanner(scanner);
        context.setRealm(new NullRealm());
        Tomcat.addServlet(context, "orders", Endpoint.of((req, res) -> res.sendError(404, "Order 42 does not exist")));
        TomcatApp.map(context, "/orders/*", "orders");
        Tomcat.addServlet(context, "account", Endpoint.of((req, res) -> res.getWriter().write("yours")));
        TomcatApp.map(context, "/account/*", "account");
        return context;
    }

    @AfterAll
    static void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    private static List<FilterRegistration> ours(Context context) {
        ServletContext servletContext = context.getServletContext();
        return servletContext.getFilterRegistrations().values().stream()
                .filter(r -> FILTER.equals(r.getClassName())).collect(Collectors.toList());
    }

    @Test
    void runsOnTheServletVersionThisRunAskedFor() {
        // surefire runs this class on Tomcat 10.1 (EE 10, servlet 6.0) and on Tomcat 11 (EE 11, servlet 6.1)
        ServletContext context = plain.getServletContext();

        assertThat(context.getMajorVersion() + "." + context.getMinorVersion())
                .isEqualTo(Integer.getInteger("statusproblems.test.ee", 10) >= 11 ? "6.1" : "6.0");
    }

    @Test
    void registersItselfWithoutWebXmlFirstForEveryDispatch() {
        assertThat(ours(plain)).singleElement().satisfies(r -> assertThat(r.getUrlPatternMappings()).containsExactly("/*"));
        FilterMap first = ((StandardContext) plain).findFilterMaps()[0];
        assertThat(first.getFilterName()).isEqualTo(FILTER);
        assertThat(first.getDispatcherNames()).containsExactlyInAnyOrder("REQUEST", "FORWARD", "INCLUDE", "ASYNC", "ERROR");

        HttpResponse<String> response = Http.get(base.resolve("/plain/orders/42"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).hasValue("Order 42 does not exist");
        assertThat(problem.instance()).hasValue(URI.create("/plain/orders/42"));
    }

    @Test
    void declaredInWebXmlIsNotRegisteredTwice() {
        assertThat(ours(declared)).singleElement().satisfies(r -> assertThat(r.getName()).isEqualTo("problems"));

        HttpResponse<String> response = Http.get(base.resolve("/declared/orders/42"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ProblemJson.parse(response.body()).detail()).hasValue("Order 42 does not exist");
    }

    @Test
    void securityConstraintUnauthorizedReachesTheDefaultErrorPageWithItsHeader() {
        HttpResponse<String> response = Http.get(base.resolve("/declared/account/orders"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWithIgnoringCase("basic").contains("realm=\"shop\""));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.instance()).hasValue(URI.create("/declared/account/orders"));
    }

    @Test
    void contextParameterSwitchesItOff() {
        assertThat(ours(off)).isEmpty();

        HttpResponse<String> response = Http.get(base.resolve("/off/orders/42"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/plain;charset=UTF-8");
        assertThat(response.body()).isEqualTo("404 Not Found\n");
    }
}
