package dev.statusproblems.model;

/**
 * A document handed to a parser is not a problem document this library can read; the message says
 * where and why.
 */
public final class ProblemFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    public ProblemFormatException(String message) {
        super(message);
    }

    /** An exception with {@code message}, caused by {@code cause}. */
    public ProblemFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
