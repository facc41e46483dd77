package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * {@link JsonWriter} gives the bytes that Jackson's generator gave with the pretty printer the
 * reports used before it (two-space indents, {@code \n}, {@code "a": 1}, empty {@code {}} and
 * {@code []}), on generated documents of every shape the reports write.
 */
class JsonWriterTest {
    /** One writer's calls, so the same document can be sent to both. */
    private interface Sink {
        void startObject() throws IOException;

        void endObject() throws IOException;

        void objectField(String name) throws IOException;

        void arrayField(String name) throws IOException;

        void endArray() throws IOException;

        void stringField(String name, String value) throws IOException;

        void numberField(String name, long value) throws IOException;

        void booleanField(String name, boolean value) throws IOException;

        void string(String value) throws IOException;
    }

    private static byte[] jackson(Document doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        try (JsonGenerator g = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
            doc.write(new Sink() {
                public void startObject() throws IOException {
                    g.writeStartObject();
                }

                public void endObject() throws IOException {
                    g.writeEndObject();
                }

                public void objectField(String name) throws IOException {
                    g.writeObjectFieldStart(name);
                }

                public void arrayField(String name) throws IOException {
                    g.writeArrayFieldStart(name);
                }

                public void endArray() throws IOException {
                    g.writeEndArray();
                }

                public void stringField(String name, String value) throws IOException {
                    g.writeStringField(name, value);
                }

                public void numberField(String name, long value) throws IOException {
                    g.writeNumberField(name, value);
                }

                public void booleanField(String name, boolean value) throws IOException {
                    g.writeBooleanField(name, value);
                }

                public void string(String value) throws IOException {
                    g.writeString(value);
                }
            });
            g.writeRaw('\n');
        }
        return bytes.toByteArray();
    }

    private static byte[] ours(Document doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonWriter g = new JsonWriter(bytes);
        doc.write(new Sink() {
            public void startObject() throws IOException {
                g.writeStartObject();
            }

            public void endObject() throws IOException {
                g.writeEndObject();
            }

            public void objectField(String name) throws IOException {
                g.writeObjectFieldStart(name);
            }

            public void arrayField(String name) throws IOException {
                g.writeArrayFieldStart(name);
            }

            public void endArray() throws IOException {
                g.writeEndArray();
            }

            public void stringField(String name, String value) throws IOException {
                g.writeStringField(name, value);
            }

            public void numberField(String name, long value) throws IOException {
                g.writeNumberField(name, value);
            }

            public void booleanField(String name, boolean value) throws IOException {
                g.writeBooleanField(name, value);
            }

            public void string(String value) throws IOException {
                g.writeString(value);
            }
        });
        g.finish();
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface Document {
        void write(Sink s) throws IOException;
    }

    /** Text with what needs escaping: quotes, backslashes, every control character, non-ASCII, emoji, DEL, U+2028. */
    private static String text(Random rnd) {
        String pieces = "ab \"\\/\u007f\u00e9\u4e2d\u2028<>&'";
        StringBuilder b = new StringBuilder();
        for (int k = rnd.nextInt(12); k > 0; k--) {
            switch (rnd.nextInt(4)) {
                case 0 -> b.append((char) rnd.nextInt(0x20));
                case 1 -> b.appendCodePoint(0x1F600 + rnd.nextInt(50));
                default -> b.append(pieces.charAt(rnd.nextInt(pieces.length())));
            }
        }
        return b.toString();
    }

    /** A random object's entries, nested up to {@code depth}. */
    private static void entries(Sink s, Random rnd, int depth) throws IOException {
        for (int k = rnd.nextInt(5); k > 0; k--) {
            String name = rnd.nextInt(4) == 0 ? text(rnd) : "field" + rnd.nextInt(9);
            switch (rnd.nextInt(depth > 0 ? 7 : 4)) {
                case 0 -> s.stringField(name, text(rnd));
                case 1 -> s.numberField(name, rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(1000) - 10);
                case 2 -> s.booleanField(name, rnd.nextBoolean());
                case 3 -> s.stringField(name, rnd.nextInt(5) == 0 ? null : "");
                case 4, 5 -> {
                    s.arrayField(name);
                    for (int e = rnd.nextInt(4); e > 0; e--) {
                        if (rnd.nextBoolean()) {
                            s.string(text(rnd));
                        } else {
                            s.startObject();
                            entries(s, rnd, depth - 1);
                            s.endObject();
                        }
                    }
                    s.endArray();
                }
                default -> {
                    s.objectField(name);
                    entries(s, rnd, depth - 1);
                    s.endObject();
                }
            }
        }
    }

    @Test
    void givesJacksonsBytesOnGeneratedDocuments() throws IOException {
        int escapes = 0;
        for (int n = 0; n < 3000; n++) {
            long seed = n;
            Document doc = s -> {
                Random rnd = new Random(seed);
                s.startObject();
                entries(s, rnd, 4);
                s.endObject();
            };
            String expected = new String(jackson(doc), StandardCharsets.UTF_8);
            assertEquals(expected, new String(ours(doc), StandardCharsets.UTF_8), "document " + n);
            escapes += expected.contains("\\u00") ? 1 : 0;
        }
        assertTrue(escapes > 500, "the documents escape control characters often enough: " + escapes);
    }

    @Test
    void shapesAsTheReportsWriteThem() throws IOException {
        String out = new String(ours(s -> {
            s.startObject();
            s.objectField("tool");
            s.stringField("name", "twelvefactor");
            s.endObject();
            s.arrayField("findings");
            s.endArray();
            s.objectField("empty");
            s.endObject();
            s.arrayField("tags");
            s.string("a\"b\\c\n\u0001");
            s.endArray();
            s.numberField("line", 12);
            s.booleanField("baselined", false);
            s.endObject();
        }), StandardCharsets.UTF_8);
        assertEquals("{\n  \"tool\": {\n    \"name\": \"twelvefactor\"\n  },\n  \"findings\": [],\n  \"empty\": {},\n"
                + "  \"tags\": [\n    \"a\\\"b\\\\c\\n\\u0001\"\n  ],\n  \"line\": 12,\n  \"baselined\": false\n}\n", out);
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() throws IOException {
        String out = new String(ours(s -> {
            s.startObject();
            s.stringField("snippet", "cut \uD83D here, and \uDE00 there, whole \uD83D\uDE00");
            s.endObject();
        }), StandardCharsets.UTF_8);
        assertEquals("{\n  \"snippet\": \"cut \uFFFD here, and \uFFFD there, whole \\uD83D\\uDE00\"\n}\n", out);
    }

    @Test
    void misuseThrowsInsteadOfWritingBrokenJson() {
        assertThrows(IllegalStateException.class, () -> ours(s -> {
            s.startObject();
            s.string("a value without a name");
        }));
        assertThrows(IllegalStateException.class, () -> ours(s -> {
            s.startObject();
            s.endArray();
        }));
        assertThrows(IllegalStateException.class, () -> ours(s -> s.startObject()));
        assertThrows(IllegalStateException.class, () -> ours(s -> s.stringField("outside", "an object")));
    }
}
