package io.github.twelvefactor.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .properties} file read the way {@link java.util.Properties#load} reads it (comments,
 * continuation lines, {@code =}/{@code :}/blank separators, escapes), but keeping the line and
 * column of every entry.
 */
public final class PropertiesFile {
    private PropertiesFile() {
    }

    public static List<ConfigEntry> parse(String[] lines) {
        List<ConfigEntry> entries = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String raw = lines[i];
            int start = skipBlank(raw, 0);
            if (start >= raw.length() || raw.charAt(start) == '#' || raw.charAt(start) == '!') {
                i++;
                continue;
            }
            int firstLine = i + 1;
            StringBuilder logical = new StringBuilder(raw.substring(start));
            int valueLineOffset = start;
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                i++;
                logical.append(lines[i].substring(skipBlank(lines[i], 0)));
            }
            i++;
            String text = logical.toString();
            int keyEnd = keyEnd(text);
            String key = unescape(text.substring(0, keyEnd));
            int sep = skipBlank(text, keyEnd);
            if (sep < text.length() && (text.charAt(sep) == '=' || text.charAt(sep) == ':')) {
                sep = skipBlank(text, sep + 1);
            }
            String value = unescape(text.substring(Math.min(sep, text.length())));
            int column = valueLineOffset + Math.min(sep, raw.length() - valueLineOffset) + 1;
            entries.add(new ConfigEntry(key, value, firstLine, column, 0));
        }
        return entries;
    }

    private static int skipBlank(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    private static boolean endsWithContinuation(CharSequence s) {
        int backslashes = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int keyEnd(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                return i;
            }
            i++;
        }
        return s.length();
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (isHex(s, i + 1, i + 5)) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
