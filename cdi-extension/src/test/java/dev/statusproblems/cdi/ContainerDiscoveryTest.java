package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.MovedException;
import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.cdi.internal.CatalogueInitializer;
import dev.statusproblems.model.ProblemJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code @ProblemType} classes CDI's default ("annotated") discovery never sees, found by the
 * servlet container instead: embedded Tomcat 10.1 with real discovery, this module's jar in
 * WEB-INF/lib, the application's exception classes (no bean-defining annotation, no CDI at all) in
 * WEB-INF/classes.
 */
final class ContainerDiscoveryTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static Path jar;
    private static Tomcat shop;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        jar = jarOfTheModule();
        shop = tomcat("shop-server");
        webapp(shop, "/shop", OutOfCreditException.class);
        shop.start();
        base = URI.create("http://127.0.0.1:" + shop.getConnector().getLocalPort());
    }

    @AfterAll
    static void stop() throws Exception {
        shop.stop();
        shop.destroy();
    }

    private static Tomcat tomcat(String name) {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(dir.resolve(name).toString());
        tomcat.setAddDefaultWebXmlToWebapp(false);
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        return tomcat;
    }

    /** A web application at {@code path} of this module's jar and {@code classes}, without web.xml. */
    private static Context webapp(Tomcat tomcat, String path, Class<?>... classes) throws Exception {
        Path root = Files.createDirectories(dir.resolve("webapps" + path));
        Files.copy(jar, Files.createDirectories(root.resolve("WEB-INF/lib")).resolve("cdi-extension.jar"));
        for (Class<?> type : classes) {
            String file = type.getName().replace('.', '/') + ".class";
            Path target = root.resolve("WEB-INF/classes").resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(testClasses().resolve(file), target);
        }
        Context context = tomcat.addWebapp(path, root.toString());
        StandardJarScanner scanner = new StandardJarScanner();
        scanner.setScanClassPath(false); // only WEB-INF/lib, as in a deployed WAR
        context.setJarScanner(scanner);
        return context;
    }

    private static Path testClasses() throws Exception {
        return Path.of(ContainerDiscoveryTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The module's classes as the jar users put in WEB-INF/lib. */
    private static Path jarOfTheModule() throws Exception {
        Path classes = Path.of(CatalogueInitializer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jarFile = dir.resolve("cdi-extension.jar");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        try (OutputStream file = Files.newOutputStream(jarFile); JarOutputStream out = new JarOutputStream(file)) {
            for (Path f : files) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jarFile;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void problemTypeWithoutBeanDefiningAnnotationIsListedResolvedUnderTheContext() throws Exception {
        HttpResponse<String> response = get("/shop/problems");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getJsonArray("problemTypes").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("type")).isEqualTo("/shop/problems/out-of-credit");
                    assertThat(entry.getInt("status")).isEqualTo(403);
                    assertThat(entry.getString("page")).isEqualTo("/shop/problems/out-of-credit");
                });
    }

    @Test
    void pageOfAProblemTypeWithoutBeanDefiningAnnotationIsServedAtItsType() throws Exception {
        HttpResponse<String> response = get("/shop/problems/out-of-credit");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonObject page = json(response);
        assertThat(page.getString("type")).isEqualTo("/shop/problems/out-of-credit");
        assertThat(page.getString("title")).isEqualTo("You do not have enough credit");
        assertThat(ProblemJson.parse(page.getJsonObject("example").toString()).type())
                .isEqualTo(URI.create("/shop/problems/out-of-credit"));
    }

    @Test
    void invalidProblemTypeFailsTheStartWithTheMessageOfTheCdiDeploymentFailure() throws Exception {
        Tomcat tomcat = tomcat("bad-server");
        Context bad = webapp(tomcat, "/bad", MovedException.class);
        List<Throwable> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getThrown() != null) {
                    logged.add(record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            tomcat.start();
        } finally {
            root.removeHandler(capture);
            tomcat.stop();
            tomcat.destroy();
        }

        String message = "@ProblemType on dev.statusproblems.cdi.fixtures.MovedException: status 302 is not an"
                + " error status; use 400–599";
        assertThat(bad.getState().isAvailable()).isFalse();
        assertThat(logged).filteredOn(ServletException.class::isInstance).singleElement()
                .satisfies(thrown -> assertThat(thrown.getMessage()).isEqualTo(message));
        assertThat(DeploymentFailure.deploying(MovedException.class).message()).isEqualTo(message);
    }
}
