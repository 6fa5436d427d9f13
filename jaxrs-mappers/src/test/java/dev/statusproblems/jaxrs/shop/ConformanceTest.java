package dev.statusproblems.jaxrs.shop;

import dev.statusproblems.testsupport.Conformance;
import dev.statusproblems.testsupport.conformance.ConformanceResource;
import jakarta.ws.rs.core.Application;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance table through the JAX-RS mappers, on the runtime this run boots: an application
 * with the default settings, and one that sets {@code statusproblems.instance=uuid} in its
 * properties (where a JAX-RS application without a servlet container keeps its settings).
 */
class ConformanceTest {

    private static TestServer defaults;
    private static TestServer uuids;

    /** An application of the conformance resource alone; the feature comes through META-INF/services. */
    public static class ConformanceApplication extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ConformanceResource.class);
        }

        @Override
        public Map<String, Object> getProperties() {
            return TestServer.applicationProperties(Conformance.settings(""));
        }
    }

    /** The same application, whose client errors are identified by a fresh {@code urn:uuid:}. */
    public static final class UuidApplication extends ConformanceApplication {
        @Override
        public Map<String, Object> getProperties() {
            Map<String, Object> properties = new HashMap<>(super.getProperties());
            properties.put(Conformance.Instance.KEY, Conformance.Instance.UUID.value());
            return properties;
        }
    }

    @BeforeAll
    static void start() {
        defaults = TestServer.start(new ConformanceApplication());
        uuids = TestServer.start(new UuidApplication());
    }

    @AfterAll
    static void stop() {
        try {
            defaults.close();
        } finally {
            uuids.close();
        }
    }

    private static Conformance.Application application(TestServer server, Conformance.Instance instance) {
        return new Conformance.Application(TestServer.RUNTIME + " (EE " + TestServer.EE + ")", server.uri("/"),
                "/shop", "", instance);
    }

    static Stream<Conformance.Case> cases() {
        return Conformance.cases(Set.of(Conformance.Sender.JAXRS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsEverySenderDoes(Conformance.Case c) {
        Conformance.check(application(defaults, Conformance.Instance.PATH), c);
    }

    static Stream<Conformance.Case> clientErrorCases() {
        return Conformance.cases(Set.of(Conformance.Sender.JAXRS), situation -> situation.status() < 500);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientErrorCases")
    void identifiesClientErrorsByUuidWhenTheApplicationSaysSo(Conformance.Case c) {
        Conformance.check(application(uuids, Conformance.Instance.UUID), c);
    }
}
