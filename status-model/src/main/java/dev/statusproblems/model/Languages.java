package dev.statusproblems.model;

import dev.statusproblems.model.internal.QualityValues;
import java.util.List;
import java.util.Locale;

/**
 * The languages titles and descriptions are available in, and the choice among them that an
 * {@code Accept-Language} header field asks for (RFC 9110, Section 12.5.4).
 */
public final class Languages {

    /** English, the fallback. */
    public static final Locale DEFAULT = Locale.ENGLISH;

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

    /** Header values longer than this are read only this far: the choice is in the first ranges. */
    private static final int MAX_HEADER_CHARS = 4096;

    private Languages() {
    }

    /** The supported languages, English first. */
    public static List<Locale> supported() {
        return SUPPORTED;
    }

    /** The supported language for {@code locale}'s language, or English. */
    public static Locale of(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return DEFAULT;
    }

    /**
     * The supported language an {@code Accept-Language} value prefers most, English when it names
     * none, is absent ({@code null}) or is malformed. Never throws.
     */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isEmpty()) {
            return DEFAULT;
        }
        String header = acceptLanguage.length() > MAX_HEADER_CHARS
                ? acceptLanguage.substring(0, MAX_HEADER_CHARS)
                : acceptLanguage;
        Locale best = DEFAULT;
        double bestQ = -1;
        for (String range : header.split(",")) {
            String[] parts = range.split(";", -1);
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = QualityValues.of(parts);
            if (q <= 0 || q <= bestQ) {
                continue;
            }
            Locale match = match(tag);
            if (match != null) {
                best = match;
                bestQ = q;
            }
        }
        return best;
    }

    private static Locale match(String tag) {
        if (tag.equals("*")) {
            return DEFAULT;
        }
        int dash = tag.indexOf('-');
        String language = dash < 0 ? tag : tag.substring(0, dash);
        for (Locale candidate : SUPPORTED) {
            if (candidate.getLanguage().equals(language)) {
                return candidate;
            }
        }
        return null;
    }
}
