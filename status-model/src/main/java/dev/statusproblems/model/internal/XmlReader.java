package dev.statusproblems.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/**
 * A pull reader of the XML a problem document is written in, and nothing more: XML 1.0 (and 1.1,
 * as the JDK's reader accepts it) with namespaces, read whole from the thread's reused buffer. The JDK's StAX reader allocates its
 * buffers and symbol tables anew for every document (about 15 KB and most of the time of a read).
 *
 * <p>It reports start and end tags and text (character data, CDATA sections and references,
 * coalesced; comments and processing instructions are skipped), and a DOCTYPE, which it never
 * reads: its caller refuses it. Only the five predefined entities and character references are
 * known, so no entity is ever expanded or fetched. What is not well-formed is refused with
 * {@link MalformedXmlException}: unmatched tags, a second root, an unquoted attribute or one with
 * {@code <}, duplicate attributes (by name and by namespace), unbound prefixes, characters XML
 * cannot hold, invalid UTF-8. UTF-8 is read as it is; a byte order mark of UTF-16, or an
 * {@code encoding} declaration naming another charset the JDK knows, is decoded first.
 */
public final class XmlReader {

    /** An element's start; {@code <a/>} reports a start and an end. */
    public static final int START_ELEMENT = 1;
    /** An element's end. */
    public static final int END_ELEMENT = 2;
    /** Text: character data, CDATA sections and references, with the comments between them skipped. */
    public static final int CHARACTERS = 4;
    /** The end of the document, after which nothing but comments, processing instructions or spaces came. */
    public static final int END_DOCUMENT = 8;
    /** A document type declaration, not read: the caller refuses it. */
    public static final int DTD = 11;

    /** The limits of the JDK's reader ({@code jdk.xml.maxXMLNameLimit}, {@code jdk.xml.elementAttributeLimit}). */
    private static final int MAX_NAME_LENGTH = 1000;
    private static final int MAX_ATTRIBUTES = 10_000;

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

    /** The names, namespaces and attribute values a problem document holds most, by length: taken as they are rather than allocated anew. */
    private static final String[][] COMMON = new String[42][];
    private static final byte[][][] COMMON_BYTES = new byte[42][][];

    /** What each ASCII character may be: a name's start, a name's other characters, plain text, a plain attribute value. */
    private static final byte[] ASCII = new byte[128];
    private static final int NAME_START = 1;
    private static final int NAME = 2;
    private static final int TEXT = 4;
    private static final int ATTRIBUTE = 8;

    static {
        for (String common : new String[] {"i", "xs", "sp", "xsi", "nil", "type", "title", "xmlns", "detail",
            "status", "problem", "instance", "true", "xs:integer", "xs:boolean", "xs:decimal", "sp:array",
            "sp:object", "urn:ietf:rfc:7807", "http://www.w3.org/2001/XMLSchema",
            "tag:statusproblems.dev,2026:xml", "http://www.w3.org/2001/XMLSchema-instance"}) {
            int n = common.length();
            byte[] bytes = common.getBytes(StandardCharsets.US_ASCII);
            int k = COMMON[n] == null ? 0 : COMMON[n].length;
            COMMON[n] = Arrays.copyOf(COMMON[n] == null ? new String[0] : COMMON[n], k + 1);
            COMMON_BYTES[n] = Arrays.copyOf(COMMON_BYTES[n] == null ? new byte[0][] : COMMON_BYTES[n], k + 1);
            COMMON[n][k] = common;
            COMMON_BYTES[n][k] = bytes;
        }
        for (int c = 0; c < 128; c++) {
            boolean start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
            boolean name = start || (c >= '0' && c <= '9') || c == '-' || c == '.';
            // what stands for itself: not markup, references, ']' (of ']]>'), controls, line ends or quotes
            boolean plain = c >= 0x20 && c != '<' && c != '&' && c != ']';
            ASCII[c] = (byte) ((start ? NAME_START : 0) | (name ? NAME : 0) | (plain || c == '\n' || c == '\t' ? TEXT : 0)
                    | (plain && c != '"' && c != '\'' ? ATTRIBUTE : 0));
        }
    }

    private static final char[] NO_TEXT = {};

    private static final int PROLOG = 0;
    private static final int CONTENT = 1;
    private static final int EPILOG = 2;
    private static final int DONE = 3;

    private final Utf8Buffer buffer;
    private byte[] b;
    private int pos;
    private int end;
    private int state = PROLOG;
    private boolean emptyElement;
    /** XML 1.1: NEL and U+2028 end lines, C1 controls and DEL only as references, C0 controls as references too. */
    private boolean xml11;

    // the open elements: their qualified names (as ranges of b) and how many bindings were in scope before them
    private int depth;
    private int[] qnameStart = new int[8];
    private int[] qnameEnd = new int[8];
    private int[] bindingsBefore = new int[8];

    // the namespace bindings in scope, innermost last
    private int bindings = 1;
    private String[] prefixes = new String[8];
    private String[] uris = new String[8];

