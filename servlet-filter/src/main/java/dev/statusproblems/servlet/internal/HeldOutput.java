package dev.statusproblems.servlet.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.BooleanSupplier;

/**
 * The stream or writer of a response whose error status has no body yet. Every byte or character
 * goes straight to the container's own; only a flush or close that comes while the response holds
 * (nothing written yet, an error status the filter may still answer) is kept back, as it would
 * commit an empty error before the filter decides: Open Liberty's RESTEasy flushes and closes the
 * stream of an entity-less JAX-RS error. The filter then sends the problem, or does what was kept
 * back ({@link #release()}).
 */
final class HeldOutput {

    private final BooleanSupplier holding;
    private boolean written;
    private boolean flushHeld;
    private boolean closeHeld;
    private ServletOutputStream containerStream;
    private PrintWriter containerWriter;
    private ServletOutputStream stream;
    private PrintWriter writer;

    /** {@code holding} says whether a flush or close must wait now; asked only of those. */
    HeldOutput(BooleanSupplier holding) {
        this.holding = holding;
    }

    /** Whether any byte or character was written. */
    boolean written() {
        return written;
    }

    ServletOutputStream stream(ServletOutputStream container) {
        if (stream == null) {
            containerStream = container;
            stream = new Stream();
        }
        return stream;
    }

    PrintWriter writer(PrintWriter container) {
        if (writer == null) {
            containerWriter = container;
            writer = new PrintWriter(new Chars());
        }
        return writer;
    }

    /** Does the close or flush that was kept back. */
    void release() throws IOException {
        if (!closeHeld && !flushHeld) {
            return;
        }
        if (containerStream != null) {
            if (closeHeld) {
                containerStream.close();
            } else {
                containerStream.flush();
            }
        } else if (containerWriter != null) {
            if (closeHeld) {
                containerWriter.close();
            } else {
                containerWriter.flush();
            }
        }
        closeHeld = false;
        flushHeld = false;
    }

    /** Whether this flush or close waits; if so, remembered. */
    private boolean held(boolean close) {
        if (written || !holding.getAsBoolean()) {
            return false;
        }
        if (close) {
            closeHeld = true;
        } else {
            flushHeld = true;
        }
        return true;
    }

    private final class Stream extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            containerStream.write(b);
            written = true;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            containerStream.write(b, off, len);
            written |= len > 0;
        }

        @Override
        public void flush() throws IOException {
            if (!held(false)) {
                containerStream.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!held(true)) {
                containerStream.close();
            }
        }

        @Override
        public boolean isReady() {
            return containerStream.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            containerStream.setWriteListener(listener);
        }
    }

    private final class Chars extends Writer {
        @Override
        public void write(char[] chars, int off, int len) {
            containerWriter.write(chars, off, len);
            written |= len > 0;
        }

        @Override
        public void write(String text, int off, int len) {
            containerWriter.write(text, off, len);
            written |= len > 0;
        }

        @Override
        public void flush() {
            if (!held(false)) {
                containerWriter.flush();
            }
        }

        @Override
        public void close() {
            if (!held(true)) {
                containerWriter.close();
            }
        }
    }
}
