package dev.statusproblems.it.support;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The part of a server's log file written after a mark: a test marks before its request and then
 * finds the lines the request caused (for instance the line with a 5xx problem's instance id).
 */
public final class ServerLog {

    // Payara writes its log from a background thread; a missed file event costs at most this long.
    private static final long MAX_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final Path file;
    private final long offset;

    private ServerLog(Path file, long offset) {
        this.file = file;
        this.offset = offset;
    }

    /** Returns the log of the current server from its present end on. */
    public static ServerLog fromNow() {
        return fromNow(Server.current().logFile());
    }

    /** Returns the given log file from its present end on. */
    public static ServerLog fromNow(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        return new ServerLog(file, size(file));
    }

    /** Returns the log file this reads. */
    public Path file() {
        return file;
    }

    /** Returns the lines written since the mark (the last one possibly still incomplete). */
    public List<String> lines() {
        return text().lines().toList();
    }

    /** Returns the first line written since the mark that contains {@code needle}, if any yet. */
    public Optional<String> find(String needle) {
        if (needle == null || needle.isEmpty()) {
            throw new IllegalArgumentException("needle must not be empty");
        }
        return lines().stream().filter(line -> line.contains(needle)).findFirst();
    }

    /**
     * Waits until a line containing {@code needle} is written after the mark and returns it.
     *
     * @throws AssertionError if no such line appears within {@code timeout}
     */
    public String await(String needle, Duration timeout) throws InterruptedException {
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be a positive duration: " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (WatchService watcher = file.getFileSystem().newWatchService()) {
            file.getParent().register(watcher, ENTRY_CREATE, ENTRY_MODIFY);
            while (true) {
                Optional<String> line = find(needle);
                if (line.isPresent()) {
                    return line.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No line containing \"" + needle + "\" was written to " + file
                            + " within " + timeout + "; written since the mark:\n" + text());
                }
                WatchKey key = watcher.poll(Math.min(left, MAX_POLL_NANOS), TimeUnit.NANOSECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text() {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            byte[] all = Files.readAllBytes(file);
            // A rotated log starts again from zero: everything in it is new.
            int from = all.length < offset ? 0 : Math.toIntExact(offset);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
