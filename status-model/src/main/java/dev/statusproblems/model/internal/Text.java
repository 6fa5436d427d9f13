package dev.statusproblems.model.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Small text and stream helpers the codecs share. */
public final class Text {

    /** How many bytes a parser reads of one document before it refuses it. */
    public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    private static final char REPLACEMENT = '\uFFFD';

    private Text() {
    }

    /**
     * {@code s} with every unpaired surrogate replaced by U+FFFD: such a string has no UTF-8 form.
     * Returns {@code s} itself when it has none, which is nearly always.
     */
    public static String wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) && !pairedAt(s, i)) {
                return replace(s, false);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return s;
    }

    /**
     * {@code s} with every character XML 1.0 cannot hold, not even as a reference (most C0
     * controls, U+FFFE, U+FFFF, unpaired surrogates), replaced by U+FFFD.
     */
    public static String xmlSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && pairedAt(s, i)) {
                i++;
            } else if (!isXmlChar(c)) {
                return replace(s, true);
            }
        }
        return s;
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String replace(String s, boolean xml) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && pairedAt(s, i)) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || (xml && !isXmlChar(c))) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} escaped for HTML element content and quoted attribute values: {@code & < > " '}
     * as references, and characters HTML cannot hold (C0 controls but tab and line ends, DEL,
     * unpaired surrogates) as U+FFFD.
     */
    public static String escapeHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        escapeHtml(html, text);
        return html.toString();
    }

    /** Appends {@code text} to {@code html}, escaped as {@link #escapeHtml(String)} says. */
    public static void escapeHtml(StringBuilder html, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': html.append("&amp;"); break;
                case '<': html.append("&lt;"); break;
                case '>': html.append("&gt;"); break;
                case '"': html.append("&quot;"); break;
                case '\'': html.append("&#39;"); break;
                default:
                    boolean unpaired = Character.isSurrogate(c) && !pairedAt(text, i);
                    html.append((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || unpaired
                            ? REPLACEMENT : c);
            }
        }
    }

    /** {@code s} cut to at most {@code max} characters, marked with an ellipsis when cut. */
    public static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, but was " + max);
        }
        // the ellipsis counts: a configured limit of 512 is never a 513-character detail
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never half a character
        }
        return s.substring(0, end) + "…";
    }

    /** A stream that leaves {@code out} open when closed, so that a codec can close its writer. */
    public static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** Thrown past {@link #MAX_DOCUMENT_BYTES} by the reading of a document into a buffer. */
    public static final class DocumentTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        DocumentTooLargeException() {
            super("problem document is larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
    }
}
