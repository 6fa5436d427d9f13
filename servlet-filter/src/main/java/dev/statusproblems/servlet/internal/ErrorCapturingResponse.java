package dev.statusproblems.servlet.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The response the application sees: it takes the error statuses the policy handles out of the
 * container's hands ({@code sendError}, and {@code setStatus} of an error with no body), and never
 * touches the body. Output streams and writers are the container's own, so a success response
 * streams through without a copy; only after a captured error does output go nowhere, as it does
 * after the container's {@code sendError}. Those taken under an error status pass every byte on, but
 * keep back a flush or close that would commit the error before its first byte ({@link HeldOutput}); so
 * does {@code flushBuffer}, under a 1xx too.
 */
public final class ErrorCapturingResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final ProblemResponder responder;
    private int status = SC_OK;
    private boolean bodyTaken;
    private HeldOutput output;
    private boolean flushHeld;
    // An asynchronous sendError runs on another thread than the filter's own finish().
    private volatile int pendingStatus;
    private volatile String pendingMessage;
    private boolean sent;

    private ErrorCapturingResponse(HttpServletRequest request, HttpServletResponse response,
            ProblemResponder responder) {
        super(response);
        this.request = request;
        this.responder = responder;
    }

    /** Wraps {@code response} to {@code request}. */
    public static ErrorCapturingResponse wrap(HttpServletRequest request, HttpServletResponse response,
            ProblemResponder responder) {
        return new ErrorCapturingResponse(request, response, responder);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        capture(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        capture(sc, null);
    }

    private void capture(int sc, String msg) throws IOException {
        if (errorTaken()) {
            throw new IllegalStateException("sendError after the response was committed");
        }
        if (!responder.settings().handles(sc)) {
            super.sendError(sc, msg);
            return;
        }
        if (super.isCommitted()) {
            responder.committed(request, sc);
            super.sendError(sc, msg); // the container's IllegalStateException, as the application expects
            return;
        }
        pendingStatus = sc;
        pendingMessage = msg;
        super.resetBuffer();
        if (request.isAsyncStarted()) {
            // nobody returns through the filter after an asynchronous sendError: answer now
            finish();
        }
    }

    @Override
    public void setStatus(int sc) {
        if (!errorTaken()) {
            status = sc;
            super.setStatus(sc);
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (errorTaken()) {
            throw new IllegalStateException("sendRedirect after the response was committed");
        }
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void reset() {
        if (!errorTaken()) {
            status = SC_OK;
            bodyTaken = false;
            output = null;
            flushHeld = false;
            super.reset();
        }
    }

    @Override
    public void resetBuffer() {
        if (!errorTaken()) {
            super.resetBuffer();
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (errorTaken()) {
            return;
        }
        if (holds() && !hasBody()) {
            // committing now would leave an error empty, or a 1xx an interim answer that Open Liberty
            // follows with a 200 of its own (it flushes a wrapped response after the servlet's service)
            flushHeld = true;
            return;
        }
        super.flushBuffer();
    }

    @Override
    public boolean isCommitted() {
        return errorTaken() || super.isCommitted();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (errorTaken()) {
            return Discarding.STREAM;
        }
        ServletOutputStream container = super.getOutputStream();
        taken();
        return output != null ? output.stream(container) : container;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (errorTaken()) {
            return new PrintWriter(Writer.nullWriter());
        }
        PrintWriter container = super.getWriter();
        taken();
        return output != null ? output.writer(container) : container;
    }

    /** The first take decides: under a success status the container's own, untouched. */
    private void taken() {
        if (!bodyTaken) {
            bodyTaken = true;
            if (responder.settings().handles(status)) {
                output = new HeldOutput(this::holds);
            }
        }
    }

    private boolean informational() {
        return status < SC_OK;
    }

    /** Whether a flush or close with no body written yet waits for {@link #finish()}. */
    private boolean holds() {
        return !request.isAsyncStarted() && (errorTaken() || informational() || responder.settings().handles(status));
    }

    /**
     * Whether the application gave the response a body: the length last declared, as the container
     * keeps it, says so; without one, a byte written to what it took under an error status, or taking
     * the stream or the writer under another. A default servlet takes
     * the stream and declares the file's length before it finds the range unsatisfiable, then
     * declares 0 (Undertow). Asked only of an error, so the success path tracks nothing.
     */
    private boolean hasBody() {
        String length = super.getHeader("Content-Length");
        if (length == null) {
            return output != null ? output.written() : bodyTaken;
        }
        try {
            return Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException notANumber) {
            return true; // not ours to judge: taken as a body
        }
    }

    private boolean errorTaken() {
        return pendingStatus != 0;
    }

    /**
     * Sends the problem for a captured error, or for an error status the application set without
     * writing a body; otherwise does the flush or close it kept back. Called when the application is
     * done with the response.
     */
    public synchronized void finish() throws IOException {
        if (sent) {
            return;
        }
        // whatever Content-Type was set first: a default servlet sets it before it finds an error
        if (pendingStatus == 0 && responder.settings().handles(status) && !hasBody() && !super.isCommitted()
                && !request.isAsyncStarted()) {
            pendingStatus = status;
        }
        if (pendingStatus != 0) {
            sent = true;
            responder.send(request, (HttpServletResponse) getResponse(), pendingStatus, pendingMessage, null,
                    Requests.path(request));
            return;
        }
        // the application's own response: what it flushed or closed before its first byte, now, unless
        // it went on asynchronously (its writes may be under way; the container ends the response); a
        // success response holds nothing, and is not asked even that
        if ((output == null && !flushHeld) || request.isAsyncStarted()) {
            return;
        }
        if (output != null) {
            output.release();
        }
        if (flushHeld && !informational()) {
            super.flushBuffer();
        }
        flushHeld = false;
    }

    /** Whether a captured error is waiting to be, or has been, sent. */
    public boolean hasError() {
        return pendingStatus != 0;
    }

    /** Output after a captured error, which goes nowhere. */
    private static final class Discarding extends ServletOutputStream {
        static final Discarding STREAM = new Discarding();

        @Override
        public void write(int b) {
            // discarded, as after the container's sendError
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded, as after the container's sendError
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener writeListener) {
            try {
                writeListener.onWritePossible();
            } catch (IOException e) {
                writeListener.onError(e);
            }
        }
    }
}
