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

/** Assembles the two benchmark WARs from the app classes this jar carries and the suite's jars. */
final class Wars {

    private static final String APP = "dev/statusproblems/benchmarks/app/";

    private Wars() {
    }

    /**
     * Writes {@code war} holding the app classes in {@code WEB-INF/classes} and {@code libraries} in
     * {@code WEB-INF/lib}.
     */
    static void write(Path war, List<Path> libraries) throws IOException {
        Map<String, byte[]> classes = appClasses();
        if (classes.isEmpty()) {
            throw new IllegalStateException("no classes under " + APP + " next to " + codeSource());
        }
        try (OutputStream file = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(file)) {
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
