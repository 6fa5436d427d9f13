package dev.statusproblems.servlet;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.realm.NullRealm;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;

/**
 * A web application on embedded Tomcat 10.1 at {@code /shop}, on an ephemeral port, with the jar in
 * WEB-INF/lib, whose web-fragment.xml and ServletContainerInitializer Tomcat finds as in a deployed WAR.
 */
final class TomcatApp implements AutoCloseable {

    private final Tomcat tomcat;
    private final URI base;

    private TomcatApp(Tomcat tomcat, URI base) {
        this.tomcat = tomcat;
        this.base = base;
    }

    /** Starts Tomcat in {@code dir} with the web application's files in {@code dir/shop}, set up by {@code setup}. */
    static TomcatApp start(Path dir, Consumer<Context> setup) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(dir.resolve("tomcat").toString());
        tomcat.setAddDefaultWebXmlToWebapp(false);
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Path root = Files.createDirectories(dir.resolve("shop"));
        Path lib = Files.createDirectories(root.resolve("WEB-INF/lib"));
        Files.copy(jarOfTheModule(dir), lib.resolve("servlet-filter.jar"));
        Context context = tomcat.addWebapp("/shop", root.toString());
        StandardJarScanner scanner = new StandardJarScanner();
        scanner.setScanClassPath(false); // only WEB-INF/lib, as in a deployed WAR
        context.setJarScanner(scanner);
        context.setRealm(new NullRealm());
        setup.accept(context);
        tomcat.start();
        return new TomcatApp(tomcat, URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/shop"));
    }

    /** Maps {@code pattern} to the servlet named {@code name} in {@code context}. */
    @SuppressWarnings("deprecation") // addServletMappingDecoded is how embedded Tomcat 10.1 maps a servlet
    static void map(Context context, String pattern, String name) {
        context.addServletMappingDecoded(pattern, name);
    }

    /** The module's classes as the jar users put in WEB-INF/lib, written to {@code dir}. */
    static Path jarOfTheModule(Path dir) throws Exception {
        Path classes = Path.of(StatusProblemsFilter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("servlet-filter.jar");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Path f : files) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    URI uri(String path) {
        return base.resolve(base.getPath() + path);
    }

    @Override
    public void close() throws IOException {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (org.apache.catalina.LifecycleException e) {
            throw new IOException("Tomcat did not stop", e);
        }
    }
}
