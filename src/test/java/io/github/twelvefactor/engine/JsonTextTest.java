package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@link JsonText} against Jackson, which the plugin used before: the same values read from valid
 * JSON, the same texts refused, and the same bytes written for the baseline file.
 */
class JsonTextTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    /** Jackson's reading of {@code text} in the shape JsonText gives, or null when Jackson refuses it. */
    private static String jackson(String text) {
        try (JsonParser p = JACKSON.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            String v = canonical(p, t);
            return p.nextToken() == null ? v : null;
        } catch (JsonProcessingException | NumberFormatException e) { // the latter: an exponent beyond an int
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                // a repeated name keeps its last value, in the place of its first: as a LinkedHashMap
                java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    fields.put(name, canonical(p, p.nextToken()));
                }
                StringBuilder b = new StringBuilder("{");
                fields.forEach((k, v) -> b.append(k.length()).append(':').append(k).append('=').append(v).append(';'));
                return b.append('}').toString();
            }
            case START_ARRAY: {
                StringBuilder b = new StringBuilder("[");
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    b.append(canonical(p, e)).append(';');
                }
                return b.append(']').toString();
            }
            case VALUE_STRING:
                return "s" + p.getText().length() + ":" + p.getText();
            case VALUE_NUMBER_INT:
                return "i" + p.getBigIntegerValue();
            case VALUE_NUMBER_FLOAT:
                return "d" + p.getDecimalValue().stripTrailingZeros().toPlainString();
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null";
            default:
                throw new IllegalStateException("unexpected " + t);
        }
    }

    /** JsonText's reading of {@code text} in the same shape, or null when it refuses it. */
    private static String ours(String text) {
        try {
            return canonical(JsonText.parse(text));
        } catch (JsonText.Malformed e) {
            return null;
        }
    }

    private static String canonical(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, x) -> b.append(((String) k).length()).append(':').append(k).append('=').append(canonical(x)).append(';'));
            return b.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            l.forEach(x -> b.append(canonical(x)).append(';'));
            return b.append(']').toString();
        }
        if (v instanceof String s) {
            return "s" + s.length() + ":" + s;
        }
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return "i" + v;
        }
        if (v instanceof BigDecimal d) {
            return "d" + d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    private static String randomString(Random rnd) {
        String pieces = "ab \u00e9\u4e2d/<>";
        StringBuilder b = new StringBuilder("\"");
        for (int k = rnd.nextInt(8); k > 0; k--) {
            switch (rnd.nextInt(6)) {
                case 0 -> b.append("\\\"\\\\\\/\\b\\f\\n\\r\\t".substring(rnd.nextInt(8) * 2).substring(0, 2));
                case 1 -> b.append(String.format("\\u%04x", rnd.nextInt(0x10000)));
                case 2 -> b.appendCodePoint(0x1F600 + rnd.nextInt(40));
                default -> b.append(pieces.charAt(rnd.nextInt(pieces.length())));
            }
        }
        return b.append('"').toString();
    }

    private static String randomNumber(Random rnd) {
        String[] shapes = {"0", "-0", "7", "-12", "123456789012345678901234", "3.25", "-0.5", "1e5", "2E-3", "4.5e+2",
            "9223372036854775807", "-9223372036854775808", "9223372036854775808"};
        return shapes[rnd.nextInt(shapes.length)];
    }

    private static void value(StringBuilder b, Random rnd, int depth) {
        String ws = List.of("", " ", "\n", "\t", "\r\n  ").get(rnd.nextInt(5));
        b.append(ws);
        switch (rnd.nextInt(depth > 0 ? 8 : 5)) {
            case 0 -> b.append(randomString(rnd));
            case 1 -> b.append(randomNumber(rnd));
            case 2 -> b.append(List.of("true", "false", "null").get(rnd.nextInt(3)));
            case 3, 4 -> b.append(randomString(rnd));
            case 5, 6 -> {
                b.append('{');
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    b.append(ws).append(rnd.nextInt(3) == 0 ? "\"dup\"" : randomString(rnd)).append(ws).append(':');
                    value(b, rnd, depth - 1);
                    if (k > 1) {
                        b.append(',');
                    }
                }
                b.append(ws).append('}');
            }
            default -> {
                b.append('[');
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    value(b, rnd, depth - 1);
                    if (k > 1) {
                        b.append(',');
                    }
                }
                b.append(ws).append(']');
            }
        }
        b.append(ws);
    }

    @Test
    void readsWhatJacksonReadsAndRefusesWhatItRefuses() {
        Random rnd = new Random(7);
        int valid = 0;
        int refused = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder b = new StringBuilder();
            value(b, rnd, 4);
            String text = b.toString();
            if (n % 2 == 1) {
                // a mutation: a character dropped, doubled or replaced by one JSON cares about
                int at = rnd.nextInt(text.length() + 1);
                String marks = "{}[],:\"\\ \u0001-.e0a";
                String c = String.valueOf(marks.charAt(rnd.nextInt(marks.length())));
                text = switch (rnd.nextInt(3)) {
                    case 0 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text + c;
                    case 1 -> text.substring(0, at) + c + text.substring(at);
                    default -> at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text + c;
                };
            }
            String expected = jackson(text);
            assertEquals(expected, ours(text), text);
            if (expected == null) {
                refused++;
            } else {
                valid++;
            }
        }
        assertTrue(valid > 2500 && refused > 500, "both kinds compared often enough: " + valid + " read, " + refused + " refused");
    }

    @Test
    void refusesWhatJsonForbids() {
        for (String bad : List.of("", " ", "{", "}", "[1,]", "{\"a\":1,}", "{a:1}", "{'a':1}", "01", "1.", ".5", "+1", "-",
                "1e", "NaN", "tru", "nul", "\"\\x\"", "\"\\u12g4\"", "\"tab\there\"", "// c\n{}", "{} {}", "[] x",
                "\"open")) {
            assertEquals(null, jackson(bad), "Jackson refuses " + bad);
            assertThrows(JsonText.Malformed.class, () -> JsonText.parse(bad), bad);
        }
    }

    @Test
    void saysWhereTheTextStopsBeingJson() {
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class, () -> JsonText.parse("{\n  \"a\": 1,\n  \"b\" 2\n}"));
        assertEquals(3, e.line());
        assertEquals(7, e.column());
        assertTrue(e.getMessage().startsWith("expected ':'"), e.getMessage());
    }

    @Test
    void aByteOrderMarkAndDeepNestingAreHandled() throws JsonText.Malformed {
        assertEquals(Map.of("version", 1L), JsonText.parse("\uFEFF{\"version\": 1}"));
        String deep = "[".repeat(JsonText.MAX_DEPTH) + "]".repeat(JsonText.MAX_DEPTH);
        assertEquals(JsonText.MAX_DEPTH, depth(JsonText.parse(deep)));
        String tooDeep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class, () -> JsonText.parse(tooDeep));
        assertTrue(e.getMessage().startsWith("nested deeper than " + JsonText.MAX_DEPTH), e.getMessage());
    }

    private static int depth(Object v) {
        return v instanceof List<?> l ? 1 + (l.isEmpty() ? 0 : depth(l.get(0))) : 0;
    }

    /** The baseline's entry line as Jackson's compact generator wrote it before. */
    private static String jacksonEntry(Baseline.Entry e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("fingerprint", e.fingerprint());
            g.writeStringField("ruleId", e.ruleId());
            g.writeStringField("path", e.path());
            g.writeStringField("hint", e.hint());
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void baselineFilesKeepTheirBytes() throws IOException {
        Random rnd = new Random(11);
        String chars = "aZ09 _-./\"\\\t\u0001\u007f\u00e9\u4e2d\u2028<>&'";
        for (int n = 0; n < 300; n++) {
            List<Baseline.Entry> entries = new ArrayList<>();
            for (int k = rnd.nextInt(4); k > 0; k--) {
                StringBuilder hint = new StringBuilder();
                for (int c = rnd.nextInt(30); c > 0; c--) {
                    if (rnd.nextInt(10) == 0) {
                        hint.appendCodePoint(0x1F600 + rnd.nextInt(40));
                    } else {
                        hint.append(chars.charAt(rnd.nextInt(chars.length())));
                    }
                }
                entries.add(new Baseline.Entry(Long.toHexString(rnd.nextLong()), "rule-" + rnd.nextInt(5),
                        "src/F" + rnd.nextInt(9) + ".java", hint.toString()));
            }
            Baseline baseline = new Baseline(entries);
            StringBuilder expected = new StringBuilder("{\n  \"version\": 1,\n  \"entries\": [");
            for (int i = 0; i < baseline.entries().size(); i++) {
                expected.append(i == 0 ? "\n    " : ",\n    ").append(jacksonEntry(baseline.entries().get(i)));
            }
            expected.append(baseline.entries().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), baseline.toBytes(), expected.toString());
        }
    }
}
