package dev.statusproblems.cdi.internal;

/** Escaping of text for HTML element content and quoted attribute values. */
final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} escaped and characters HTML cannot hold replaced by U+FFFD. */
    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': html.append("&amp;"); break;
                case '<': html.append("&lt;"); break;
                case '>': html.append("&gt;"); break;
                case '"': html.append("&quot;"); break;
                case '\'': html.append("&#39;"); break;
                default:
                    boolean unpaired = Character.isHighSurrogate(c)
                            ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                    html.append((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || unpaired
                            ? '\uFFFD' : c);
            }
        }
        return html.toString();
    }
}
