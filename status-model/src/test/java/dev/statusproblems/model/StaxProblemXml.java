package dev.statusproblems.model;

import dev.statusproblems.model.internal.Members;
import dev.statusproblems.model.internal.Text;
import dev.statusproblems.model.internal.TypeUris;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reading {@link ProblemXml} did with the JDK's StAX before it had its own reader, kept as the
 * oracle its own reader is compared with.
 */
final class StaxProblemXml {

    private static final String NAMESPACE = ProblemXml.NAMESPACE;
    private static final String TYPES_NAMESPACE = ProblemXml.TYPES_NAMESPACE;
    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private static final XMLInputFactory INPUTS = inputs();

    private StaxProblemXml() {
    }

    private static XMLInputFactory inputs() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not accepted");
        });
        return factory;
    }

    /**
     * Reads a problem document; the document must have a {@code status} element.
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    static ProblemDetail read(InputStream in) {
        return read(in, 0);
    }

    /**
     * Reads a problem document received with {@code responseStatus}, which stands for a missing
     * {@code status} element.
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    static ProblemDetail read(InputStream in, int responseStatus) {
        XMLStreamReader r = null;
        try {
            r = INPUTS.createXMLStreamReader(Objects.requireNonNull(in, "in"));
            ProblemDetail problem = problem(r, responseStatus);
            // To the end: what follows the root may only be comments (XML 1.0, Section 2.1), and the
            // JDK's reader, closed mid-document, allocates its buffers anew for the next (~24 KiB)
            while (r.hasNext()) {
                r.next();
            }
            return problem;
        } catch (XMLStreamException e) {
            throw new ProblemFormatException("not a problem document: malformed XML: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProblemFormatException("not a problem document: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open that we own
                }
            }
        }
    }

    private static ProblemDetail problem(XMLStreamReader r, int responseStatus) throws XMLStreamException {
        root(r);
        String type = null;
        String title = null;
        String detail = null;
        String instance = null;
        Integer status = null;
        Map<String, Object> extensions = new LinkedHashMap<>();
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            boolean own = NAMESPACE.equals(r.getNamespaceURI());
            if (own && Members.RESERVED.contains(name)) {
                String text = r.getElementText();
                switch (name) {
                    case "type": type = text; break;
                    case "title": title = text; break;
                    case "detail": detail = text; break;
                    case "instance": instance = text; break;
                    default: status = status(text); break;
                }
            } else {
                if (extensions.containsKey(name)) {
                    throw new ProblemFormatException("not a problem document: element '" + name + "' appears twice");
                }
                extensions.put(name, value(r, name, 0));
            }
        }
        int code = status != null ? status : responseStatus;
        if (code == 0) {
            throw new ProblemFormatException("not a problem document: it has no 'status' element");
        }
        ProblemDetail.Builder builder = ProblemDetail.builder(code);
        if (type != null) {
            builder.type(uri("type", type.trim()));
        }
        if (title != null) {
            builder.title(title);
        }
        builder.detail(detail);
        if (instance != null) {
            builder.instance(uri("instance", instance.trim()));
        }
        extensions.forEach(builder::with);
        return builder.build();
    }

    private static void root(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ProblemFormatException("not a problem document: a DTD is not accepted");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"problem".equals(r.getLocalName()) || !NAMESPACE.equals(r.getNamespaceURI())) {
                    throw new ProblemFormatException("not a problem document: the root element must be 'problem' in"
                            + " namespace " + NAMESPACE + ", but was '" + r.getLocalName() + "' in "
                            + (r.getNamespaceURI() == null ? "no namespace" : r.getNamespaceURI()));
                }
                return;
            }
        }
        throw new ProblemFormatException("not a problem document: it has no root element");
    }

    /** The next START_ELEMENT or END_ELEMENT, refusing stray text. */
    private static int next(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                case XMLStreamConstants.END_ELEMENT:
                    return event;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.SPACE:
                case XMLStreamConstants.CDATA:
                    if (!r.isWhiteSpace()) {
                        throw new ProblemFormatException("not a problem document: text '"
                                + Text.abbreviate(r.getText().trim(), 60) + "' outside a member");
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new ProblemFormatException("not a problem document: entity reference '"
                            + r.getLocalName() + "' is not accepted");
                case XMLStreamConstants.DTD:
                    throw new ProblemFormatException("not a problem document: a DTD is not accepted");
                default:
                    break; // comments, processing instructions
            }
        }
    }

    private static Integer status(String text) {
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

    private static URI uri(String name, String value) {
        try {
            return name.equals("type") ? TypeUris.parse(value) : new URI(value);
        } catch (URISyntaxException e) {
            throw new ProblemFormatException("not a problem document: '" + name + "' must be a URI reference, but was '"
                    + Text.abbreviate(value, 60) + "'");
        }
    }

    /** Reads the value of the element the reader is at, leaving it at that element's end. */
    private static Object value(XMLStreamReader r, String member, int depth) throws XMLStreamException {
        if (depth > Members.MAX_DEPTH) {
            throw new ProblemFormatException("not a problem document this library can read: member '" + member
                    + "' nests deeper than " + Members.MAX_DEPTH + " levels");
        }
        if ("true".equals(r.getAttributeValue(XSI, "nil"))) {
            if (next(r) != XMLStreamConstants.END_ELEMENT) {
                throw new ProblemFormatException("not a problem document: member '" + member
                        + "' is nil but has content");
            }
            return null;
        }
        String type = r.getAttributeValue(XSI, "type");
        if (type != null) {
            int colon = type.indexOf(':');
            String namespace = r.getNamespaceContext().getNamespaceURI(colon < 0 ? "" : type.substring(0, colon));
            String local = type.substring(colon + 1);
            if (XSD.equals(namespace)) {
                return scalar(member, local, r.getElementText());
            }
            if (TYPES_NAMESPACE.equals(namespace) && (local.equals("array") || local.equals("object"))) {
                return container(r, member, depth, local.equals("array"));
            }
            throw new ProblemFormatException("not a problem document this library can read: member '" + member
                    + "' has the unknown xsi:type '" + Text.abbreviate(type, 60) + "'");
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (text.toString().isBlank()) {
                    return container(r, member, depth, null);
                }
                throw new ProblemFormatException("not a problem document this library can read: member '" + member
                        + "' mixes text and elements");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString();
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ProblemFormatException("not a problem document: entity reference '" + r.getLocalName()
                        + "' is not accepted");
            }
        }
    }

    /**
     * Reads the items or members of a container. The reader is at its first child's start when
     * {@code array} is {@code null} (the kind is told by the children's names), else at the
     * container's own start.
     */
    private static Object container(XMLStreamReader r, String member, int depth, Boolean array)
            throws XMLStreamException {
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        int event = array == null ? XMLStreamConstants.START_ELEMENT : next(r);
        while (event == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            names.add(name);
            values.add(value(r, member, depth + 1));
            event = next(r);
        }
        boolean isArray = array != null ? array : names.stream().allMatch("i"::equals);
        if (isArray) {
            if (!names.stream().allMatch("i"::equals)) {
                throw new ProblemFormatException("not a problem document: array member '" + member
                        + "' holds elements other than <i>");
            }
            return values;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (map.containsKey(names.get(i))) {
                throw new ProblemFormatException("not a problem document: member '" + member + "' holds '"
                        + names.get(i) + "' twice");
            }
            map.put(names.get(i), values.get(i));
        }
        return map;
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
                    return Members.integer(new BigInteger(text));
                case "decimal":
                case "double":
                    return new BigDecimal(text);
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
