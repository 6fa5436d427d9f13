package dev.statusproblems.model;

import dev.statusproblems.model.internal.Members;
import dev.statusproblems.model.internal.Text;
import dev.statusproblems.model.internal.XmlOutput;
import dev.statusproblems.model.internal.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;

/**
 * The {@code application/problem+xml} codec (RFC 9457, Appendix B): written by a small escaping
 * UTF-8 writer, read by a reader of just the XML it needs ({@code internal.XmlReader}): the JDK's
 * StAX reader allocates its buffers and symbol tables per document, and took five times as long.
 *
 * <p>Elements are in the namespace {@code urn:ietf:rfc:7807}; array items are {@code <i>} elements,
 * object members are elements named by their keys. So that values come back as they went, values
 * that are not strings carry {@code xsi:type} ({@code xs:boolean}, {@code xs:integer},
 * {@code xs:decimal}) or {@code xsi:nil}; an empty array or object, or an object whose only key is
 * {@code i}, is marked with an {@code xsi:type} of this library's namespace. Characters XML cannot
 * hold (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates) are written as U+FFFD.
 *
 * <p>The reader accepts no DTD, knows no entity but the five XML predefines, and so expands and
 * resolves none.
 */
public final class ProblemXml {

    /** The media type. */
    public static final String MEDIA_TYPE = "application/problem+xml";

    /** The namespace of RFC 9457, Appendix B. */
    public static final String NAMESPACE = "urn:ietf:rfc:7807";

    /** The namespace of the container types this codec marks ambiguous values with. */
    public static final String TYPES_NAMESPACE = "tag:statusproblems.dev,2026:xml";

    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private ProblemXml() {
    }

    /** The start of every document, and the namespaces of a document with typed values. */
    private static final String ROOT = "<problem xmlns=\"" + NAMESPACE + "\"";
    private static final String TYPED_NAMESPACES = " xmlns:xsi=\"" + XSI + "\" xmlns:xs=\"" + XSD + "\" xmlns:sp=\""
            + TYPES_NAMESPACE + "\"";
    private static final byte[] HEAD = bytes(XmlOutput.DECLARATION + ROOT);
    private static final byte[] TYPED = bytes(TYPED_NAMESPACES);

    /** The root start tags this codec writes, which the reader takes as read once. */
    private static final XmlReader.StartTag[] WRITTEN_ROOTS = {XmlReader.startTag(ROOT + TYPED_NAMESPACES + ">"),
        XmlReader.startTag(ROOT + ">")};
    private static final byte[] ABOUT_BLANK = bytes("<type>about:blank</type>");

