package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statusproblems.cdi.internal.StatusProblemsExtension;
import dev.statusproblems.cdi.undeployed.UndeployedException;
import dev.statusproblems.cdi.undeployed.UndeployedMovedException;
import dev.statusproblems.cdi.undeployed.UndeployedRecorder;
import dev.statusproblems.cdi.undeployed.UndeployedServlet;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.responses.ProblemResponses;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContainerInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.weld.Container;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * An application deployed from a class loader of its own on a real Jetty with a real Weld, as a
 * server deploys a WAR: it serves its catalogue, and its catalogue and the servlet filter each send
 * a problem that its observer sees; then it
 * is undeployed (Jetty stops its context, Weld shuts down) and everything that referenced it is
 * dropped. Its class loader must then be collectable: anything the suite keeps of an application
 * after it is gone (a static map keyed or valued by its loader, its BeanManager, its classes) keeps
 * every class of it in memory, redeploy after redeploy.
 *
 * <p>Two layouts: the suite's jars in the application's WEB-INF/lib (loaded by the application's
 * loader), and the suite installed server-wide (loaded by a loader every application shares, as the
 * WildFly global module in the integration tests' README); and a deployment that fails (an invalid
 * problem type), after which CDI fires no {@code BeforeShutdown}.
 *
 * <p>The server's part is played as a server plays it: it stops the web application, shuts Weld down
 * (or, after a failed start, drops Weld's container), and releases the application's MicroProfile
 * Config (SmallRye's, on the test's classpath). When a loader is not collected, the heap is written
 * to {@code target/undeploy-<case>.hprof}: the chain from a GC root to the loader names the holder.
 */
class UndeployTest {

    /**
     * Where the test's own classpath holds the suite: status-model's, the pipeline's, the servlet
     * filter's and this module's classes.
     */
    private static final List<URL> SUITE = List.of(location(ProblemDetail.class), location(ProblemResponses.class),
            root("dev/statusproblems/servlet/StatusProblemsFilter.class"), location(StatusProblemsExtension.class));
    /** Where the application's classes are: this module's test classes, of which it loads only its own. */
    private static final URL APPLICATION = location(UndeployedRecorder.class);

    private static final int MAX_COLLECTIONS = 20;
    private static final Duration COLLECTION_WAIT = Duration.ofMillis(200);

    @Test
    void applicationLoaderIsCollectedAfterUndeployWithTheSuiteInWebInfLib() throws Exception {
        ClassLoader server = new ServerLoader();
        List<URL> war = new ArrayList<>(SUITE);
        war.add(APPLICATION);

        ReferenceQueue<ClassLoader> queue = new ReferenceQueue<>();
        Reference<ClassLoader> application = deployServeAndUndeploy(war, server, queue);

        assertThat(collected(application, queue, "webinf-lib")).as("the application's class loader was collected")
                .isTrue();
    }

    @Test
    void applicationLoaderIsCollectedAfterUndeployWithTheSuiteInstalledServerWide() throws Exception {
        try (URLClassLoader shared = globalModule()) {
            ReferenceQueue<ClassLoader> queue = new ReferenceQueue<>();
            Reference<ClassLoader> application = deployServeAndUndeploy(List.of(APPLICATION), shared, queue);

            assertThat(collected(application, queue, "server-wide"))
                    .as("the application's class loader was collected").isTrue();
        }
    }

    @Test
    void applicationLoaderIsCollectedAfterAFailedDeploymentWithTheSuiteInstalledServerWide() throws Exception {
        try (URLClassLoader shared = globalModule()) {
            ReferenceQueue<ClassLoader> queue = new ReferenceQueue<>();
            Reference<ClassLoader> application = failToDeploy(List.of(APPLICATION), shared, queue);

            assertThat(collected(application, queue, "failed-server-wide"))
                    .as("the failed application's class loader was collected").isTrue();
        }
    }

    /** The suite installed once for the whole server. */
    private static URLClassLoader globalModule() {
        return new URLClassLoader("status-problems-global-module", SUITE.toArray(URL[]::new), new ServerLoader());
    }

    /**
     * Deploys an application whose WAR holds {@code war} on a loader under {@code parent}, checks that
     * it works, undeploys it, and returns a weak reference to its loader, with no strong one left here.
     */
    private static Reference<ClassLoader> deployServeAndUndeploy(List<URL> war, ClassLoader parent,
            ReferenceQueue<ClassLoader> queue) throws Exception {
        URLClassLoader application = new URLClassLoader("application", war.toArray(URL[]::new), parent);
        Reference<ClassLoader> reference = new WeakReference<>(application, queue);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        WeldContainer weld;
        Server jetty;
        int port;
        Class<?> recorder;
        thread.setContextClassLoader(application);
        try {
            // what the server does for a WAR: CDI boots with the application's loader as the context's
            recorder = application.loadClass(UndeployedRecorder.class.getName());
            Class<?> problemType = application.loadClass(UndeployedException.class.getName());
            weld = weld("undeployed", application, recorder, problemType).initialize();
            jetty = new Server();
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            jetty.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/app");
            context.setClassLoader(application);
            // the initializers the container finds in the jars' META-INF/services, with the @HandlesTypes classes
            context.addServletContainerInitializer((ServletContainerInitializer) newInstance(application,
                    "dev.statusproblems.cdi.internal.CatalogueInitializer"), problemType);
            context.addServletContainerInitializer((ServletContainerInitializer) newInstance(application,
                    "dev.statusproblems.servlet.internal.StatusProblemsInitializer"));
            // the default error page the servlet filter's web-fragment.xml declares
            Class<? extends Servlet> errorPage = application.loadClass(
                    "dev.statusproblems.servlet.internal.ErrorPageServlet").asSubclass(Servlet.class);
            String errorPagePath = (String) errorPage.getField("PATH").get(null);
            context.addServlet(errorPage, errorPagePath);
            ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
            errors.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, errorPagePath);
            context.setErrorHandler(errors);
            context.addServlet(application.loadClass(UndeployedServlet.class.getName()).asSubclass(Servlet.class),
                    "/things/*");
            jetty.setHandler(context);
            jetty.start();
            port = connector.getLocalPort();
        } finally {
            thread.setContextClassLoader(previous);
        }
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> catalogue = get(http, port, "/app/problems");
            assertThat(catalogue.statusCode()).isEqualTo(200);
            assertThat(catalogue.body()).contains("\"type\":\"/app/problems/undeployed-thing\"");
            HttpResponse<String> missing = get(http, port, "/app/problems/no-such-thing");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            HttpResponse<String> sendError = get(http, port, "/app/things/42");
            assertThat(sendError.statusCode()).isEqualTo(404);
            assertThat(sendError.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(sendError.body()).contains("\"detail\":\"There is no such thing\"");
            Object observer = weld.select(recorder).get();
            assertThat(recorder.getMethod("observed", int.class, long.class).invoke(observer, 2, 10_000L))
                    .as("the application's observer saw both problems").isEqualTo(true);
        } finally {
            // what the server does to undeploy: the web application stops, then its CDI container
            jetty.stop();
            jetty.destroy();
            weld.shutdown();
            // and, as a server with MicroProfile Config does (this one is SmallRye's, on the test's
            // classpath), its configuration, which the suite's settings had the implementation make
            releaseConfig(application);
        }
        application.close();
        return reference;
    }

    /**
     * Deploys an application with an invalid problem type, which CDI refuses, and returns a weak
     * reference to its loader, with no strong one left here.
     */
    private static Reference<ClassLoader> failToDeploy(List<URL> war, ClassLoader parent,
            ReferenceQueue<ClassLoader> queue) throws Exception {
        URLClassLoader application = new URLClassLoader("application", war.toArray(URL[]::new), parent);
        Reference<ClassLoader> reference = new WeakReference<>(application, queue);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            Weld weld = weld("failed", application, application.loadClass(UndeployedRecorder.class.getName()),
                    application.loadClass(UndeployedMovedException.class.getName()));
            assertThatThrownBy(weld::initialize).isInstanceOf(DeploymentException.class)
                    .hasMessageContaining("status 302 is not an error status");
        } finally {
            thread.setContextClassLoader(previous);
            // what the server does with a deployment that failed: Weld SE leaves its container registered
            Container.instance("failed").cleanup();
            releaseConfig(application);
        }
        application.close();
        return reference;
    }

    /**
     * Whether the collector clears {@code reference}, within a bounded number of collections; if it
     * does not, the heap is written to {@code target/undeploy-<layout>.hprof}, where the chain of
     * references that holds the loader can be read.
     */
    private static boolean collected(Reference<ClassLoader> reference, ReferenceQueue<ClassLoader> queue,
            String layout) throws InterruptedException, IOException {
        for (int i = 0; i < MAX_COLLECTIONS; i++) {
            System.gc();
            if (queue.remove(COLLECTION_WAIT.toMillis()) == reference || reference.refersTo(null)) {
                return true;
            }
        }
        Path dump = Path.of("target", "undeploy-" + layout + ".hprof");
        Files.deleteIfExists(dump);
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=HotSpotDiagnostic"),
                    "dumpHeap", new Object[] {dump.toString(), true},
                    new String[] {String.class.getName(), boolean.class.getName()});
        } catch (JMException unavailable) {
            throw new IOException("no heap dump of the undeployed application", unavailable);
        }
        return false;
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Weld for the application of {@code loader}, with the extension that loader sees, and no thread
     * of its own: a failed Weld SE start leaves its preloader thread running with the application's
     * loader as its context loader, where a server's deployer runs on threads of the server's.
     */
    private static Weld weld(String id, ClassLoader loader, Class<?>... beans) throws ReflectiveOperationException {
        return new Weld(id).disableDiscovery().setClassLoader(loader)
                .property("org.jboss.weld.se.shutdownHook", false)
                .property("org.jboss.weld.executor.threadPoolType", "NONE")
                .property("org.jboss.weld.bootstrap.preloaderThreadPoolSize", 0)
                .addExtension((Extension) newInstance(loader, StatusProblemsExtension.class.getName()))
                .addBeanClasses(beans);
    }

    /** Releases the MicroProfile Config of {@code application}, as the server does at undeploy. */
    private static void releaseConfig(ClassLoader application) throws ReflectiveOperationException {
        // by reflection: ConfigProviderResolver's bnd annotations are not on the compiler's classpath
        Class<?> resolver = Class.forName("org.eclipse.microprofile.config.spi.ConfigProviderResolver");
        resolver.getMethod("releaseConfig", Config.class).invoke(resolver.getMethod("instance").invoke(null),
                ConfigProvider.getConfig(application));
    }

    private static Object newInstance(ClassLoader loader, String name) throws ReflectiveOperationException {
        return loader.loadClass(name).getConstructor().newInstance();
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /** The directory or jar on the test's classpath that holds {@code classFile}, a class of a module not read here. */
    private static URL root(String classFile) {
        String found = String.valueOf(ClassLoader.getSystemResource(classFile));
        try {
            if (found.startsWith("jar:")) {
                return new URL(found.substring("jar:".length(), found.indexOf("!/")));
            }
            if (found.endsWith(classFile)) {
                return new URL(found.substring(0, found.length() - classFile.length()));
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(classFile + " is at " + found, e);
        }
        throw new IllegalStateException(classFile + " is not on the test's classpath: " + found);
    }

    /**
     * The server's own classes (Jakarta APIs, Weld, Jetty, JSON-P) without the suite: the test's
     * classpath with the suite and this module's test classes hidden, so that whoever loads the
     * suite or the application is the loader given them, never this one.
     */
    private static final class ServerLoader extends ClassLoader {

        private static final List<URL> HIDDEN =
                Stream.concat(SUITE.stream(), Stream.of(APPLICATION)).collect(Collectors.toList());

        ServerLoader() {
            super("server", UndeployTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("dev.statusproblems.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            URL found = super.getResource(name);
            return found == null || hidden(found) ? null : found;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> visible = new ArrayList<>();
            for (URL url : Collections.list(super.getResources(name))) {
                if (!hidden(url)) {
                    visible.add(url);
                }
            }
            return Collections.enumeration(visible);
        }

        private static boolean hidden(URL resource) {
            String at = resource.toString();
            for (URL location : HIDDEN) {
                if (at.startsWith(location.toString()) || at.startsWith("jar:" + location)) {
                    return true;
                }
            }
            return false;
        }
    }
}