    // the current start tag; localName made from localFrom and localTo when asked
    private String localName;
    private int localFrom;
    private int localTo;
    private String namespace;
    private int attributeCount;
    private int[] attributeStart = new int[4];
    private int[] attributeEnd = new int[4];
    private int[] attributeColon = new int[4];
    private String[] attributeLocal = new String[4];
    private String[] attributeNamespace = new String[4];
    private String[] attributeValue = new String[4];

    // the current text: b from textFrom to pos when it is plain ASCII, else text up to textLength
    private int textFrom = -1;
    private char[] text = NO_TEXT;
    private int textLength;

    /** The root start tags recognised whole, as {@link #startTag} read them. */
    private final StartTag[] roots;

    private XmlReader(Utf8Buffer buffer, StartTag[] roots) {
        this.buffer = buffer;
        this.b = buffer.bytes;
        this.end = buffer.size;
        this.roots = roots;
        prefixes[0] = "xml";
        uris[0] = XML_NAMESPACE;
    }

    /**
     * A reader of all of {@code in}, which is left open; {@link #close()} gives the buffer back. A
     * root element that starts with one of {@code roots}, byte for byte, is taken as that tag was
     * read once, rather than read again.
     *
     * @throws Text.DocumentTooLargeException past {@link Text#MAX_DOCUMENT_BYTES} bytes
     */
    public static XmlReader of(InputStream in, StartTag... roots) throws IOException {
        Utf8Buffer buffer = Utf8Buffer.forThisThread();
        try {
            buffer.readFrom(in);
        } catch (IOException | RuntimeException e) {
            buffer.release();
            throw e;
        }
        return new XmlReader(buffer, roots);
    }

    /**
     * {@code tag}, a root element's start tag such as a writer writes at every document's start,
     * read once by this reader: its names, attributes and namespace bindings.
     *
     * @throws IllegalArgumentException if it is not a well-formed start tag
     */
    public static StartTag startTag(String tag) {
        byte[] bytes = tag.getBytes(StandardCharsets.UTF_8);
        Utf8Buffer buffer = new Utf8Buffer(bytes.length);
        buffer.raw(bytes);
        XmlReader read = new XmlReader(buffer, new StartTag[0]);
        try {
            if (read.next() != START_ELEMENT || read.pos != bytes.length || read.emptyElement) {
                throw new IllegalArgumentException("not a start tag: " + tag);
            }
        } catch (MalformedXmlException e) {
            throw new IllegalArgumentException("not a start tag: " + tag, e);
        }
        return new StartTag(bytes, read);
    }

    /** A root start tag and what reading it made of it. */
    public static final class StartTag {
        private final byte[] bytes;
        private final XmlReader read;

        private StartTag(byte[] bytes, XmlReader read) {
            this.bytes = bytes;
            this.read = read;
        }
    }

    /**
     * Takes the root's start tag at {@code pos} as its {@link StartTag} was read, if it is one of
     * {@link #roots}: at the root, a reader's state is the same for every document.
     */
    private boolean knownRoot() {
        for (StartTag root : roots) {
            int n = root.bytes.length;
            if (end - pos >= n && Arrays.equals(b, pos, pos + n, root.bytes, 0, n)) {
                XmlReader read = root.read;
                int at = pos;
                localName = read.localName;
                namespace = read.namespace;
                localFrom = at + read.localFrom;
                localTo = at + read.localTo;
                attributeCount = read.attributeCount;
                if (attributeCount > attributeStart.length) {
                    attributeStart = new int[attributeCount];
                    attributeEnd = new int[attributeCount];
                    attributeColon = new int[attributeCount];
                    attributeLocal = new String[attributeCount];
                    attributeNamespace = new String[attributeCount];
                    attributeValue = new String[attributeCount];
                }
                for (int i = 0; i < attributeCount; i++) {
                    attributeStart[i] = at + read.attributeStart[i];
                    attributeEnd[i] = at + read.attributeEnd[i];
                    attributeColon[i] = read.attributeColon[i] < 0 ? -1 : at + read.attributeColon[i];
                }
                System.arraycopy(read.attributeLocal, 0, attributeLocal, 0, attributeCount);
                System.arraycopy(read.attributeNamespace, 0, attributeNamespace, 0, attributeCount);
                System.arraycopy(read.attributeValue, 0, attributeValue, 0, attributeCount);
                if (read.bindings > prefixes.length) {
                    prefixes = Arrays.copyOf(prefixes, read.bindings);
                    uris = Arrays.copyOf(uris, read.bindings);
                }
                System.arraycopy(read.prefixes, 0, prefixes, 0, read.bindings);
                System.arraycopy(read.uris, 0, uris, 0, read.bindings);
                bindings = read.bindings;
                qnameStart[0] = at + read.qnameStart[0];
                qnameEnd[0] = at + read.qnameEnd[0];
                bindingsBefore[0] = read.bindingsBefore[0];
                depth = 1;
                pos = at + n;
                return true;
            }
        }
        return false;
    }

