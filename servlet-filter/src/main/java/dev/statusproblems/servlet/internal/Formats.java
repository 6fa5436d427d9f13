package dev.statusproblems.servlet.internal;

import dev.statusproblems.model.internal.Negotiation.Format;
import java.util.Locale;

/**
 * The representation an {@code Accept} header field prefers, as {@code Negotiation.choose} in
 * status-model means it: JSON by default, XML when an XML type is preferred, HTML when a browser
 * prefers {@code text/html}. Kept here because that method counts a range that matches none of a
 * format's types as a match of quality 1 (so {@code Accept: application/problem+xml} alone gets
 * JSON); to be dropped once status-model is fixed.
 */
final class Formats {

    private static final int MAX_HEADER_CHARS = 4096;

    private Formats() {
    }

    static Format choose(String accept) {
        if (accept == null || accept.isEmpty()) {
            return Format.JSON;
        }
        String header = accept.length() > MAX_HEADER_CHARS ? accept.substring(0, MAX_HEADER_CHARS) : accept;
        double[] quality = {-1, -1, -1};
        int[] specificity = {0, 0, 0};
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            match(0, specificity(type, "application/problem+json", "application/json"), q, quality, specificity);
            match(1, specificity(type, "application/problem+xml", "application/xml", "text/xml"), q, quality,
                    specificity);
            match(2, specificity(type, "text/html", "application/xhtml+xml"), q, quality, specificity);
        }
        double json = quality[0];
        double xml = quality[1];
        double html = quality[2];
        if (html > 0 && html > json && html > xml && specificity[2] >= 2) {
            return Format.HTML;
        }
        if (xml > 0 && xml > json && specificity[1] >= 2) {
            return Format.XML;
        }
        return Format.JSON;
    }

    private static void match(int format, int found, double q, double[] quality, int[] specificity) {
        if (found > specificity[format]) {
            specificity[format] = found;
            quality[format] = q;
        }
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
