package dev.statusproblems.jaxrs.internal;

/**
 * That the request content could not be read: the client's fault (400), whatever the reader threw.
 * Its message is what the client is told; the reader's exception is the cause, for the log only.
 */
final class UnreadableContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableContentException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
