package dev.statusproblems.responses.internal;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemHtml;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** A problem's body in each format, and the media type that names it. */
public final class Bodies {

    private static final String HTML = ProblemHtml.MEDIA_TYPE + ";charset=UTF-8";

    private Bodies() {
    }

    /** The media type of {@code format}. */
    public static String mediaType(Negotiation.Format format) {
        switch (format) {
            case XML:
                return ProblemXml.MEDIA_TYPE;
            case HTML:
                return HTML;
            default:
                return ProblemJson.MEDIA_TYPE;
        }
    }

    /** {@code problem} in {@code format}, as UTF-8; the HTML page's own words in {@code language}. */
    public static byte[] encode(ProblemDetail problem, Negotiation.Format format, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        switch (format) {
            case XML:
                ProblemXml.write(problem, out);
                break;
            case HTML:
                ProblemHtml.write(problem, language, out);
                break;
            default:
                ProblemJson.write(problem, out);
                break;
        }
        return out.toByteArray();
    }
}
