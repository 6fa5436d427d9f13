package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.ProblemException;
import dev.statusproblems.model.SuiteText;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Turns whatever a message body reader throws on the request content (Yasson's
 * {@code JsonbException}, Jackson's {@code JsonProcessingException}, the runtime's
 * {@code ProcessingException} or {@code BadRequestException} around them) into one
 * {@link UnreadableContentException}. Each runtime wraps readers' exceptions differently, and some
 * leave them to become 500s; here, around the reader, the cause is known for certain. A reader that
 * answers with another type than the one read is refused the same way.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(Priorities.ENTITY_CODER + 1000)
public final class UnreadableContentInterceptor implements ReaderInterceptor {

    private static final Set<String> JSON_FAILURES = Set.of("jakarta.json.bind.JsonbException",
            "jakarta.json.JsonException", "com.fasterxml.jackson.core.JsonProcessingException",
            "com.google.gson.JsonParseException");
    private static final Set<String> XML_FAILURES = Set.of("javax.xml.stream.XMLStreamException",
            "org.xml.sax.SAXException", "jakarta.xml.bind.JAXBException");

    /** Created by the runtime. */
    public UnreadableContentInterceptor() {
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity;
        try {
            entity = context.proceed();
        } catch (ProblemException | UnreadableContentException e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 400 && !wrapsReaderFailure(e)) {
                throw e; // e.g. 413 or 415: the reader had a more precise answer
            }
            throw new UnreadableContentException(detail(context.getMediaType(), e), e);
        } catch (RuntimeException | IOException e) {
            throw new UnreadableContentException(detail(context.getMediaType(), e), e);
        }
        if (entity != null && !context.getType().isPrimitive() && !context.getType().isInstance(entity)) {
            // Jersey's JSON-P reader answers "text" with a JsonString even where a JsonStructure is
            // read, and the resource method's invocation then fails with a 500; RESTEasy's refuses it
            throw new UnreadableContentException(detail(context.getMediaType(), null), null);
        }
        return entity;
    }

    /**
     * Whether a reader wrapped what failed as it read in a 500, as Open Liberty's JSON-P reader does around
     * Parsson's "too deeply nested": the content's fault as much as the exception would be unwrapped.
     */
    private static boolean wrapsReaderFailure(WebApplicationException e) {
        return e.getResponse().getStatus() == 500 && e.getCause() != null
                && !(e.getCause() instanceof WebApplicationException);
    }

    static SuiteText detail(MediaType mediaType, Throwable failure) {
        if (isJson(mediaType) || causedBy(failure, JSON_FAILURES)) {
            return SuiteText.BODY_NOT_JSON;
        }
        if (isXml(mediaType) || causedBy(failure, XML_FAILURES)) {
            return SuiteText.BODY_NOT_XML;
        }
        return SuiteText.BODY_UNREADABLE;
    }

    /** Whether a class named in {@code names} is in {@code failure}'s cause chain, by class or superclass. */
    static boolean causedBy(Throwable failure, Set<String> names) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (names.contains(c.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    private static boolean isXml(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("xml")
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+xml"));
    }
}