    /** Gives this thread's buffer back. */
    public void close() {
        buffer.release();
        b = null;
    }

    /** The local name of the element that has just started. */
    public String localName() {
        if (localName == null) { // made when asked: a defined member's is matched on the bytes instead
            localName = string(localFrom, localTo);
        }
        return localName;
    }

    /**
     * The number {@link Members#defined} gives the local name of the element that has just started:
     * matched on the bytes.
     */
    public int definedMember() {
        return Members.defined(b, localFrom, localTo);
    }

    /** The namespace of the element that has just started, {@code null} if it has none. */
    public String namespace() {
        return namespace;
    }

    /** The value of the started element's attribute {@code local} in {@code ns}, or {@code null}. */
    public String attribute(String ns, String local) {
        for (int i = 0; i < attributeCount; i++) {
            if (local.equals(attributeLocal[i]) && ns.equals(attributeNamespace[i])) {
                return attributeValue[i];
            }
        }
        return null;
    }

    /**
     * The namespace the prefix of {@code qualified}, a qualified name such as an attribute's value
     * holds (no prefix: the default), is bound to where the element started, or {@code null}.
     */
    public String namespaceOfPrefix(String qualified) {
        int colon = Math.max(qualified.indexOf(':'), 0);
        for (int i = bindings - 1; i >= 0; i--) {
            if (prefixes[i].length() == colon && qualified.startsWith(prefixes[i])) {
                return uris[i].isEmpty() ? null : uris[i];
            }
        }
        return null;
    }

    /** The namespace {@code prefix} ({@code ""}: the default) is bound to where the element started, or {@code null}. */
    private String namespaceOf(String prefix) {
        for (int i = bindings - 1; i >= 0; i--) {
            if (prefix.equals(prefixes[i])) {
                return uris[i].isEmpty() ? null : uris[i];
            }
        }
        return null;
    }

    /** The text just read. */
    public String text() {
        return textFrom >= 0 ? new String(b, textFrom, pos - textFrom, StandardCharsets.ISO_8859_1)
                : new String(text, 0, textLength);
    }

