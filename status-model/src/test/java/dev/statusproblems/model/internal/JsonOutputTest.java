package dev.statusproblems.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    @Test
    void escapesQuotesBackslashesAndEveryControlCharacter() {
        String text = new JsonOutput(4).value("\"\\\n\r\t\b\f\u0000\u001f/").toString();

        assertThat(text).isEqualTo("\"\\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u001f/\"");
    }

    @Test
    void encodesEveryPlaneAsUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonOutput(4).value("é한😀").writeTo(out);

        assertThat(out.toByteArray()).isEqualTo("\"é한😀\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesUnpairedSurrogatesAsTheReplacementCharacter() {
        assertThat(new JsonOutput(4).value("\uDC00x\uD800").toString()).isEqualTo("\"\uFFFDx\uFFFD\"");
    }

    @Test
    void writesNestedValuesWithCommasInPlace() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("a", List.of());
        object.put("b", Arrays.asList(1, null, true, new BigDecimal("1E+3")));
        object.put("c", Map.of());

        String text = new JsonOutput(4).startObject().name("x").value(object).name("y").value(2L).endObject().toString();

        assertThat(text).isEqualTo("{\"x\":{\"a\":[],\"b\":[1,null,true,1E+3],\"c\":{}},\"y\":2}");
    }
}
