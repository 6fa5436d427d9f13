package dev.statusproblems.model.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An XML document encoded straight to UTF-8 bytes, for the few element shapes a problem has: no
 * per-call StAX writer, the writing thread's buffer reused ({@link #forThisThread()}). Text is
 * escaped ({@code & < >} as entity references, a carriage return as {@code &#13;} so that parsers do
 * not normalise it away), and a character XML 1.0 cannot hold, not even as a reference (most C0
 * controls, U+FFFE, U+FFFF, unpaired surrogates), is written as U+FFFD ({@link Text#xmlSafe}).
 */
public final class XmlOutput {

    /** The XML declaration every document starts with, which the reader recognises whole. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final Utf8Buffer out;

    private XmlOutput(Utf8Buffer out) {
        this.out = out;
    }

    /** An empty document in this thread's buffer, which {@link #release()} gives back. */
    public static XmlOutput forThisThread() {
        return new XmlOutput(Utf8Buffer.forThisThread());
    }

    /** Gives the buffer back to the thread it came from; the document is not used afterwards. */
    public void release() {
        out.release();
    }

    /** Writes pre-encoded markup. */
    public XmlOutput raw(byte[] encoded) {
        out.raw(encoded);
        return this;
    }

    /** Writes markup that is ASCII, e.g. {@code <} and an element name (valid member names are ASCII). */
    public XmlOutput markup(String ascii) {
        out.ascii(ascii);
        return this;
    }

    /** Writes {@code text} as character data. */
    public XmlOutput text(String text) {
        int length = text.length();
        out.ensure(length);
        byte[] b = out.bytes;
        int at = out.size;
        int i = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '<' || c == '>' || c == '&') {
                break;
            }
            b[at++] = (byte) c;
        }
        out.size = at;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c == '\uFFFE' || c == '\uFFFF') {
                    out.nonAscii("\uFFFD", 0);
                } else {
                    i = out.nonAscii(text, i);
                }
            } else if (c == '<') {
                out.ascii("&lt;");
            } else if (c == '>') {
                out.ascii("&gt;");
            } else if (c == '&') {
                out.ascii("&amp;");
            } else if (c == '\r') {
                out.ascii("&#13;");
            } else if (c < 0x20 && c != '\t' && c != '\n') {
                out.nonAscii("\uFFFD", 0);
            } else {
                out.ascii(c);
            }
        }
        return this;
    }

    /** Writes the document to {@code stream}. */
    public void writeTo(OutputStream stream) throws IOException {
        out.writeTo(stream);
    }

    /** The document as a string. */
    @Override
    public String toString() {
        return out.toString();
    }
}
