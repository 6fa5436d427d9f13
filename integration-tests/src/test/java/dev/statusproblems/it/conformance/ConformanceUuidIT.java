package dev.statusproblems.it.conformance;

import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.testsupport.Conformance;
import java.net.URI;
import java.net.URL;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance table's client errors in the same WAR as {@link ConformanceIT}'s, whose web.xml
 * sets {@code statusproblems.instance=uuid}: every sender of the application, its JAX-RS mappers
 * among them, identifies a client error by a fresh {@code urn:uuid:}.
 */
@ExtendWith(ArquillianExtension.class)
class ConformanceUuidIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConformanceIT.war("conformance-uuid", Conformance.Instance.UUID);
    }

    static Stream<Conformance.Case> cases() {
        return Conformance.cases(EnumSet.allOf(Conformance.Sender.class), situation -> situation.status() < 500);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void identifiesClientErrorsByUuidWhenTheApplicationSaysSo(Conformance.Case c) {
        URI root = URI.create(base.toString()).resolve("/");
        String context = Http.contextPath(base).replaceAll("/$", "");
        Conformance.check(new Conformance.Application(Server.current().name(), root, context, "/api",
                Conformance.Instance.UUID), c);
    }
}
