package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.Languages;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemHtml;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Writes a {@link ProblemDetail} as {@code application/problem+json} (also for plain JSON),
 * {@code application/problem+xml} (also for plain XML) or an HTML page, with the status-model codecs:
 * never with the application's JSON-B or Jackson configuration.
 */
@Produces({ProblemJson.MEDIA_TYPE, ProblemXml.MEDIA_TYPE, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON,
        MediaType.APPLICATION_XML, MediaType.TEXT_XML})
public final class ProblemWriter implements MessageBodyWriter<ProblemDetail> {

    /** Created by the runtime. */
    public ProblemWriter() {
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ProblemDetail.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(ProblemDetail problem, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out) {
        Object language = httpHeaders.getFirst(HttpHeaders.CONTENT_LANGUAGE);
        write(problem, mediaType, language != null ? Locale.forLanguageTag(language.toString()) : Languages.DEFAULT, out);
    }

    /** The bytes {@link #writeTo} writes for {@code problem} as {@code mediaType} in {@code language}. */
    static byte[] bytes(ProblemDetail problem, MediaType mediaType, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(problem, mediaType, language, out);
        return out.toByteArray();
    }

    private static void write(ProblemDetail problem, MediaType mediaType, Locale language, OutputStream out) {
        if (isHtml(mediaType)) {
            ProblemHtml.write(problem, language, out);
        } else if (isXml(mediaType)) {
            ProblemXml.write(problem, out);
        } else {
            ProblemJson.write(problem, out);
        }
    }

    private static boolean isHtml(MediaType type) {
        return type != null && type.getType().equalsIgnoreCase("text") && type.getSubtype().equalsIgnoreCase("html");
    }

    private static boolean isXml(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("xml") || type.getSubtype().endsWith("+xml"));
    }
}
