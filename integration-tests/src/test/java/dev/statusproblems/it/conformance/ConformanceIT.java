package dev.statusproblems.it.conformance;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.testsupport.Conformance;
import dev.statusproblems.testsupport.conformance.ConformanceResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance table on the server of this run: one WAR with all four jars, the table's JAX-RS
 * resource, its servlets, a security constraint, a static file and the catalogue, every situation
 * through every sender.
 */
@ExtendWith(ArquillianExtension.class)
class ConformanceIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return war("conformance", Conformance.Instance.PATH);
    }

    /**
     * The table's WAR, named {@code name}, whose web.xml sets the table's settings and
     * {@code statusproblems.instance} unless it is the default.
     */
    static WebArchive war(String name, Conformance.Instance instance) {
        String webXml;
        try (InputStream in = ConformanceIT.class.getResourceAsStream("/conformance/web.xml")) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> parameters = new TreeMap<>(Conformance.settings("/api"));
        if (instance != Conformance.Instance.PATH) {
            parameters.put(Conformance.Instance.KEY, instance.value());
        }
        StringBuilder params = new StringBuilder();
        parameters.forEach((key, value) -> params.append("<context-param><param-name>").append(key)
                .append("</param-name><param-value>").append(value).append("</param-value></context-param>"));
        webXml = webXml.replace("<!-- context-param -->", params);
        if (Server.current() == Server.LIBERTY) {
            // Liberty sends its own page for a security constraint, never the web fragment's default error
            // page: the error pages by code that the README tells a Liberty user to add (ErrorCodePagesIT)
            String pages = "";
            for (int code : new int[] {401, 403}) {
                pages += "<error-page><error-code>" + code + "</error-code><location>/.status-problems/error</location>"
                        + "</error-page>";
            }
            webXml = webXml.replace("</web-app>", pages + "</web-app>");
        }
        return Deployments.war(name)
                .addClass(ConformanceApplication.class)
                .addPackage(ConformanceResource.class.getPackage())
                .addAsWebResource(new StringAsset("secret"), "conformance-secured/file.txt")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .setWebXML(new StringAsset(webXml));
    }

    static Stream<Conformance.Case> cases() {
        return Conformance.cases(EnumSet.allOf(Conformance.Sender.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsEverySenderDoes(Conformance.Case c) {
        URI root = URI.create(base.toString()).resolve("/");
        String context = Http.contextPath(base).replaceAll("/$", "");
        Conformance.check(new Conformance.Application(Server.current().name(), root, context, "/api"), c);
    }
}
