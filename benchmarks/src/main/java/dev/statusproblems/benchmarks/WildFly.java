package dev.statusproblems.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One WildFly started from its unpacked distribution as a child process, on loopback with a port
 * offset of 200 (HTTP 8280, management 10190), holding the WARs copied into its deployments folder.
 */
final class WildFly implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int HTTP_PORT = 8280;
    private static final int MANAGEMENT_PORT = 10190;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern USED = Pattern.compile("used (\\d+)([KMG])");

    private final Process shell;
    private final Thread hook;
    private volatile boolean stopped;
    private boolean configured;

    private WildFly(Process shell) {
        this.shell = shell;
        this.hook = new Thread(this::stop, "wildfly-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Copies {@code wars} into the server's deployments folder, starts the server and returns once
     * each WAR is deployed; fails with the server's reason when one is not.
     */
    static WildFly start(Path home, List<Path> wars, Path log) throws IOException {
        for (int port : new int[] {HTTP_PORT, MANAGEMENT_PORT}) {
            if (listening(port)) {
                throw new IllegalStateException("something already listens on " + HOST + ":" + port
                        + "; stop it before running the server benchmark");
            }
        }
        Path deployments = home.resolve("standalone/deployments");
        for (Path war : wars) {
            String name = war.getFileName().toString();
            for (String suffix : new String[] {"", ".deployed", ".failed", ".isdeploying", ".pending", ".undeployed"}) {
                Files.deleteIfExists(deployments.resolve(name + suffix));
            }
            Files.copy(war, deployments.resolve(name));
        }
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/standalone.sh").toString(),
                "-Djboss.bind.address=" + HOST, "-Djboss.bind.address.management=" + HOST,
                "-Djboss.socket.binding.port-offset=200")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // The script then relays SIGTERM to the server JVM instead of leaving it orphaned.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        builder.environment().remove("JAVA_OPTS");
        WildFly server = new WildFly(builder.start());
        try {
            server.awaitDeployed(deployments, wars, log);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitDeployed(Path deployments, List<Path> wars, Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (Path war : wars) {
            String name = war.getFileName().toString();
            while (!Files.exists(deployments.resolve(name + ".deployed"))) {
                Path failed = deployments.resolve(name + ".failed");
                if (Files.exists(failed)) {
                    throw new IllegalStateException(name + " failed to deploy: "
                            + Files.readString(failed, StandardCharsets.UTF_8));
                }
                if (!shell.isAlive()) {
                    throw new IllegalStateException("WildFly exited with " + shell.exitValue() + "; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " not deployed within " + START_TIMEOUT.toSeconds()
                            + " s; see " + log);
                }
                try {
                    shell.waitFor(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + name, e);
                }
            }
        }
    }

    /** Returns the server JVM, the script's java child. */
    ProcessHandle jvm() {
        Optional<ProcessHandle> java = shell.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
        return java.orElseThrow(() -> new IllegalStateException("no WildFly JVM under " + shell.pid()));
    }

    /** Runs a full GC in the server JVM and returns the bytes of heap still used (the live set). */
    long liveHeapBytes() {
        long pid = jvm().pid();
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        long used = 0;
        for (String line : info.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("Metaspace") || trimmed.startsWith("class space")) {
                continue;
            }
            Matcher m = USED.matcher(trimmed);
            if (m.find()) {
                long unit = switch (m.group(2)) {
                    case "K" -> 1L << 10;
                    case "M" -> 1L << 20;
                    default -> 1L << 30;
                };
                used += Long.parseLong(m.group(1)) * unit;
            }
        }
        if (used == 0) {
            throw new IllegalStateException("no heap figure in jcmd GC.heap_info: " + info);
        }
        return used;
    }

    /**
     * Records the server JVM with Java Flight Recorder (profiling settings, the most frequent method
     * sampling) while {@code during} runs and returns the recording.
     */
    Path record(Path file, Runnable during) {
        long pid = jvm().pid();
        if (!configured) {
            // Deep enough for the stacks of a request through Undertow, RESTEasy and the filter.
            jcmd(pid, "JFR.configure stackdepth=512");
            configured = true;
        }
        // A sample every millisecond rather than every 10: more samples, a narrower interval for a share.
        jcmd(pid, "JFR.start name=bench settings=profile method-profiling=max");
        try {
            during.run();
        } finally {
            jcmd(pid, "JFR.stop name=bench filename=" + file.toAbsolutePath());
        }
        return file;
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
            line.addAll(List.of(command.split(" ")));
            Process process = new ProcessBuilder(line)
                    .redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("jcmd " + command + " failed: "
                        + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running jcmd " + command, e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server: SIGTERM through the script, then a forced kill of what is left after the bound. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<ProcessHandle> tree = shell.descendants().toList();
        shell.destroy();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        try {
            shell.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (ProcessHandle p : tree) {
                long left = Math.max(1, deadline - System.nanoTime());
                try {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            if (shell.isAlive()) {
                shell.destroyForcibly();
            }
        }
    }
}
