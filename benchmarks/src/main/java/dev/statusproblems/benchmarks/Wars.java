package dev.statusproblems.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Assembles the benchmark WARs from the app classes this jar carries, the web.xml they share and the
 * libraries of each: the application ({@code app}) in every WAR, and the classes that need one
 * library ({@code app.ours}, {@code app.zalando}) only in the WAR that holds it.
 */
final class Wars {

    /** The application every WAR holds. */
    static final String APP = "dev/statusproblems/benchmarks/app/";
    /** The classes that need the suite. */
    static final String OURS = APP + "ours/";
    /** The classes that need zalando's problem. */
    static final String ZALANDO = APP + "zalando/";
    private static final String WEB_XML = "/dev/statusproblems/benchmarks/web.xml";

    private Wars() {
    }

    /**
     * Writes {@code war} holding the classes of {@code packages} (folders such as {@link #APP}, not
     * their subfolders) in {@code WEB-INF/classes}, the shared web.xml, and {@code libraries} in
     * {@code WEB-INF/lib}.
     */
    static void write(Path war, List<String> packages, List<Path> libraries) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : appClasses().entrySet()) {
            String name = entry.getKey();
            if (packages.contains(name.substring(0, name.lastIndexOf('/') + 1))) {
                classes.put(name, entry.getValue());
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("no classes under " + packages + " next to " + codeSource());
        }
        try (OutputStream file = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(file);
                InputStream webXml = Wars.class.getResourceAsStream(WEB_XML)) {
            if (webXml == null) {
                throw new IllegalStateException("no " + WEB_XML + " next to " + codeSource());
            }
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            webXml.transferTo(zip);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            for (Path library : libraries) {
                if (!Files.isRegularFile(library)) {
                    throw new IllegalStateException("not a jar file: " + library);
                }
                zip.putNextEntry(new ZipEntry("WEB-INF/lib/" + library.getFileName()));
                Files.copy(library, zip);
                zip.closeEntry();
            }
        }
    }

    private static Map<String, byte[]> appClasses() throws IOException {
        Path source = codeSource();
        Map<String, byte[]> classes = new TreeMap<>();
        if (Files.isDirectory(source)) {
            Path root = source.resolve(APP);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    classes.put(APP + root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return classes;
        }
        try (JarFile jar = new JarFile(source.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                if (entry.getName().startsWith(APP) && !entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        classes.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return classes;
    }

    private static Path codeSource() {
        try {
            return Path.of(Wars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the benchmark classes", e);
        }
    }
}
