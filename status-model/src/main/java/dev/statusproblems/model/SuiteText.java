package dev.statusproblems.model;

import dev.statusproblems.model.internal.Bundle;
import java.util.Locale;
import java.util.Objects;

/**
 * Every text the suite itself writes: the details it gives where the application gave none, and the
 * words of the problem catalogue and of its OpenAPI documentation, each in every
 * {@linkplain Languages#supported() supported language}. The titles and descriptions of statuses are
 * {@link HttpStatus#title(Locale)} and {@link HttpStatus#description(Locale)}; what an application
 * writes (its messages, its {@code @ProblemType} titles) is its own and is never translated.
 *
 * <p>A text may hold placeholders {@code {0}}, {@code {1}}, ..., each replaced by the argument of
 * that index. No other character is special: unlike {@code MessageFormat}, quotes and numbers are
 * written as they are.
 */
public enum SuiteText {

    /** The detail of every server error, which never shows the error itself. */
    SERVER_ERROR_DETAIL("detail.server-error"),
    /** The detail of a 400 for one Bean Validation failure. */
    INVALID_VALUE("detail.invalid-value"),
    /** The detail of a 400 for Bean Validation failures; {@code {0}}: how many. */
    INVALID_VALUES("detail.invalid-values"),
    /** The detail of a 400 for request content that is not JSON. */
    BODY_NOT_JSON("detail.body-not-json"),
    /** The detail of a 400 for request content that is not XML. */
    BODY_NOT_XML("detail.body-not-xml"),
    /** The detail of a 400 for request content no reader can read. */
    BODY_UNREADABLE("detail.body-unreadable"),
    /** The detail for a path parameter that cannot be converted; {@code {0}}: its name. */
    PATH_PARAMETER_INVALID("detail.path-parameter"),
    /** The detail for a query parameter that cannot be converted; {@code {0}}: its name. */
    QUERY_PARAMETER_INVALID("detail.query-parameter"),
    /** The detail for a matrix parameter that cannot be converted; {@code {0}}: its name. */
    MATRIX_PARAMETER_INVALID("detail.matrix-parameter"),
    /** The detail for a form parameter that cannot be converted; {@code {0}}: its name. */
    FORM_PARAMETER_INVALID("detail.form-parameter"),
    /** The detail for a header that cannot be converted; {@code {0}}: its name. */
    HEADER_PARAMETER_INVALID("detail.header-parameter"),
    /** The detail for a cookie that cannot be converted; {@code {0}}: its name. */
    COOKIE_PARAMETER_INVALID("detail.cookie-parameter"),
    /** The detail for a parameter of another kind that cannot be converted; {@code {0}}: its name. */
    PARAMETER_INVALID("detail.parameter"),
    /** The detail of a 400 for a request target that is no URI. */
    REQUEST_TARGET_INVALID("detail.request-target"),
    /** The detail of a 400 for a header field that cannot be parsed; {@code {0}}: its name. */
    HEADER_FIELD_INVALID("detail.header-field"),

    /** The catalogue's title. */
    CATALOGUE_TITLE("catalogue.title"),
    /** The catalogue's heading of the application's own problem types. */
    CATALOGUE_OWN_TYPES("catalogue.own-types"),
    /** The catalogue's heading of the HTTP error statuses. */
    CATALOGUE_STATUSES("catalogue.statuses"),
    /** What the catalogue says when the application declares no problem type. */
    CATALOGUE_NO_OWN_TYPES("catalogue.no-own-types"),
    /** The catalogue's label of a status code. */
    CATALOGUE_STATUS("catalogue.status"),
    /** The catalogue's label of a type URI. */
    CATALOGUE_TYPE("catalogue.type"),
    /** The catalogue's label of a title. */
    CATALOGUE_TITLE_LABEL("catalogue.title-label"),
    /** The catalogue's label of a problem type's extension members. */
    CATALOGUE_MEMBERS("catalogue.members"),
    /** The catalogue's heading of a page's example problem. */
    CATALOGUE_EXAMPLE("catalogue.example"),
    /** The link from a page back to the catalogue. */
    CATALOGUE_BACK("catalogue.back"),

    /** The OpenAPI description of the problem schema. */
    OPENAPI_PROBLEM("openapi.problem"),
    /** The OpenAPI description of {@code type}. */
    OPENAPI_TYPE("openapi.type"),
    /** What introduces the list of the application's own problem types in {@code type}'s description. */
    OPENAPI_OWN_TYPES("openapi.own-types"),
    /** Where relative types resolve, in {@code type}'s description; {@code {0}}: the catalogue's path. */
    OPENAPI_RELATIVE_TYPES("openapi.relative-types"),
    /** The OpenAPI description of {@code title}. */
    OPENAPI_TITLE("openapi.title"),
    /** The OpenAPI description of {@code status}. */
    OPENAPI_STATUS("openapi.status"),
    /** The OpenAPI description of {@code detail}. */
    OPENAPI_DETAIL("openapi.detail"),
    /** The OpenAPI description of {@code instance}. */
    OPENAPI_INSTANCE("openapi.instance"),
    /** The OpenAPI description of the shared client error response. */
    OPENAPI_CLIENT_ERROR("openapi.client-error"),
    /** The OpenAPI description of the shared server error response. */
    OPENAPI_SERVER_ERROR("openapi.server-error");

    private final String key;

    SuiteText(String key) {
        this.key = key;
    }

    /** The key of this text in the bundles, e.g. {@code detail.server-error}. */
    public String key() {
        return key;
    }

    /**
     * This text in {@code language}'s language (English when it is not supported or {@code null}),
     * each placeholder {@code {i}} replaced by {@code arguments[i]}.
     *
     * @throws IllegalArgumentException if the number of arguments is not the number of placeholders
     */
    public String in(Locale language, Object... arguments) {
        Objects.requireNonNull(arguments, "arguments");
        String text = Texts.BUNDLE.text(key, language);
        if (text == null) {
            throw new IllegalStateException("The texts of status-problems have no " + key);
        }
        StringBuilder written = new StringBuilder(text.length() + 16 * arguments.length);
        int used = 0;
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int close = open + 1;
            while (close < text.length() && Character.isDigit(text.charAt(close))) {
                close++;
            }
            if (close == open + 1 || close == text.length() || text.charAt(close) != '}') {
                continue; // not a placeholder, e.g. "{context root}"
            }
            int index = Integer.parseInt(text.substring(open + 1, close));
            if (index >= arguments.length) {
                throw new IllegalArgumentException(name() + " has {" + index + "} but was given "
                        + arguments.length + " argument(s)");
            }
            used = Math.max(used, index + 1);
            written.append(text, from, open).append(arguments[index]);
            from = close + 1;
            open = close;
        }
        if (used != arguments.length) {
            throw new IllegalArgumentException(name() + " takes " + used + " argument(s) but was given "
                    + arguments.length);
        }
        return written.append(text, from, text.length()).toString();
    }

    /** Loaded on first use, not with the enum's constants. */
    private static final class Texts {
        static final Bundle BUNDLE = Bundle.load("texts");
    }
}
