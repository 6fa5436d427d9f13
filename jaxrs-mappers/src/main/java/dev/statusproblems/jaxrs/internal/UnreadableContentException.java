package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.Languages;
import dev.statusproblems.model.SuiteText;
import java.util.Locale;

/**
 * That the request content could not be read: the client's fault (400), whatever the reader threw.
 * It carries what the client is told, written in the request's language where the problem is built;
 * the reader's exception is the cause, for the log only.
 */
final class UnreadableContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SuiteText detail;

    UnreadableContentException(SuiteText detail, Throwable cause) {
        super(detail.in(Languages.DEFAULT), cause);
        this.detail = detail;
    }

    /** What the client is told, in {@code language}. */
    String detail(Locale language) {
        return detail.in(language);
    }
}
