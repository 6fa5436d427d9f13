package dev.statusproblems.model;

/**
 * The class of a status code, given by its first digit (RFC 9110, Section 15).
 */
public enum StatusClass {
    /** 1xx: the request was received, processing continues. */
    INFORMATIONAL,
    /** 2xx: the request was received, understood and accepted. */
    SUCCESSFUL,
    /** 3xx: further action is needed to complete the request. */
    REDIRECTION,
    /** 4xx: the request contains an error or cannot be fulfilled. */
    CLIENT_ERROR,
    /** 5xx: the server failed to fulfil an apparently valid request. */
    SERVER_ERROR;

    /**
     * The class of {@code code}.
     *
     * @throws IllegalArgumentException if {@code code} is outside 100–599
     */
    public static StatusClass of(int code) {
        HttpStatus.checkRange(code);
        return values()[code / 100 - 1];
    }

    /** Whether this class holds errors (4xx or 5xx). */
    public boolean isError() {
        return this == CLIENT_ERROR || this == SERVER_ERROR;
    }
}
