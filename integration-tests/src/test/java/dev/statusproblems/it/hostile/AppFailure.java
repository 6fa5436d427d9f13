package dev.statusproblems.it.hostile;

/** An application exception that has its own, broken, mapper. */
public class AppFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public AppFailure(String message) {
        super(message);
    }
}
