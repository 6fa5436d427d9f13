package dev.statusproblems.jaxrs.shop;

import dev.statusproblems.testsupport.Conformance;
import dev.statusproblems.testsupport.conformance.ConformanceResource;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The conformance table through the JAX-RS mappers, on the runtime this run boots. */
class ConformanceTest {

    private static TestServer server;
    private static Conformance.Application application;

    /** An application of the conformance resource alone; the feature comes through META-INF/services. */
    public static final class ConformanceApplication extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ConformanceResource.class);
        }
    }

    @BeforeAll
    static void start() {
        server = TestServer.start(new ConformanceApplication());
        URI root = server.uri("");
        application = new Conformance.Application(TestServer.RUNTIME + " (EE " + TestServer.EE + ")", root.resolve("/"), "/shop", "");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Conformance.Case> cases() {
        return Conformance.cases(Set.of(Conformance.Sender.JAXRS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsEverySenderDoes(Conformance.Case c) {
        Conformance.check(application, c);
    }
}
