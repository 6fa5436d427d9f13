package dev.statusproblems.responses.internal;

import dev.statusproblems.model.internal.QualityValues;
import java.util.Locale;
import java.util.Set;

/**
 * Which representation of a problem an {@code Accept} header field prefers: JSON by default, XML
 * when an XML type is named and preferred, HTML when {@code text/html} is named and preferred (a
 * browser). Never throws; a malformed or absent header gets JSON.
 */
public final class Negotiation {

    /** The representations of a problem. */
    public enum Format {
        /** {@code application/problem+json}. */
        JSON,
        /** {@code application/problem+xml}. */
        XML,
        /** {@code text/html}. */
        HTML
    }

    private static final int MAX_HEADER_CHARS = 4096;

    /**
     * What the JDK's {@code HttpURLConnection} sends when the application sets no {@code Accept}
     * (Java 17 and later; 8 to 16): Java clients, Jersey's among them, send it unasked. It names
     * {@code text/html} first, but it is no browser.
     */
    private static final Set<String> JDK_DEFAULTS = Set.of(
            "text/html,image/gif,image/jpeg,*/*;q=0.2", "text/html,image/gif,image/jpeg,*;q=.2,*/*;q=.2");

    private Negotiation() {
    }

    /** The preferred format for {@code accept}, which may be {@code null}. */
    public static Format choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        String header = accept.length() > MAX_HEADER_CHARS ? accept.substring(0, MAX_HEADER_CHARS) : accept;
        Preference json = new Preference();
        Preference xml = new Preference();
        Preference html = new Preference();
        for (String range : header.split(",")) {
            String[] parts = range.split(";", -1);
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = QualityValues.of(parts);
            json.offer(specificity(type, "application/problem+json", "application/json"), q);
            xml.offer(specificity(type, "application/problem+xml", "application/xml", "text/xml"), q);
            html.offer(specificity(type, "text/html", "application/xhtml+xml"), q);
        }
        if (html.named() && html.q > 0 && html.q > json.q && html.q > xml.q
                && !JDK_DEFAULTS.contains(header.replace(" ", ""))) {
            return Format.HTML;
        }
        if (xml.named() && xml.q > 0 && xml.q > json.q) {
            return Format.XML;
        }
        return Format.JSON;
    }

    /** The quality of the most specific range that matches one format's types. */
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
}