    /** Whether the text just read is only spaces, tabs and line ends. */
    public boolean isWhiteSpace() {
        if (textFrom >= 0) {
            for (int i = textFrom; i < pos; i++) {
                if (!isSpace(b[i])) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < textLength; i++) {
            if (!isSpace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** The next event. */
    public int next() throws MalformedXmlException {
        if (emptyElement) {
            emptyElement = false;
            return endElement();
        }
        switch (state) {
            case PROLOG:
                if (pos == 0) {
                    prolog();
                }
                skipMisc();
                if (pos >= end) {
                    throw malformed("the document has no root element");
                }
                if (startsWith("<!DOCTYPE")) {
                    state = DONE;
                    return DTD;
                }
                if (b[pos] != '<') {
                    throw malformed("content is not allowed before the root element");
                }
                state = CONTENT;
                return knownRoot() ? START_ELEMENT : startElement();
            case CONTENT:
                while (true) {
                    if (pos >= end) {
                        throw malformed("the document ends inside element '" + qname(depth - 1) + "'");
                    }
                    if (b[pos] == '<' && pos + 1 < end && b[pos + 1] != '!' && b[pos + 1] != '?') {
                        return b[pos + 1] == '/' ? endTag() : startElement();
                    }
                    if (b[pos] == '<' && pos + 1 == end) {
                        throw malformed("the document ends inside a tag");
                    }
                    if (readText()) {
                        return CHARACTERS;
                    }
                }
            case EPILOG:
                skipMisc();
                if (pos < end) {
                    throw malformed("content is not allowed after the root element");
                }
                state = DONE;
                return END_DOCUMENT;
            default:
                return END_DOCUMENT;
        }
    }

    // ---- the prolog

    /** A byte order mark and the XML declaration; decodes a document that is not UTF-8. */
    private void prolog() throws MalformedXmlException {
        if (end >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            decode(0, StandardCharsets.UTF_16);
        } else if (end >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            decode(0, StandardCharsets.UTF_16BE);
        } else if (end >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            decode(0, StandardCharsets.UTF_16LE);
        } else if (end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            pos = 3;
        }
        boolean decoded = b != buffer.bytes;
        if (startsWith(XmlOutput.DECLARATION)) {
            pos += XmlOutput.DECLARATION.length();
            return;
        }
        if (!startsWith("<?xml") || pos + 5 >= end || !isSpace(b[pos + 5])) {
            return;
        }
        pos += 5;
        requireSpace();
        if (!"version".equals(pseudoAttribute())) {
            throw malformed("the XML declaration must begin with its version");
        }
        String version = value();
        if (!version.equals("1.0") && !version.equals("1.1")) {
            throw malformed("XML version '" + Text.abbreviate(version, 20) + "' is not supported, only 1.0 and 1.1");
        }
        xml11 = version.equals("1.1");
        String name = declarationSpace() ? pseudoAttribute() : null;
        if ("encoding".equals(name)) {
            String encoding = value();
            if (!decoded && !encoding.equalsIgnoreCase("UTF-8")) {
                declarationEnd(declarationSpace() ? pseudoAttribute() : null);
                decode(pos, charset(encoding));
                return;
            }
            name = declarationSpace() ? pseudoAttribute() : null;
        }
        declarationEnd(name);
    }

    private void declarationEnd(String name) throws MalformedXmlException {
        if ("standalone".equals(name)) {
            String standalone = value();
            if (!standalone.equals("yes") && !standalone.equals("no")) {
                throw malformed("standalone must be 'yes' or 'no'");
            }
            skipSpaces();
        } else if (name != null) {
            throw malformed("the XML declaration cannot hold '" + Text.abbreviate(name, 20) + "'");
        }
        if (!startsWith("?>")) {
            throw malformed("the XML declaration is not closed by '?>'");
        }
        pos += 2;
    }

    /** Skips spaces; whether there were any and the declaration goes on. */
    private boolean declarationSpace() {
        boolean spaced = skipSpaces();
        return spaced && pos < end && b[pos] != '?';
    }

    private String pseudoAttribute() throws MalformedXmlException {
        int start = pos;
        while (pos < end && b[pos] >= 'a' && b[pos] <= 'z') {
            pos++;
        }
        String name = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        skipSpaces();
        expect('=');
        skipSpaces();
        return name;
    }

    private String value() throws MalformedXmlException {
        if (pos >= end || (b[pos] != '"' && b[pos] != '\'')) {
            throw malformed("a value in the XML declaration must be quoted");
        }
        byte quote = b[pos++];
        int start = pos;
        while (pos < end && b[pos] != quote) {
            byte c = b[pos++];
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '.'
                    && c != '-' && c != '_') {
                throw malformed("the XML declaration holds an invalid value");
            }
        }
        expect((char) quote);
        return new String(b, start, pos - 1 - start, StandardCharsets.ISO_8859_1);
    }

    private static Charset charset(String name) throws MalformedXmlException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MalformedXmlException("the encoding '" + Text.abbreviate(name, 40) + "' is not supported");
        }
    }

    /** Replaces the bytes from {@code from} with their UTF-8 form, read as {@code charset}. */
    private void decode(int from, Charset charset) throws MalformedXmlException {
        String decoded;
        try {
            decoded = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, end - from)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("the document is not valid " + charset.name());
        }
        if (!decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
            decoded = decoded.substring(1);
        }
        b = decoded.getBytes(StandardCharsets.UTF_8);
        pos = 0;
        end = b.length;
    }

