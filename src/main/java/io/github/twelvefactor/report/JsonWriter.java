package io.github.twelvefactor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.github.twelvefactor.engine.JsonText;

/**
 * Writes the reports' JSON: UTF-8, two-space indents, {@code \n} line ends, {@code "name": value},
 * {@code {}} and {@code []} when empty; the bytes Jackson's generator gave with the pretty printer
 * this package used (a test compares the two on generated documents).
 *
 * <p>Why not Jackson's generator: building its factory and printer cost about 40 ms of the first
 * report in every build, more than writing the report. The reports need only this: nested objects
 * and arrays of strings, whole numbers and booleans. Strings are escaped by {@link JsonText#quote}
 * (a lone surrogate, from a snippet cut inside an emoji, becomes U+FFFD, so one odd character cannot
 * cost the user the report). Calls must nest properly; a misuse is a bug here, and throws.
 */
final class JsonWriter {
    private final Writer out;
    /** Per open level: whether it is an object, and whether it holds an entry yet. */
    private final boolean[] object = new boolean[64];
    private final boolean[] filled = new boolean[64];
    private int depth;
    private boolean rootWritten;

    JsonWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
    }

    void writeStartObject() throws IOException {
        beforeValue();
        open(true, '{');
    }

    void writeEndObject() throws IOException {
        close(true, '}');
    }

    void writeObjectFieldStart(String name) throws IOException {
        field(name);
        open(true, '{');
    }

    void writeArrayFieldStart(String name) throws IOException {
        field(name);
        open(false, '[');
    }

    void writeEndArray() throws IOException {
        close(false, ']');
    }

    void writeStringField(String name, String value) throws IOException {
        field(name);
        quoted(value);
    }

    void writeNumberField(String name, long value) throws IOException {
        field(name);
        out.write(Long.toString(value));
    }

    void writeBooleanField(String name, boolean value) throws IOException {
        field(name);
        out.write(value ? "true" : "false");
    }

    /** A string as an array element (or as the whole document). */
    void writeString(String value) throws IOException {
        beforeValue();
        quoted(value);
    }

    /** Ends the document with a newline and flushes; leaves the stream open. */
    void finish() throws IOException {
        if (depth != 0) {
            throw new IllegalStateException("JSON left open at depth " + depth);
        }
        out.write('\n');
        out.flush();
    }

    private void open(boolean isObject, char c) throws IOException {
        if (depth == object.length) {
            throw new IllegalStateException("JSON nested deeper than " + object.length);
        }
        out.write(c);
        object[depth] = isObject;
        filled[depth] = false;
        depth++;
    }

    private void close(boolean isObject, char c) throws IOException {
        if (depth == 0 || object[depth - 1] != isObject) {
            throw new IllegalStateException("no open JSON " + (isObject ? "object" : "array") + " to close");
        }
        depth--;
        if (filled[depth]) {
            newLine(depth);
        }
        out.write(c);
    }

    /** A field name in the open object, after the separator the entry needs. */
    private void field(String name) throws IOException {
        if (depth == 0 || !object[depth - 1]) {
            throw new IllegalStateException("a JSON field outside an object: " + name);
        }
        entry();
        quoted(name);
        out.write(": ");
    }

    /** Where a value starts: the root, or an element of the open array. */
    private void beforeValue() throws IOException {
        if (depth == 0) {
            if (rootWritten) {
                throw new IllegalStateException("a second JSON document");
            }
            rootWritten = true;
            return;
        }
        if (object[depth - 1]) {
            throw new IllegalStateException("a JSON value without a field name in an object");
        }
        entry();
    }

    private void entry() throws IOException {
        if (filled[depth - 1]) {
            out.write(',');
        }
        filled[depth - 1] = true;
        newLine(depth);
    }

    private void newLine(int level) throws IOException {
        out.write('\n');
        for (int i = 0; i < level; i++) {
            out.write("  ");
        }
    }

    /** {@code s} quoted and escaped ({@link JsonText#quote}); null as JSON's {@code null}, as Jackson wrote it. */
    private void quoted(String s) throws IOException {
        JsonText.quote(out, s);
    }
}
