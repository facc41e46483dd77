package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link JavaLexer} reads a char array through ASCII tables for speed; {@link JavaLexerReference}
 * is the lexer as it was. Both must give the same events, in the same order, with the same
 * positions, on any text: generated Java-like source full of the cases that differ between the two
 * ways of reading (escapes, text blocks, comments, non-ASCII letters and digits, surrogates,
 * identifier-ignorable control characters, line ends of every kind, unterminated everything).
 */
class JavaLexerDifferentialTest {

    private static final String[] PIECES = {
        "String", "password", " ", "  ", "\t", "\n", "\r\n", "\r", "=", ";", "(", ")", "{", "}", ".", ",", "@", "+",
        "\"plain\"", "\"with \\\"quote\\\"\"", "\"tab\\tnew\\nline\"", "\"\\u0041\\uuu0042\"", "\"\\101\\7\\0\"",
        "\"bad \\q escape\"", "\"\\u00zz\"", "\"ends in backslash\\", "\"open", "\"\"", "\"a\\\nb\"",
        "\"\"\"\n    block\n      indented\n    \"\"\"", "\"\"\"\n  cont\\\n  inued\"\"\"", "\"\"\"no newline",
        "\"\"\"\n unterminated", "'a'", "'\\''", "'\\\\'", "'\\u0041'", "'", "'open", "''",
        "// line comment \"not a string\"\n", "/* block \"no\" \n comment */", "/** doc */", "/* open", "/", "*/",
        "x", "_y", "$z", "a1", "名前", "caf\u00e9", "\u0660\u0661", "\u00b2", "123", "0x1F", "1_000L", "3.14e-2f",
        "1.", ".5", "0b1010", "9abc", "\u0001", "\u007f", "\u0085", "\u00a0", "\u2028", "\u3000", "\ud83d\ude00",
        "\ud83d", "\ude00", "\u00ff", "\\", "#", "`", "\u000b", "\f", "\u001c", "\u200b", "\u0000",
    };

    private static String generate(Random rnd) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + rnd.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            if (rnd.nextInt(20) == 0) {
                b.append((char) rnd.nextInt(0x3100)); // any char, now and then
            } else {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    /** Every event as text; {@code stopAfter} events, then done (negative: never done). */
    private static final class Recorder implements JavaLexer.Listener {
        final List<String> events = new ArrayList<>();
        private final int stopAfter;

        Recorder(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void identifier(String source, int start, int end, int line, int column) {
            events.add("identifier " + source.substring(start, end) + " " + start + "-" + end + " " + line + ":" + column);
        }

        @Override
        public void string(String value, int offset, int line, int column) {
            events.add("string [" + value + "] " + offset + " " + line + ":" + column);
        }

        @Override
        public void charLiteral(int offset, int line, int column) {
            events.add("char " + offset + " " + line + ":" + column);
        }

        @Override
        public void punctuation(char c, int offset, int line, int column) {
            events.add("punctuation " + (int) c + " " + offset + " " + line + ":" + column);
        }

        @Override
        public boolean done() {
            return stopAfter >= 0 && events.size() >= stopAfter;
        }
    }

    private static List<String> fast(String src, int stopAfter) {
        Recorder r = new Recorder(stopAfter);
        JavaLexer.scan(src, r);
        return r.events;
    }

    private static List<String> reference(String src, int stopAfter) {
        Recorder r = new Recorder(stopAfter);
        JavaLexerReference.scan(src, r);
        return r.events;
    }

    @Test
    void givesTheReferenceLexersEventsOnGeneratedSource() {
        Random rnd = new Random(20261129L);
        int events = 0;
        for (int i = 0; i < 20_000; i++) {
            String src = generate(rnd);
            List<String> expected = reference(src, -1);
            assertEquals(expected, fast(src, -1), () -> "source: " + escaped(src));
            events += expected.size();
        }
        assertTrue(events > 200_000, "the generated sources gave too few events to compare: " + events);
    }

    @Test
    void stopsAtTheSameEventWhenTheListenerIsDone() {
        Random rnd = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            String src = generate(rnd);
            int stopAfter = rnd.nextInt(6);
            List<String> expected = reference(src, stopAfter);
            assertEquals(expected, fast(src, stopAfter), () -> "source: " + escaped(src) + ", done after " + stopAfter);
        }
        assertEquals(List.of(), fast("String x = \"y\";", 0), "a listener done from the start hears nothing");
    }

    @Test
    void readsEveryCharTheWayTheReferenceDoes() {
        // each char alone and between letters: the tables must answer as Character does
        for (char c = 0; c < 0x3100; c++) {
            for (String src : new String[] {String.valueOf(c), "a" + c + "b", "1" + c + "2", "\"" + c + "\"" + c}) {
                assertEquals(reference(src, -1), fast(src, -1), "char U+" + Integer.toHexString(c));
            }
        }
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }
}
