package dev.statusproblems.model;

import java.util.Objects;

/**
 * A header field that HTTP associates with a status code, and how strongly.
 *
 * @param name the header field name, e.g. {@code Allow}
 * @param requirement how strongly RFC 9110 (or the status's own RFC) asks for it
 */
public record StatusHeader(String name, Requirement requirement) {

    /** The requirement level of RFC 2119. */
    public enum Requirement {
        /** The response MUST carry the header. */
        MUST,
        /** The response SHOULD carry the header. */
        SHOULD,
        /** The response MAY carry the header. */
        MAY
    }

    /** Checks both components. */
    public StatusHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requirement, "requirement");
    }
}
