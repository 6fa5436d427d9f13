package dev.statusproblems.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The records of the suite's logger, "dev.statusproblems", as java.util.logging receives them, from
 * {@link #start()} to {@link #close()}.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("dev.statusproblems");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog() {
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Starts capturing. */
    public static CapturedLog start() {
        return new CapturedLog();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }

    /** The records so far. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The records so far whose message contains {@code text}. */
    public List<LogRecord> containing(String text) {
        return records.stream().filter(r -> r.getMessage() != null && r.getMessage().contains(text))
                .collect(Collectors.toList());
    }
}
