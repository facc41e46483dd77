package io.github.twelvefactor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The one way this package writes JSON ({@link JsonWriter}: UTF-8, two-space indents and {@code \n}
 * line ends whatever the platform), with files replaced in one move so that a reader never sees
 * half a report.
 */
final class JsonOutput {
    @FunctionalInterface
    interface Body {
        void write(JsonWriter g) throws IOException;
    }

    private JsonOutput() {
    }

    /** Writes one JSON document, ending with a newline; leaves {@code out} open. */
    static void write(OutputStream out, Body body) throws IOException {
        JsonWriter g = new JsonWriter(out);
        body.write(g);
        g.finish();
    }

    /** Writes {@code fileName} in {@code directory} (created when missing) and returns its path. */
    static Path writeFile(Path directory, String fileName, Body body) throws IOException {
        return io.github.twelvefactor.engine.AtomicFiles.replace(directory, fileName,
                new io.github.twelvefactor.engine.AtomicFiles.Content() { // no lambda: see Finding.comparePlace
                    @Override
                    public void writeTo(OutputStream out) throws IOException {
                        write(out, body);
                    }
                });
    }

    /** Writes {@code "field": "value"} with {@link #clean(String) clean} text. */
    static void string(JsonWriter g, String field, String value) throws IOException {
        g.writeStringField(field, clean(value));
    }

    /** Writes SARIF's message shape, {@code "field": {"text": "..."}}. */
    static void text(JsonWriter g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        string(g, "text", text);
        g.writeEndObject();
    }

    /**
     * Null becomes empty and a lone UTF-16 surrogate (e.g. a snippet cut in the middle of an emoji)
     * becomes U+FFFD: the generator would otherwise throw, and one odd character must not cost the
     * user the whole report.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