    /** Writes {@code problem} to {@code out} as UTF-8 and flushes; {@code out} is left open. */
    public static void write(ProblemDetail problem, OutputStream out) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(out, "out");
        XmlOutput xml = XmlOutput.forThisThread();
        try {
            encode(problem, xml).writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write problem as XML", e));
        } finally {
            xml.release();
        }
    }

    /** {@code problem} as an XML document. */
    public static String toXml(ProblemDetail problem) {
        Objects.requireNonNull(problem, "problem");
        XmlOutput xml = XmlOutput.forThisThread();
        try {
            return encode(problem, xml).toString();
        } finally {
            xml.release();
        }
    }

    // Written by hand rather than by a StAX writer, which costs more to create per document than
    // this whole method: every name is a valid member name, so ASCII and an XML name.
    private static XmlOutput encode(ProblemDetail problem, XmlOutput xml) {
        xml.raw(HEAD);
        if (problem.extensions().values().stream().anyMatch(ProblemXml::needsType)) {
            xml.raw(TYPED);
        }
        xml.markup(">");
        if (problem.type() == ProblemDetail.ABOUT_BLANK) {
            xml.raw(ABOUT_BLANK);
        } else {
            text(xml, "type", problem.type().toString());
        }
        text(xml, "title", problem.title());
        text(xml, "status", Integer.toString(problem.status()));
        if (problem.detail().isPresent()) {
            text(xml, "detail", problem.detail().get());
        }
        if (problem.instance().isPresent()) {
            text(xml, "instance", problem.instance().get().toString());
        }
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            value(xml, member.getKey(), member.getValue());
        }
        return xml.markup("</problem>");
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean needsType(Object value) {
        if (value instanceof String) {
            return false;
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            return list.isEmpty() || list.stream().anyMatch(ProblemXml::needsType);
        }
        if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            return ambiguous(map) || map.values().stream().anyMatch(ProblemXml::needsType);
        }
        return true;
    }

    private static boolean ambiguous(Map<?, ?> map) {
        return map.isEmpty() || (map.size() == 1 && map.containsKey("i"));
    }

    private static void text(XmlOutput xml, String name, String value) {
        xml.markup("<").markup(name).markup(">").text(value).markup("</").markup(name).markup(">");
    }

    private static void value(XmlOutput xml, String name, Object value) {
        xml.markup("<").markup(name);
        if (value == null) {
            xml.markup(" xsi:nil=\"true\">");
        } else if (value instanceof String) {
            xml.markup(">").text((String) value);
        } else if (value instanceof Boolean) {
            xml.markup(" xsi:type=\"xs:boolean\">").markup(value.toString());
        } else if (value instanceof BigDecimal) {
            xml.markup(" xsi:type=\"xs:decimal\">").markup(value.toString());
        } else if (value instanceof Number) {
            xml.markup(" xsi:type=\"xs:integer\">").markup(value.toString());
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            xml.markup(list.isEmpty() ? " xsi:type=\"sp:array\">" : ">");
            for (Object item : list) {
                value(xml, "i", item);
            }
        } else {
            Map<?, ?> map = (Map<?, ?>) value;
            xml.markup(ambiguous(map) ? " xsi:type=\"sp:object\">" : ">");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                value(xml, (String) entry.getKey(), entry.getValue());
            }
        }
        xml.markup("</").markup(name).markup(">");
    }

    /**
     * Reads a problem document; the document must have a {@code status} element.
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    public static ProblemDetail read(InputStream in) {
        return read(in, 0);
    }

    /**
     * Reads a problem document received with {@code responseStatus}, which stands for a missing
     * {@code status} element.
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    public static ProblemDetail read(InputStream in, int responseStatus) {
        XmlReader r;
        try {
            r = XmlReader.of(Objects.requireNonNull(in, "in"), WRITTEN_ROOTS);
        } catch (IOException e) {
            throw new ProblemFormatException("not a problem document: " + e.getMessage(), e);
        }
        try {
            ProblemDetail problem = problem(r, responseStatus);
            // to the end: what follows the root may only be comments (XML 1.0, Section 2.1)
            while (r.next() != XmlReader.END_DOCUMENT) {
                // the root has ended: nothing but its end comes
            }
            return problem;
        } catch (XmlReader.MalformedXmlException e) {
            throw new ProblemFormatException("not a problem document: malformed XML: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProblemFormatException("not a problem document: " + e.getMessage(), e);
        } finally {
            r.close();
        }
    }

    /**
     * Parses a problem document.
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    public static ProblemDetail parse(String xml) {
        return read(new ByteArrayInputStream(Objects.requireNonNull(xml, "xml").getBytes(StandardCharsets.UTF_8)));
    }

    private static ProblemDetail problem(XmlReader r, int responseStatus) throws XmlReader.MalformedXmlException {
        root(r);
        String type = null;
        String title = null;
        String detail = null;
        String instance = null;
        int status = 0;
        LinkedHashMap<String, Object> extensions = new LinkedHashMap<>();
        while (next(r) == XmlReader.START_ELEMENT) {
            int member = NAMESPACE.equals(r.namespace()) ? r.definedMember() : -1;
            if (member >= 0) {
                String text = elementText(r, Members.definedName(member));
                switch (member) {
                    case Members.TYPE: type = text.trim(); break;
                    case Members.TITLE: title = text; break;
                    case Members.DETAIL: detail = text; break;
                    case Members.INSTANCE: instance = text.trim(); break;
                    default: status = status(text); break;
                }
            } else {
                // what a builder checks, as the member is read: its value is read in its canonical form
                String name = Members.checkExtensionName(r.localName());
                if (extensions.containsKey(name)) {
                    throw new ProblemFormatException("not a problem document: element '" + name + "' appears twice");
                }
                extensions.put(name, value(r, name, 0));
            }
        }
        return ProblemDetail.read(status, responseStatus, type, title, detail, instance, extensions);
    }

    private static void root(XmlReader r) throws XmlReader.MalformedXmlException {
        if (r.next() == XmlReader.DTD) {
            throw new ProblemFormatException("not a problem document: a DTD is not accepted");
        }
        if (!"problem".equals(r.localName()) || !NAMESPACE.equals(r.namespace())) {
            throw new ProblemFormatException("not a problem document: the root element must be 'problem' in"
                    + " namespace " + NAMESPACE + ", but was '" + r.localName() + "' in "
                    + (r.namespace() == null ? "no namespace" : r.namespace()));
        }
    }

    /** The next START_ELEMENT or END_ELEMENT, refusing stray text. */
    private static int next(XmlReader r) throws XmlReader.MalformedXmlException {
        while (true) {
            int event = r.next();
            if (event != XmlReader.CHARACTERS) {
                return event;
            }
            if (!r.isWhiteSpace()) {
                throw new ProblemFormatException("not a problem document: text '"
                        + Text.abbreviate(r.text().trim(), 60) + "' outside a member");
            }
        }
    }

    /** The text of the element the reader is at, which must hold no element; leaves the reader at its end. */
    private static String elementText(XmlReader r, String name) throws XmlReader.MalformedXmlException {
        int event = r.next();
        String text = "";
        if (event == XmlReader.CHARACTERS) {
            text = r.text();
            event = r.next();
        }
        if (event != XmlReader.END_ELEMENT) {
            throw new ProblemFormatException("not a problem document: '" + name + "' must hold text only");
        }
        return text;
    }

    private static int status(String text) {
        String trimmed = text.trim();
        try {
            int code = Integer.parseInt(trimmed);
            if (code >= 100 && code <= 599) {
                return code;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemFormatException("not a problem document: 'status' must be a whole number from 100 to 599,"
                + " but was '" + Text.abbreviate(trimmed, 60) + "'");
    }

    /** Reads the value of the element the reader is at, leaving it at that element's end. */
    private static Object value(XmlReader r, String member, int depth) throws XmlReader.MalformedXmlException {
        if ("true".equals(r.attribute(XSI, "nil"))) {
            if (next(r) != XmlReader.END_ELEMENT) {
                throw new ProblemFormatException("not a problem document: member '" + member
                        + "' is nil but has content");
            }
            return null;
        }
        String type = r.attribute(XSI, "type");
        if (type != null) {
            int colon = type.indexOf(':');
            String namespace = r.namespaceOfPrefix(type);
            String local = type.substring(colon + 1);
            if (XSD.equals(namespace)) {
                return scalar(member, local, elementText(r, member));
            }
            if (TYPES_NAMESPACE.equals(namespace) && (local.equals("array") || local.equals("object"))) {
                return container(r, member, depth, local.equals("array"));
            }
            throw new ProblemFormatException("not a problem document this library can read: member '" + member
                    + "' has the unknown xsi:type '" + Text.abbreviate(type, 60) + "'");
        }
        int event = r.next();
        String text = "";
        if (event == XmlReader.CHARACTERS) {
            text = r.text();
            event = r.next();
        }
        if (event == XmlReader.END_ELEMENT) {
            return text;
        }
        if (!text.isBlank()) {
            throw new ProblemFormatException("not a problem document this library can read: member '" + member
                    + "' mixes text and elements");
        }
        return container(r, member, depth, null);
    }

    /**
     * Reads the items or members of a container, unmodifiable. The reader is at its first child's
     * start when {@code array} is {@code null} (the kind is told by the children's names), else at
     * the container's own start.
     */
    private static Object container(XmlReader r, String member, int depth, Boolean array)
            throws XmlReader.MalformedXmlException {
        if (depth >= Members.MAX_DEPTH) {
            throw new ProblemFormatException("not a problem document this library can read: member '" + member
                    + "' nests deeper than " + Members.MAX_DEPTH + " levels");
        }
        List<Object> values = new ArrayList<>();
        List<String> names = null; // the children's names, from the first that is not an <i>
        int event = array == null ? XmlReader.START_ELEMENT : next(r);
        while (event == XmlReader.START_ELEMENT) {
            String name = r.localName();
            if (names == null && !name.equals("i")) {
                names = new ArrayList<>(Collections.nCopies(values.size(), "i"));
            }
            if (names != null) {
                names.add(name);
            }
            values.add(value(r, member, depth + 1));
            event = next(r);
        }
        boolean items = names == null; // every child is an <i>
        if (array != null ? array : items) {
            if (!items) {
                throw new ProblemFormatException("not a problem document: array member '" + member
                        + "' holds elements other than <i>");
            }
            return Collections.unmodifiableList(values);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String name = items ? "i" : names.get(i);
            if (!Members.isValidName(name)) {
                throw new ProblemFormatException("not a problem document this library can read: member '" + member
                        + "' holds the key '" + Text.abbreviate(name, 60) + "', which is not a valid name");
            }
            if (map.containsKey(name)) {
                throw new ProblemFormatException("not a problem document: member '" + member + "' holds '"
                        + name + "' twice");
            }
            map.put(name, values.get(i));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Object scalar(String member, String type, String content) {
        String text = type.equals("string") ? content : content.trim();
        try {
            switch (type) {
                case "boolean":
                    if (text.equals("true") || text.equals("1")) {
                        return Boolean.TRUE;
                    }
                    if (text.equals("false") || text.equals("0")) {
                        return Boolean.FALSE;
                    }
                    break;
                case "integer":
                case "int":
                case "long":
                    return Members.integer(text);
                case "decimal":
                case "double":
                    return Members.decimal(new BigDecimal(text));
                case "string":
                    return text;
                default:
                    throw new ProblemFormatException("not a problem document this library can read: member '" + member
                            + "' has the unsupported type xs:" + Text.abbreviate(type, 30));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemFormatException("not a problem document: member '" + member + "' is not a valid xs:"
                + type + ": '" + Text.abbreviate(text, 60) + "'");
    }
}
