package dev.statusproblems.it.support;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The managed server an integration test runs on, as chosen by the failsafe execution. */
public enum Server {
    /** WildFly, with RESTEasy, Undertow and Weld. */
    WILDFLY,
    /**
     * Payara Server, with Jersey, Grizzly and Weld; also Payara Micro (launch {@code payara-micro}) and
     * GlassFish (launch {@code glassfish}), from which Payara is built, which answer as Payara does where
     * the tests look.
     */
    PAYARA,
    /** Open Liberty, with RESTEasy, its own web container and Weld. */
    LIBERTY;

    /** Returns the server of this test run, named by the {@code arquillian.launch} system property. */
    public static Server current() {
        String launch = System.getProperty("arquillian.launch");
        if (launch == null) {
            throw new IllegalStateException(
                    "arquillian.launch is not set: run the integration tests through Maven (failsafe)");
        }
        if (launch.equals("glassfish")) {
            return PAYARA;
        }
        // A launch may name a variant of a server's set-up: "wildfly-global" is WildFly too.
        int variant = launch.indexOf('-');
        return valueOf((variant < 0 ? launch : launch.substring(0, variant)).toUpperCase(Locale.ROOT));
    }

    /** Returns whether this run is on GlassFish rather than Payara, for what only GlassFish does. */
    public static boolean glassFish() {
        return "glassfish".equals(System.getProperty("arquillian.launch"));
    }

    /** Returns whether this run is on Payara Micro, which starts a server of its own for each deployment. */
    public static boolean micro() {
        return "payara-micro".equals(System.getProperty("arquillian.launch"));
    }

    /**
     * Returns the {@code Content-Language} the container puts on every response by itself, a success's
     * and a 304's too: Liberty's names its default locale; the others add none.
     */
    public Optional<String> ownContentLanguage() {
        return this == LIBERTY ? Optional.of("en") : Optional.empty();
    }

    /**
     * Returns the server's main log file, where it writes what applications log: the {@code server.log}
     * system property where the execution names it (GlassFish, Payara Micro), else the server's own.
     */
    public Path logFile() {
        String log = System.getProperty("server.log");
        if (log != null) {
            return Path.of(log);
        }
        switch (this) {
            case WILDFLY:
                return home("wildfly.home").resolve("standalone/log/server.log");
            case PAYARA:
                return home("payara.home").resolve("glassfish/domains/domain1/logs/server.log");
            case LIBERTY:
                return home("liberty.home").resolve("usr/servers/defaultServer/logs/messages.log");
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
