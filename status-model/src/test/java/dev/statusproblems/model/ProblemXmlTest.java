package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ProblemXmlTest {

    @Test
    void writesTheAppendixBFormInItsNamespace() {
        ProblemDetail problem = ProblemDetail.builder(404).detail("Order 42 does not exist")
                .instance("/shop/api/orders/42").with("accounts", List.of("/a/1", "/a/2")).build();

        assertThat(ProblemXml.toXml(problem)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<problem xmlns=\"urn:ietf:rfc:7807\"><type>about:blank</type><title>Not Found</title>"
                + "<status>404</status><detail>Order 42 does not exist</detail>"
                + "<instance>/shop/api/orders/42</instance>"
                + "<accounts><i>/a/1</i><i>/a/2</i></accounts></problem>");
    }

    @Test
    void typedValuesCarryXsiTypes() throws Exception {
        ProblemDetail problem = ProblemDetail.builder(403).with("balance", 30).with("ratio", 0.5)
                .with("ok", true).with("none", null).build();

        Document document = dom(ProblemXml.toXml(problem));

        String xsi = "http://www.w3.org/2001/XMLSchema-instance";
        assertThat(document.getElementsByTagNameNS(ProblemXml.NAMESPACE, "balance").item(0).getAttributes()
                .getNamedItemNS(xsi, "type").getNodeValue()).isEqualTo("xs:integer");
        assertThat(document.getElementsByTagNameNS(ProblemXml.NAMESPACE, "none").item(0).getAttributes()
                .getNamedItemNS(xsi, "nil").getNodeValue()).isEqualTo("true");
    }

    @Test
    void readsAForeignAppendixBDocument() {
        ProblemDetail problem = ProblemXml.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<problem xmlns=\"urn:ietf:rfc:7807\">\n  <type>https://example.com/probs/out-of-credit</type>\n"
                + "  <title>You do not have enough credit.</title>\n  <detail>Your current balance is 30.</detail>\n"
                + "  <instance>https://example.net/account/12345/msgs/abc</instance>\n  <balance>30</balance>\n"
                + "  <accounts>\n    <i>https://example.net/account/12345</i>\n"
                + "    <i>https://example.net/account/67890</i>\n  </accounts>\n  <status>403</status>\n</problem>");

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.title()).isEqualTo("You do not have enough credit.");
        assertThat(problem.extensions()).containsEntry("balance", "30").containsEntry("accounts",
                List.of("https://example.net/account/12345", "https://example.net/account/67890"));
    }

    @Test
    void valuesOfEveryKindRoundTrip() {
        ProblemDetail problem = ProblemDetail.builder(422).with("n", 7).with("big", Long.MAX_VALUE)
                .with("dec", new BigDecimal("1.50")).with("yes", false).with("nothing", null)
                .with("empty", List.of()).with("emptyObject", Map.of()).with("onlyI", Map.of("i", "x"))
                .with("text", "").with("violations", List.of(Map.of("field", "name", "in", "body"))).build();

        assertThat(ProblemXml.parse(ProblemXml.toXml(problem))).isEqualTo(problem);
    }

    @Test
    void carriageReturnsAndMarkupSurvive() {
        String text = "line\r\nnext\r<b>&amp;</b> ]]> \"q\"";
        ProblemDetail problem = ProblemDetail.builder(400).detail(text).build();

        assertThat(ProblemXml.parse(ProblemXml.toXml(problem)).detail()).contains(text);
    }

    @Test
    void charactersXmlCannotHoldBecomeTheReplacementCharacter() throws Exception {
        ProblemDetail problem = ProblemDetail.builder(400).detail("a\u0000b\u001bc\uFFFEd\uD800e").build();

        String xml = ProblemXml.toXml(problem);

        dom(xml); // well-formed
        assertThat(ProblemXml.parse(xml).detail()).contains("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    }

    @Test
    void doctypeIsRefused() {
        assertThatThrownBy(() -> ProblemXml.parse("<?xml version=\"1.0\"?><!DOCTYPE problem []>"
                + "<problem xmlns=\"urn:ietf:rfc:7807\"><status>400</status></problem>"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: a DTD is not accepted");
    }

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE problem [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<problem xmlns=\"urn:ietf:rfc:7807\"><status>400</status><detail>&xxe;</detail></problem>";

        assertThatThrownBy(() -> ProblemXml.parse(xxe))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<problem xmlns=\"urn:ietf:rfc:7807\"><status>400</status><detail>&lol2;</detail></problem>";

        assertThatThrownBy(() -> ProblemXml.parse(laughs)).isInstanceOf(ProblemFormatException.class);
    }

    @Test
    void rootOutsideTheNamespaceIsRefused() {
        assertThatThrownBy(() -> ProblemXml.parse("<problem><status>400</status></problem>"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: the root element must be 'problem' in namespace"
                        + " urn:ietf:rfc:7807, but was 'problem' in no namespace");
    }

    @Test
    void malformedXmlIsRefusedClearly() {
        assertThatThrownBy(() -> ProblemXml.parse("<problem xmlns=\"urn:ietf:rfc:7807\"><status>400</problem>"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageStartingWith("not a problem document: malformed XML: ");
    }

    @Test
    void statusThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> ProblemXml.parse("<problem xmlns=\"urn:ietf:rfc:7807\"><status>abc</status></problem>"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: 'status' must be a whole number from 100 to 599, but was 'abc'");
    }

    @Test
    void missingStatusIsTakenFromTheResponseWhenGiven() {
        ProblemDetail problem = ProblemXml.read(new ByteArrayInputStream(
                "<problem xmlns=\"urn:ietf:rfc:7807\"/>".getBytes(StandardCharsets.UTF_8)), 503);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.title()).isEqualTo("Service Unavailable");
    }

    @Test
    void typedValueThatDoesNotParseIsRefused() {
        assertThatThrownBy(() -> ProblemXml.parse("<problem xmlns=\"urn:ietf:rfc:7807\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><status>400</status>"
                + "<n xsi:type=\"xs:integer\">seven</n></problem>"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'n' is not a valid xs:integer: 'seven'");
    }

    @Test
    void xml11DocumentUndeclaresAPrefix() {
        ProblemDetail problem = ProblemXml.parse("<?xml version=\"1.1\"?><problem xmlns=\"urn:ietf:rfc:7807\""
                + " xmlns:e=\"\"><status>404</status></problem>");

        assertThat(problem.status()).isEqualTo(404);
    }

    @Test
    void xml10DocumentThatUndeclaresAPrefixIsRefused() {
        assertThatThrownBy(() -> ProblemXml.parse("<?xml version=\"1.0\"?><problem xmlns=\"urn:ietf:rfc:7807\""
                + " xmlns:e=\"\"><status>404</status></problem>"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageStartingWith("not a problem document: malformed XML: the prefix 'e' cannot be bound to no"
                        + " namespace");
    }

    @Test
    void processingInstructionTargetHoldsColonsAnywhere() {
        ProblemDetail problem = ProblemXml.parse("<?a:1 x?><problem xmlns=\"urn:ietf:rfc:7807\"><?:a?>"
                + "<status>404</status><?b: x?></problem>");

        assertThat(problem.status()).isEqualTo(404);
    }

    @Test
    void elementAfterTheRootElementIsRefused() {
        assertThatThrownBy(() -> ProblemXml.parse("<problem xmlns=\"urn:ietf:rfc:7807\"><status>404</status></problem>"
                + "<problem xmlns=\"urn:ietf:rfc:7807\"><status>200</status></problem>"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageStartingWith("not a problem document: malformed XML: ");
    }

    @Test
    void commentAfterTheRootElementIsRead() {
        ProblemDetail problem = ProblemXml.parse("<problem xmlns=\"urn:ietf:rfc:7807\"><status>404</status></problem>"
                + "<!-- sent by a proxy -->\n");

        assertThat(problem.status()).isEqualTo(404);
    }

    @Test
    void documentInUtf16WithAByteOrderMarkIsRead() {
        byte[] utf16 = ("\uFEFF<problem xmlns=\"urn:ietf:rfc:7807\"><status>400</status><detail>Größe 한</detail></problem>")
                .getBytes(StandardCharsets.UTF_16LE);

        assertThat(ProblemXml.read(new ByteArrayInputStream(utf16)).detail()).contains("Größe 한");
    }

    @Test
    void documentInTheEncodingItDeclaresIsRead() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><problem xmlns=\"urn:ietf:rfc:7807\">"
                + "<status>400</status><detail>Größe</detail></problem>").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ProblemXml.read(new ByteArrayInputStream(latin1)).detail()).contains("Größe");
    }

    @Test
    void entityOtherThanThePredefinedIsRefused() {
        assertThatThrownBy(() -> ProblemXml.parse("<problem xmlns=\"urn:ietf:rfc:7807\"><status>400</status>"
                + "<detail>&lol;</detail></problem>"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageStartingWith("not a problem document: malformed XML: the entity 'lol' is not accepted");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] document = "<problem xmlns=\"urn:ietf:rfc:7807\"><status>400</status><detail>Gr\u00F6\u00DFe</detail></problem>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ProblemXml.read(new ByteArrayInputStream(document)))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageStartingWith("not a problem document: malformed XML: invalid UTF-8");
    }

    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
