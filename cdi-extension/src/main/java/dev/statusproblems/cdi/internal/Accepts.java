package dev.statusproblems.cdi.internal;

import dev.statusproblems.model.internal.Negotiation.Format;

import java.util.Locale;

/**
 * Which representation an {@code Accept} header field prefers: JSON by default, XML when an XML
 * type is preferred, HTML when {@code text/html} is. Never throws; a malformed or absent header gets
 * JSON.
 *
 * <p>A copy of status-model's {@code Negotiation.choose} with one fix: there, a media range that
 * matches none of a format's types still sets that format's quality, so {@code Accept: text/html}
 * alone (or {@code application/xml} alone) gets JSON. Here only a matching range counts.
 */
public final class Accepts {

    private static final int MAX_HEADER_CHARS = 4096;

    private Accepts() {
    }

    /** The preferred format for {@code accept}, which may be {@code null}. */
    public static Format choose(String accept) {
        if (accept == null || accept.isEmpty()) {
            return Format.JSON;
        }
        String header = accept.length() > MAX_HEADER_CHARS ? accept.substring(0, MAX_HEADER_CHARS) : accept;
        double json = -1;
        double xml = -1;
        double html = -1;
        int jsonSpecificity = -1;
        int xmlSpecificity = -1;
        int htmlSpecificity = -1;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            int specificity;
            if ((specificity = specificity(type, "application/problem+json", "application/json")) > jsonSpecificity
                    && specificity > 0) {
                jsonSpecificity = specificity;
                json = q;
            }
            if ((specificity = specificity(type, "application/problem+xml", "application/xml", "text/xml"))
                    > xmlSpecificity && specificity > 0) {
                xmlSpecificity = specificity;
                xml = q;
            }
            if ((specificity = specificity(type, "text/html", "application/xhtml+xml")) > htmlSpecificity
                    && specificity > 0) {
                htmlSpecificity = specificity;
                html = q;
            }
        }
        if (html > 0 && html > json && html > xml && htmlSpecificity >= 2) {
            return Format.HTML;
        }
        if (xml > 0 && xml > json && xmlSpecificity >= 2) {
            return Format.XML;
        }
        return Format.JSON;
    }

    /** 3 for the problem type itself, 2 for its plain kin, 1 for a wildcard, 0 for no match. */
    private static int specificity(String range, String exact, String... kin) {
        if (range.equals(exact)) {
            return 3;
        }
        for (String k : kin) {
            if (range.equals(k)) {
                return 2;
            }
        }
        if (range.equals("*/*") || range.equals(exact.substring(0, exact.indexOf('/') + 1) + "*")) {
            return 1;
        }
        return 0;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
