package dev.statusproblems.it.support;

import java.nio.file.Path;
import java.util.Locale;

/** The managed server an integration test runs on, as chosen by the failsafe execution. */
public enum Server {
    /** WildFly, with RESTEasy, Undertow and Weld. */
    WILDFLY,
    /** Payara Server, with Jersey, Grizzly and Weld. */
    PAYARA;

    /** Returns the server of this test run, named by the {@code arquillian.launch} system property. */
    public static Server current() {
        String launch = System.getProperty("arquillian.launch");
        if (launch == null) {
            throw new IllegalStateException(
                    "arquillian.launch is not set: run the integration tests through Maven (failsafe)");
        }
        // A launch may name a variant of a server's set-up: "wildfly-global" is WildFly too.
        int variant = launch.indexOf('-');
        return valueOf((variant < 0 ? launch : launch.substring(0, variant)).toUpperCase(Locale.ROOT));
    }

    /** Returns the server's main log file, where it writes what applications log. */
    public Path logFile() {
        switch (this) {
            case WILDFLY:
                return home("wildfly.home").resolve("standalone/log/server.log");
            case PAYARA:
                return home("payara.home").resolve("glassfish/domains/domain1/logs/server.log");
            default:
                throw new AssertionError(this);
        }
    }

    private static Path home(String property) {
        String home = System.getProperty(property);
        if (home == null) {
            throw new IllegalStateException(property + " is not set: run the integration tests through Maven (failsafe)");
        }
        return Path.of(home);
    }
}
