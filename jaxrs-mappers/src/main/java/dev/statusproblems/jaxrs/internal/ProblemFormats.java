package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.internal.Negotiation.Format;
import java.util.Locale;

/**
 * Which representation of a problem an {@code Accept} header field prefers: JSON by default, XML
 * when an XML type is preferred, HTML when a browser prefers {@code text/html}. Never throws.
 *
 * <p>Stands in for status-model's {@code Negotiation.choose}, which counts ranges that match none of
 * a format's types as matching it, so that {@code Accept: application/xml} gets JSON; to be
 * replaced by it once it is fixed there. The JDK's {@code HttpURLConnection} default header, which
 * Java clients (Jersey's among them) send unasked, names {@code text/html} first: it is no browser,
 * and gets JSON.
 */
final class ProblemFormats {

    private static final int MAX_HEADER_CHARS = 4096;
    /** What the JDK's HttpURLConnection sends when the application sets no Accept: 17 and later, and 8–16. */
    private static final java.util.Set<String> JDK_DEFAULTS = java.util.Set.of(
            "text/html,image/gif,image/jpeg,*/*;q=0.2", "text/html,image/gif,image/jpeg,*;q=.2,*/*;q=.2");

    private ProblemFormats() {
    }

    static Format choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        String header = accept.length() > MAX_HEADER_CHARS ? accept.substring(0, MAX_HEADER_CHARS) : accept;
        Preference json = new Preference();
        Preference xml = new Preference();
        Preference html = new Preference();
        boolean javaDefault = JDK_DEFAULTS.contains(header.replace(" ", ""));
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            json.offer(specificity(type, "application/problem+json", "application/json"), q);
            xml.offer(specificity(type, "application/problem+xml", "application/xml", "text/xml"), q);
            html.offer(specificity(type, "text/html", "application/xhtml+xml"), q);
        }
        if (!javaDefault && html.named() && html.q > 0 && html.q > json.q && html.q > xml.q) {
            return Format.HTML;
        }
        if (xml.named() && xml.q > 0 && xml.q > json.q) {
            return Format.XML;
        }
        return Format.JSON;
    }

    /** The quality of the most specific range matching one format's types. */
    private static final class Preference {
        int specificity;
        double q = -1;

        void offer(int rangeSpecificity, double rangeQ) {
            if (rangeSpecificity > specificity) {
                specificity = rangeSpecificity;
                q = rangeQ;
            }
        }

        /** Whether a range names one of the format's types, not just a wildcard. */
        boolean named() {
            return specificity >= 2;
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
        if (range.equals("*/*") || range.equals("*") || range.equals(exact.substring(0, exact.indexOf('/') + 1) + "*")) {
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
