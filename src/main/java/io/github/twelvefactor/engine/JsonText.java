package io.github.twelvefactor.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the plugin reads and writes itself: string escaping for the reports and the baseline
 * file, and a strict reader (RFC 8259) for the baseline file, the one JSON it reads.
 *
 * <p>Why not Jackson, which did both before: the plugin's class realm then needed jackson-core and
 * its four parent poms resolved on every build, about 25 ms of every {@code mvn} run measured inside
 * the reactor, for one small file that most projects never have. The escaping gives the bytes
 * Jackson's generator gave, so committed baseline files do not change; tests compare both the
 * escaping and the reader with Jackson's.
 */
public final class JsonText {
    private static final String HEX = "0123456789ABCDEF";
    /** Deeper than any baseline file: a hostile one fails with a message, never a stack overflow. */
    static final int MAX_DEPTH = 500;

    private JsonText() {
    }

    /**
     * Appends {@code s} as a JSON string: in quotes; {@code "}, {@code \} and control characters
     * escaped ({@code \n}, {@code \t}, {@code \r}, {@code \b}, {@code \f}, the others as a backslash,
     * {@code u00} and two upper-case hex digits); a character beyond the BMP (an emoji) as its two
     * UTF-16 halves so escaped; everything else as it is. A lone surrogate (text cut inside an emoji)
     * becomes U+FFFD. Null is JSON's {@code null}.
     */
    public static void quote(Appendable out, String s) throws IOException {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape;
            int skip = 0;
            if (c == '"') {
                escape = "\\\"";
            } else if (c == '\\') {
                escape = "\\\\";
            } else if (c < 0x20) {
                escape = switch (c) {
                    case '\n' -> "\\n";
                    case '\t' -> "\\t";
                    case '\r' -> "\\r";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    default -> hex(c);
                };
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    escape = hex(c) + hex(s.charAt(i + 1));
                    skip = 1;
                } else {
                    escape = "\uFFFD";
                }
            } else {
                continue;
            }
            out.append(s, plain, i).append(escape);
            i += skip;
            plain = i + 1;
        }
        out.append(s, plain, n).append('"');
    }

    /** {@code s} as a JSON string, see {@link #quote(Appendable, String)}. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s == null ? 4 : s.length() + 2);
        try {
            quote(b, s);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }

    private static String hex(char c) {
        return "\\u" + HEX.charAt(c >> 12) + HEX.charAt((c >> 8) & 0xF) + HEX.charAt((c >> 4) & 0xF) + HEX.charAt(c & 0xF);
    }

    /** A text that is not JSON: the message says what was expected, {@code line} and {@code column} where (from 1). */
    public static final class Malformed extends Exception {
        private final String reason;
        private final int line;
        private final int column;

        Malformed(String reason, int line, int column) {
            super(reason + " at line " + line + ", column " + column);
            this.reason = reason;
            this.line = line;
            this.column = column;
        }

        /** What was expected or wrong, without the place. */
        public String reason() {
            return reason;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /**
     * The one JSON value {@code text} holds (surrounding whitespace and one leading byte-order mark
     * allowed): a {@code Map<String, Object>} in the object's order (a repeated name keeps its last
     * value), a {@code List<Object>}, a {@code String}, a {@code Long} (or {@code BigInteger}) for a
     * number without fraction or exponent, a {@code BigDecimal} for any other number, a
     * {@code Boolean}, or null.
     */
    public static Object parse(String text) throws Malformed {
        Reader r = new Reader(text);
        if (r.pos < text.length() && text.charAt(r.pos) == '\uFEFF') {
            r.pos++;
        }
        Object v = r.value(0);
        r.space();
        if (r.pos < text.length()) {
            throw r.fail("unexpected content after the JSON value");
        }
        return v;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        Object value(int depth) throws Malformed {
            space();
            if (pos >= s.length()) {
                throw fail("unexpected end of text, expected a value");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object(depth + 1);
                case '[':
                    return array(depth + 1);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw fail("unexpected character " + shown(c) + ", expected a value");
            }
        }

        private Map<String, Object> object(int depth) throws Malformed {
            if (depth > MAX_DEPTH) {
                throw fail("nested deeper than " + MAX_DEPTH);
            }
            pos++; // {
            Map<String, Object> out = new LinkedHashMap<>();
            space();
            if (peek() == '}') {
                pos++;
                return out;
            }
            while (true) {
                space();
                if (peek() != '"') {
                    throw fail("expected a field name in quotes");
                }
                String name = string();
                space();
                expect(':');
                out.put(name, value(depth));
                space();
                char c = peek();
                pos++;
                if (c == '}') {
                    return out;
                }
                if (c != ',') {
                    pos--;
                    throw fail("expected ',' or '}'");
                }
            }
        }

        private List<Object> array(int depth) throws Malformed {
            if (depth > MAX_DEPTH) {
                throw fail("nested deeper than " + MAX_DEPTH);
            }
            pos++; // [
            List<Object> out = new ArrayList<>();
            space();
            if (peek() == ']') {
                pos++;
                return out;
            }
            while (true) {
                out.add(value(depth));
                space();
                char c = peek();
                pos++;
                if (c == ']') {
                    return out;
                }
                if (c != ',') {
                    pos--;
                    throw fail("expected ',' or ']'");
                }
            }
        }

        private String string() throws Malformed {
            pos++; // "
            StringBuilder b = null;
            int plain = pos;
            while (true) {
                if (pos >= s.length()) {
                    throw fail("unexpected end of text inside a string");
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    String out = b == null ? s.substring(plain, pos) : b.append(s, plain, pos).toString();
                    pos++;
                    return out;
                }
                if (c < 0x20) {
                    throw fail("unescaped control character " + shown(c) + " in a string");
                }
                if (c != '\\') {
                    pos++;
                    continue;
                }
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(s, plain, pos);
                pos++;
                if (pos >= s.length()) {
                    throw fail("unexpected end of text inside a string");
                }
                char e = s.charAt(pos);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (pos + 4 >= s.length()) {
                            throw fail("unexpected end of text in a \\u escape");
                        }
                        int v = 0;
                        for (int k = 1; k <= 4; k++) {
                            int d = Character.digit(s.charAt(pos + k), 16);
                            if (d < 0) {
                                pos += k;
                                throw fail("expected a hex digit in a \\u escape");
                            }
                            v = v * 16 + d;
                        }
                        b.append((char) v);
                        pos += 4;
                    }
                    default -> throw fail("unknown escape \\" + shown(e));
                }
                pos++;
                plain = pos;
            }
        }

        private Object number() throws Malformed {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else if (digits() == 0) {
                throw fail("expected a digit");
            }
            boolean integral = true;
            if (peek() == '.') {
                pos++;
                integral = false;
                if (digits() == 0) {
                    throw fail("expected a digit after '.'");
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                integral = false;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (digits() == 0) {
                    throw fail("expected a digit in the exponent");
                }
            }
            String n = s.substring(start, pos);
            if (integral) {
                return n.length() < 19 ? (Object) Long.parseLong(n) : new BigInteger(n);
            }
            try {
                return new BigDecimal(n);
            } catch (NumberFormatException e) { // an exponent beyond an int
                pos = start;
                throw fail("a number out of range");
            }
        }

        private int digits() {
            int from = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            return pos - from;
        }

        private Object literal(String word, Object value) throws Malformed {
            if (!s.startsWith(word, pos)) {
                throw fail("unexpected character " + shown(s.charAt(pos)) + ", expected a value");
            }
            pos += word.length();
            return value;
        }

        private void expect(char c) throws Malformed {
            if (peek() != c) {
                throw fail("expected '" + c + "'");
            }
            pos++;
        }

        /** The character at the position, or 0 at the end. */
        private char peek() {
            return pos < s.length() ? s.charAt(pos) : 0;
        }

        void space() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        /** What was found where something else was expected, with the line and column of the position. */
        Malformed fail(String what) {
            int line = 1;
            int lineStart = 0;
            int end = Math.min(pos, s.length());
            for (int i = 0; i < end; i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Malformed(what, line, end - lineStart + 1);
        }

        private static String shown(char c) {
            return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
        }
    }
}