    /** Spaces, comments and processing instructions. */
    private void skipMisc() throws MalformedXmlException {
        while (pos < end) {
            if (isSpace(b[pos])) {
                pos++;
            } else if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<?")) {
                processingInstruction();
            } else {
                return;
            }
        }
    }

    // ---- elements

    private int startElement() throws MalformedXmlException {
        pos++;
        int qStart = pos;
        int colon = name();
        int qEnd = pos;
        int mark = bindings;
        attributeCount = 0;
        while (true) {
            boolean spaced = skipSpaces();
            if (pos >= end) {
                throw malformed("the start tag of '" + string(qStart, qEnd) + "' is not closed");
            }
            if (b[pos] == '>') {
                pos++;
                break;
            }
            if (b[pos] == '/') {
                pos++;
                expect('>');
                emptyElement = true;
                break;
            }
            if (!spaced) {
                throw malformed("attributes must be separated by spaces in '" + string(qStart, qEnd) + "'");
            }
            attribute();
        }
        for (int i = 0; i < attributeCount; i++) {
            bindIfDeclaration(i);
        }
        localFrom = colon < 0 ? qStart : colon + 1;
        localTo = qEnd;
        localName = null;
        namespace = resolve(colon < 0 ? "" : string(qStart, colon), qStart, qEnd);
        for (int i = 0; i < attributeCount; i++) {
            int a = attributeStart[i];
            int c = attributeColon[i];
            if (attributeNamespace[i] == null && c >= 0) {
                attributeNamespace[i] = resolve(string(a, c), a, attributeEnd[i]);
            }
            for (int j = 0; j < i; j++) {
                if (sameBytes(a, attributeEnd[i], attributeStart[j], attributeEnd[j])
                        || (c >= 0 && attributeNamespace[i].equals(attributeNamespace[j])
                            && attributeLocal[i].equals(attributeLocal[j]))) {
                    throw malformed("attribute '" + string(a, attributeEnd[i]) + "' appears twice in '"
                            + string(qStart, qEnd) + "'");
                }
            }
        }
        if (depth == qnameStart.length) {
            qnameStart = Arrays.copyOf(qnameStart, depth * 2);
            qnameEnd = Arrays.copyOf(qnameEnd, depth * 2);
            bindingsBefore = Arrays.copyOf(bindingsBefore, depth * 2);
        }
        qnameStart[depth] = qStart;
        qnameEnd[depth] = qEnd;
        bindingsBefore[depth] = mark;
        depth++;
        return START_ELEMENT;
    }

    private void attribute() throws MalformedXmlException {
        if (attributeCount == MAX_ATTRIBUTES) {
            throw malformed("an element has more than " + MAX_ATTRIBUTES + " attributes");
        }
        int start = pos;
        int colon = name();
        int nameEnd = pos;
        skipSpaces();
        expect('=');
        skipSpaces();
        String value = attributeValue();
        int i = attributeCount++;
        if (i == attributeStart.length) {
            attributeStart = Arrays.copyOf(attributeStart, i * 2);
            attributeEnd = Arrays.copyOf(attributeEnd, i * 2);
            attributeColon = Arrays.copyOf(attributeColon, i * 2);
            attributeLocal = Arrays.copyOf(attributeLocal, i * 2);
            attributeNamespace = Arrays.copyOf(attributeNamespace, i * 2);
            attributeValue = Arrays.copyOf(attributeValue, i * 2);
        }
        attributeStart[i] = start;
        attributeEnd[i] = nameEnd;
        attributeColon[i] = colon;
        attributeLocal[i] = colon < 0 ? string(start, nameEnd) : string(colon + 1, nameEnd);
        // an attribute without a prefix is in no namespace; the empty string stands for it here
        attributeNamespace[i] = colon < 0 ? "" : null;
        attributeValue[i] = value;
    }

    /** Binds the prefix attribute {@code i} declares, if it is {@code xmlns} or {@code xmlns:*}. */
    private void bindIfDeclaration(int i) throws MalformedXmlException {
        int start = attributeStart[i];
        int colon = attributeColon[i];
        String prefix;
        if (colon < 0 && sameBytes(start, attributeEnd[i], "xmlns")) {
            prefix = "";
        } else if (colon >= 0 && sameBytes(start, colon, "xmlns")) {
            prefix = attributeLocal[i];
        } else {
            return;
        }
        String uri = attributeValue[i];
        attributeNamespace[i] = XMLNS_NAMESPACE;
        if (prefix.equals("xmlns") || uri.equals(XMLNS_NAMESPACE)
                || prefix.equals("xml") != uri.equals(XML_NAMESPACE)) {
            throw malformed("the prefix '" + prefix + "' cannot be bound to '" + Text.abbreviate(uri, 60) + "'");
        }
        // XML 1.1's namespaces undeclare a prefix so (Namespaces in XML 1.1, Section 5); 1.0's do not
        if (uri.isEmpty() && !prefix.isEmpty() && !xml11) {
            throw malformed("the prefix '" + prefix + "' cannot be bound to no namespace");
        }
        if (bindings == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, bindings * 2);
            uris = Arrays.copyOf(uris, bindings * 2);
        }
        prefixes[bindings] = prefix;
        uris[bindings] = uri;
        bindings++;
    }

    private String resolve(String prefix, int qStart, int qEnd) throws MalformedXmlException {
        String uri = namespaceOf(prefix);
        if (uri == null && !prefix.isEmpty()) {
            throw malformed("the prefix '" + prefix + "' of '" + string(qStart, qEnd) + "' is not bound");
        }
        if (prefix.equals("xmlns")) {
            throw malformed("an element cannot have the prefix 'xmlns'");
        }
        return uri;
    }

    private int endTag() throws MalformedXmlException {
        pos += 2;
        int open = depth - 1;
        int after = pos + qnameEnd[open] - qnameStart[open];
        if (after < end && (b[after] == '>' || isSpace(b[after]))
                && sameBytes(pos, after, qnameStart[open], qnameEnd[open])) {
            // the start tag's name, checked there, and nothing more of a name
            pos = after;
            skipSpaces();
            expect('>');
            return endElement();
        }
        int start = pos;
        name();
        int nameEnd = pos;
        skipSpaces();
        expect('>');
        if (!sameBytes(start, nameEnd, qnameStart[open], qnameEnd[open])) {
            throw malformed("the element '" + qname(open) + "' ends with '" + string(start, nameEnd) + "'");
        }
        return endElement();
    }

    private int endElement() {
        depth--;
        bindings = bindingsBefore[depth];
        if (depth == 0) {
            state = EPILOG;
        }
        return END_ELEMENT;
    }

    /** Reads a name at {@code pos}; returns the index of its colon, or -1. */
    private int name() throws MalformedXmlException {
        int colon = asciiName(pos);
        return colon != NOT_PLAIN ? colon : anyName(true);
    }

    /**
     * Reads a processing instruction's target: a name as XML 1.0 has it, colons anywhere, as the
     * JDK's reader reads it (Namespaces in XML asks no more of it).
     */
    private void target() throws MalformedXmlException {
        anyName(false);
    }

    /**
     * Reads a name at {@code pos} character by character. A {@code qualified} one has at most one
     * colon, with a name on either side, and this returns its index, or -1; another takes colons
     * anywhere, and this returns -1.
     */
    private int anyName(boolean qualified) throws MalformedXmlException {
        int start = pos;
        int colon = -1;
        int length = 0; // of a qualified name's prefix, then of its local name
        while (pos < end) {
            int c = b[pos];
            int at = pos;
            if (c >= 0) {
                if ((ASCII[c] & (at == start ? NAME_START : NAME)) == 0) {
                    break;
                }
                pos++;
            } else {
                c = codePoint();
                if (at == start ? !isNameStartChar(c) : !isNameChar(c)) {
                    pos = at;
                    break;
                }
            }
            if (++length > MAX_NAME_LENGTH) {
                throw malformed("a name is longer than " + MAX_NAME_LENGTH + " characters");
            }
            if (qualified && c == ':') {
                if (colon >= 0 || at == start) {
                    throw malformed("'" + string(start, pos) + "' is not a valid name");
                }
                colon = at;
                length = 0;
            }
        }
        if (pos == start) {
            throw malformed(pos < end ? "a name cannot start with '" + (char) (b[pos] & 0xFF) + "'"
                    : "the document ends where a name was expected");
        }
        if (colon >= 0) {
            int save = pos;
            pos = colon + 1;
            // the local part must be there and start as a name does
            int c = save == pos ? -1 : b[pos] >= 0 ? b[pos] : codePoint();
            pos = save;
            if (c < 0 || (c >= '0' && c <= '9') || c == '-' || c == '.' || (c > 0x7F && !isNameStartChar(c))) {
                throw malformed("'" + string(start, pos) + "' is not a valid name");
            }
        }
        return colon;
    }

    private static final int NOT_PLAIN = -2;

    /**
     * Reads the usual name in one pass: ASCII, each part starting as a name does, no longer than the
     * limit. Returns the index of its colon, or -1; or {@link #NOT_PLAIN}, {@code pos} unmoved, for
     * any other name, which {@link #anyName} then reads (and refuses) character by character.
     */
    private int asciiName(int start) {
        int colon = -1;
        int kind = NAME_START;
        int i = start;
        for (; i < end; i++) {
            int c = b[i];
            if (c < 0) {
                return NOT_PLAIN;
            }
            if (c == ':') {
                if (colon >= 0 || i == start) {
                    return NOT_PLAIN;
                }
                colon = i;
                kind = NAME_START;
            } else if ((ASCII[c] & kind) != 0) {
                kind = NAME;
            } else {
                break;
            }
        }
        if (i == start || colon == i - 1 || i - start > MAX_NAME_LENGTH) {
            return NOT_PLAIN;
        }
        pos = i;
        return colon;
    }

    private static boolean isNameStartChar(int c) {
        return c == ':' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
                || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
                || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
                || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
    }

    private static boolean isNameChar(int c) {
        return isNameStartChar(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
                || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
    }

    private String attributeValue() throws MalformedXmlException {
        if (pos >= end || (b[pos] != '"' && b[pos] != '\'')) {
            throw malformed("an attribute value must be quoted");
        }
        byte quote = b[pos++];
        int run = plainRun(pos, false);
        if (run < end && b[run] == quote) {
            String value = string(pos, run);
            pos = run + 1;
            return value;
        }
        textLength = 0;
        textFrom = -1;
        while (true) {
            if (pos >= end) {
                throw malformed("an attribute value is not closed");
            }
            run = plainRun(pos, false);
            if (run > pos) {
                appendAscii(pos, run);
                pos = run;
                continue;
            }
            int c = b[pos];
            if (c == quote) {
                pos++;
                return text();
            }
            if (c == '<') {
                throw malformed("an attribute value cannot hold '<'");
            }
            if (c == '&') {
                reference();
            } else if (c == '\n' || c == '\t') {
                // a line end, as any space, is a space in an attribute value (XML 1.0, Section 3.3.3)
                pos++;
                append(' ');
            } else if (lineEnd()) {
                append(' ');
            } else {
                character();
            }
        }
    }

    // ---- text

    /** Reads text, comments and processing instructions up to the next tag; whether it read any text. */
    private boolean readText() throws MalformedXmlException {
        textLength = 0;
        textFrom = -1;
        int run = plainRun(pos, true);
        if (run < end - 1 && b[run] == '<' && b[run + 1] != '!' && b[run + 1] != '?') {
            // the usual text: plain ASCII up to the next tag, taken as it is
            textFrom = pos;
            pos = run;
            return run > textFrom;
        }
        while (pos < end) {
            run = plainRun(pos, true);
            if (run > pos) {
                appendAscii(pos, run);
                pos = run;
                continue;
            }
            int c = b[pos];
            if (c == '<') {
                if (startsWith("<!--")) {
                    comment();
                } else if (startsWith("<![CDATA[")) {
                    cdata();
                } else if (startsWith("<?")) {
                    processingInstruction();
                } else if (pos + 1 < end && b[pos + 1] == '!') {
                    throw malformed("markup declarations are not accepted inside an element");
                } else {
                    break;
                }
            } else if (c == '&') {
                reference();
            } else if (lineEnd()) {
                append('\n');
            } else if (c == ']' && startsWith("]]>")) {
                throw malformed("']]>' cannot appear in text");
            } else {
                character();
            }
        }
        return textLength > 0;
    }

    /**
     * Where the run of characters from {@code from} that stand for themselves ends: ASCII but
     * markup, references, {@code ]}, controls and line ends, which text keeps ({@code inText}) and
     * an attribute value turns into spaces.
     */
    private int plainRun(int from, boolean inText) {
        int kind = inText ? TEXT : ATTRIBUTE;
        for (int i = from; i < end; i++) {
            int c = b[i];
            if (c < 0 || (ASCII[c] & kind) == 0 || (c == 0x7F && xml11)) {
                return i;
            }
        }
        return end;
    }

    private void appendAscii(int from, int to) {
        int n = to - from;
        if (textLength + n > text.length) {
            text = Arrays.copyOf(text, Math.max(64, Math.max(text.length * 2, textLength + n)));
        }
        for (int i = from; i < to; i++) {
            text[textLength++] = (char) b[i];
        }
    }

    private void cdata() throws MalformedXmlException {
        pos += 9;
        while (true) {
            if (pos >= end) {
                throw malformed("a CDATA section is not closed");
            }
            int c = b[pos];
            if (c == ']' && startsWith("]]>")) {
                pos += 3;
                return;
            }
            if (lineEnd()) {
                append('\n');
            } else {
                character();
            }
        }
    }

    private void comment() throws MalformedXmlException {
        pos += 4;
        while (true) {
            if (pos >= end) {
                throw malformed("a comment is not closed");
            }
            if (b[pos] == '-' && pos + 1 < end && b[pos + 1] == '-') {
                if (pos + 2 < end && b[pos + 2] == '>') {
                    pos += 3;
                    return;
                }
                throw malformed("'--' cannot appear in a comment");
            }
            skipCharacter();
        }
    }

    private void processingInstruction() throws MalformedXmlException {
        pos += 2;
        int start = pos;
        target();
        if (pos - start == 3 && (b[start] | 0x20) == 'x' && (b[start + 1] | 0x20) == 'm' && (b[start + 2] | 0x20) == 'l') {
            throw malformed("the XML declaration must come first, and a processing instruction cannot be named 'xml'");
        }
        if (startsWith("?>")) {
            pos += 2;
            return;
        }
        requireSpace();
        while (true) {
            if (pos >= end) {
                throw malformed("a processing instruction is not closed");
            }
            if (startsWith("?>")) {
                pos += 2;
                return;
            }
            skipCharacter();
        }
    }

    /** A reference: one of the five predefined entities or a character reference. */
    private void reference() throws MalformedXmlException {
        int start = pos++;
        if (pos < end && b[pos] == '#') {
            pos++;
            boolean hex = pos < end && b[pos] == 'x';
            if (hex) {
                pos++;
            }
            int value = 0;
            int digits = 0;
            while (pos < end && b[pos] != ';') {
                int digit = Character.digit(b[pos], hex ? 16 : 10);
                if (digit < 0 || b[pos] < 0) {
                    throw malformed("a character reference holds '" + (char) (b[pos] & 0xFF) + "'");
                }
                value = value * (hex ? 16 : 10) + digit;
                if (value > Character.MAX_CODE_POINT) {
                    throw malformed("a character reference is past U+10FFFF");
                }
                digits++;
                pos++;
            }
            expect(';');
            if (digits == 0 || !(isXmlChar(value) || (xml11 && value >= 1 && value < 0x20))) {
                throw malformed("the character reference '" + string(start, pos) + "' is not a character XML can hold");
            }
            appendCodePoint(value);
            return;
        }
        if (matchEntity("lt;")) {
            append('<');
        } else if (matchEntity("gt;")) {
            append('>');
        } else if (matchEntity("amp;")) {
            append('&');
        } else if (matchEntity("apos;")) {
            append('\'');
        } else if (matchEntity("quot;")) {
            append('"');
        } else {
            int nameStart = pos;
            while (pos < end && pos - nameStart < 60 && b[pos] != ';' && b[pos] != '<') {
                pos++;
            }
            throw malformed("the entity '" + string(nameStart, pos) + "' is not accepted: only the five XML"
                    + " predefines and character references are");
        }
    }

    private boolean matchEntity(String rest) {
        if (startsWith(rest)) {
            pos += rest.length();
            return true;
        }
        return false;
    }

    /**
     * Skips the line end at {@code pos} if there is one but a line feed: CR LF, CR, and in XML 1.1
     * CR NEL, NEL and U+2028, each read as one line feed (XML 1.0 and 1.1, Section 2.11).
     */
    private boolean lineEnd() {
        int c = b[pos];
        if (c == '\r') {
            pos++;
            if (pos < end && b[pos] == '\n') {
                pos++;
            } else if (xml11 && startsWith("\u00C2\u0085")) {
                pos += 2;
            }
            return true;
        }
        if (xml11 && (startsWith("\u00C2\u0085") || startsWith("\u00E2\u0080\u00A8"))) {
            pos += c == (byte) 0xC2 ? 2 : 3;
            return true;
        }
        return false;
    }

    /** Appends the character at {@code pos}, checked. */
    private void character() throws MalformedXmlException {
        int c = b[pos];
        if ((c >= 0x20 && (c != 0x7F || !xml11)) || c == '\t' || c == '\n') {
            pos++;
            append((char) c);
        } else if (c < 0) {
            appendCodePoint(codePoint());
        } else {
            throw malformed("the character U+" + String.format("%04X", c) + " cannot appear in XML");
        }
    }

    private void skipCharacter() throws MalformedXmlException {
        int c = b[pos];
        if ((c >= 0x20 && (c != 0x7F || !xml11)) || c == '\t' || c == '\n' || c == '\r') {
            pos++;
        } else if (c < 0) {
            codePoint();
        } else {
            throw malformed("the character U+" + String.format("%04X", c) + " cannot appear in XML");
        }
    }

    /** Decodes the UTF-8 sequence at {@code pos}, which starts with a byte past ASCII, and checks it is a character XML can hold. */
    private int codePoint() throws MalformedXmlException {
        int b0 = b[pos] & 0xFF;
        int n;
        int c;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 1;
            c = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 2;
            c = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 3;
            c = b0 & 0x07;
            min = 0x10000;
        } else {
            throw malformed("invalid UTF-8");
        }
        if (pos + n >= end) {
            throw malformed("invalid UTF-8");
        }
        for (int i = 1; i <= n; i++) {
            int next = b[pos + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw malformed("invalid UTF-8");
            }
            c = (c << 6) | (next & 0x3F);
        }
        if (c < min || c > Character.MAX_CODE_POINT || !isXmlChar(c) || (xml11 && c <= 0x9F && c != 0x85)) {
            throw malformed(c < min || c > Character.MAX_CODE_POINT || Character.isSurrogate((char) c)
                    ? "invalid UTF-8" : "the character U+" + String.format("%04X", c) + " cannot appear in XML");
        }
        pos += n + 1;
        return c;
    }

    private static boolean isXmlChar(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private void append(char c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, Math.max(64, textLength * 2));
        }
        text[textLength++] = c;
    }

    private void appendCodePoint(int c) {
        if (c < 0x10000) {
            append((char) c);
        } else {
            append(Character.highSurrogate(c));
            append(Character.lowSurrogate(c));
        }
    }

    // ---- bytes

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < end && isSpace(b[pos])) {
            pos++;
        }
        return pos > start;
    }

    private void requireSpace() throws MalformedXmlException {
        if (!skipSpaces()) {
            throw malformed("a space is missing");
        }
    }

    private void expect(char c) throws MalformedXmlException {
        if (pos >= end || b[pos] != c) {
            throw malformed(pos >= end ? "the document ends where '" + c + "' was expected"
                    : "'" + c + "' was expected");
        }
        pos++;
    }

    private boolean startsWith(String ascii) {
        if (pos + ascii.length() > end) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if ((b[pos + i] & 0xFF) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameBytes(int from, int to, String ascii) {
        if (to - from != ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // loops rather than Arrays.equals, whose call costs more than these few bytes
    private boolean sameBytes(int from, int to, int otherFrom, int otherTo) {
        if (to - from != otherTo - otherFrom) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (b[from + i] != b[otherFrom + i]) {
                return false;
            }
        }
        return true;
    }

    private boolean sameBytes(int from, byte[] other) {
        for (int i = 0; i < other.length; i++) {
            if (b[from + i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    private String string(int from, int to) {
        byte[][] candidates = to - from < COMMON.length ? COMMON_BYTES[to - from] : null;
        if (candidates != null) {
            for (int i = 0; i < candidates.length; i++) {
                if (sameBytes(from, candidates[i])) {
                    return COMMON[to - from][i];
                }
            }
        }
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return new String(b, from, to - from, StandardCharsets.UTF_8);
            }
        }
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private String qname(int open) {
        return string(qnameStart[open], qnameEnd[open]);
    }

    private MalformedXmlException malformed(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, end); i++) {
            if (b[i] == '\n') {
                line++;
                column = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new MalformedXmlException(message + " (line " + line + ", column " + column + ")");
    }

    /** The document is not well-formed XML, or not XML this reader reads. */
    public static final class MalformedXmlException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedXmlException(String message) {
            super(message);
        }
    }
}
