package dev.statusproblems.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The machine the figures were measured on, as a Markdown list. */
final class Machine {

    private Machine() {
    }

    static String markdown() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "- CPU: %s, %d cores available to the JVM%n"
                + "- memory: %.1f GiB%n"
                + "- JDK: %s %s (%s)%n"
                + "- OS: %s, %s %s %s%n"
                + "- load average when the run began (1, 5, 15 min): %s%n",
                cpuModel(), Runtime.getRuntime().availableProcessors(), memory / (double) (1L << 30),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), osRelease(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), loadAverage());
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo").flatMap(text -> text.lines().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst()).orElse("unknown");
    }

    private static String osRelease() {
        return read("/etc/os-release").flatMap(text -> text.lines().filter(l -> l.startsWith("PRETTY_NAME="))
                .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst()).orElse("unknown");
    }

    private static String loadAverage() {
        return read("/proc/loadavg").map(text -> {
            String[] parts = text.trim().split("\\s+");
            return parts.length >= 3 ? parts[0] + ", " + parts[1] + ", " + parts[2] : "unknown";
        }).orElse("unknown");
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
