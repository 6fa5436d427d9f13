package dev.statusproblems.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the application runs without the OpenTelemetry API, a problem loads no class that links against
 * it: the test's class path without OpenTelemetry's jars, in a class loader of its own.
 */
class TracesAbsentTest {

    /** A class loader over the test's class path but OpenTelemetry, that tells which classes it loaded. */
    private static final class WithoutOpenTelemetry extends URLClassLoader {

        WithoutOpenTelemetry() throws MalformedURLException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.contains("opentelemetry")) {
                    urls.add(new File(entry).toURI().toURL());
                }
            }
            return urls.toArray(new URL[0]);
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void serverErrorWithoutOpenTelemetryLoadsNoClassThatLinksAgainstIt() throws Exception {
        try (WithoutOpenTelemetry loader = new WithoutOpenTelemetry()) {
            assertThatThrownBy(() -> Class.forName("io.opentelemetry.api.trace.Span", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);

            Runnable application = (Runnable) Class.forName(UntracedApplication.class.getName(), true, loader)
                    .getConstructor().newInstance();
            application.run();

            assertThat(loader.loaded("dev.statusproblems.responses.internal.Traces")).as("the probe ran").isTrue();
            assertThat(loader.loaded("dev.statusproblems.responses.internal.OpenTelemetrySpans")).isFalse();
        }
    }
}
