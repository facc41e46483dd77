package io.github.twelvefactor.rules.support;

import java.util.ArrayList;
import java.util.List;

import io.github.twelvefactor.source.Dockerfile;

/**
 * The variables an {@code ENV} or {@code ARG} instruction sets: {@code ENV A=1 B="two words"},
 * legacy {@code ENV A value with spaces}, {@code ARG NAME=default}; {@code ARG NAME} without a
 * default has a null value. Each is placed on the physical line that holds its name, at the column
 * where its value starts.
 */
public final class DockerfileVariables {

    /** One variable; {@code value} keeps no quotes and is null when none is given. */
    public record Variable(String name, String value, int line, int column) {
    }

    /**
     * More variables than this in one instruction are not read: no real Dockerfile has them, and
     * placing each one scans its lines, which on a hostile file costs time in the square of its size.
     */
    static final int MAX_VARIABLES = 256;

    private DockerfileVariables() {
    }

    /** The variables of {@code ins}, or an empty list when it is neither ENV nor ARG. */
    public static List<Variable> of(Dockerfile.Instruction ins, String[] lines) {
        List<Variable> out = new ArrayList<>();
        if (!ins.keyword().equals("ENV") && !ins.keyword().equals("ARG")) {
            return out;
        }
        String args = ins.arguments();
        int firstBlank = indexOfBlank(args, 0);
        String firstWord = firstBlank < 0 ? args : args.substring(0, firstBlank);
        if (!firstWord.contains("=")) {
            // legacy form: ENV NAME the rest of the line
            String value = firstBlank < 0 ? null : unquote(args.substring(firstBlank).strip());
            add(out, firstWord, ins.keyword().equals("ARG") ? null : value, ins.line(), lines);
            return out;
        }
        int i = 0;
        while (i < args.length() && out.size() < MAX_VARIABLES) {
            while (i < args.length() && Character.isWhitespace(args.charAt(i))) {
                i++;
            }
            if (i >= args.length()) {
                break;
            }
            int blank = indexOfBlank(args, i);
            int eq = args.indexOf('=', i);
            if (blank >= 0 && eq > blank) {
                eq = -1;
            }
            if (eq < 0 || (blank >= 0 && blank < eq)) {
                int end = blank < 0 ? args.length() : blank;
                add(out, args.substring(i, end), null, ins.line(), lines);
                i = end;
                continue;
            }
            String name = args.substring(i, eq);
            StringBuilder value = new StringBuilder();
            int k = eq + 1;
            char quote = 0;
            while (k < args.length()) {
                char c = args.charAt(k);
                if (quote == 0 && Character.isWhitespace(c)) {
                    break;
                }
                if (c == '\\' && k + 1 < args.length() && quote != '\'') {
                    value.append(args.charAt(k + 1));
                    k += 2;
                    continue;
                }
                if ((c == '"' || c == '\'') && (quote == 0 || quote == c)) {
                    quote = quote == 0 ? c : 0;
                } else {
                    value.append(c);
                }
                k++;
            }
            add(out, name, value.toString(), ins.line(), lines);
            i = k;
        }
        return out;
    }

    private static void add(List<Variable> out, String name, String value, int firstLine, String[] lines) {
        int line = firstLine;
        int column = 0;
        for (int l = firstLine; l >= 1 && l <= lines.length; l++) {
            String text = lines[l - 1].strip();
            if (l > firstLine && (text.isEmpty() || text.startsWith("#"))) {
                continue; // docker skips comments and blank lines inside a continuation
            }
            int at = indexOfWord(lines[l - 1], name);
            if (at >= 0) {
                line = l;
                column = valueColumn(lines[l - 1], at + name.length());
                break;
            }
            if (!lines[l - 1].stripTrailing().endsWith("\\")) {
                break; // the instruction ends on this line
            }
        }
        out.add(new Variable(name, value, line, column));
    }

    /** 1-based column of the value after a name ending at {@code nameEnd}: past {@code =} or blanks. */
    private static int valueColumn(String line, int nameEnd) {
        int i = nameEnd;
        if (i < line.length() && line.charAt(i) == '=') {
            return i + 2;
        }
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    /**
     * Where {@code name} stands as a word of its own (not inside {@code ARG} or another name). Only
     * word starts are tried: a name has no blank, so this stays linear in the line's length even
     * when a hostile line repeats a long prefix of the name.
     */
    private static int indexOfWord(String line, String name) {
        if (name.isEmpty()) {
            return -1;
        }
        for (int at = 0; at < line.length(); at++) {
            if (at > 0 && !Character.isWhitespace(line.charAt(at - 1)) || Character.isWhitespace(line.charAt(at))) {
                continue;
            }
            int end = at + name.length();
            if (line.startsWith(name, at)
                    && (end == line.length() || line.charAt(end) == '=' || Character.isWhitespace(line.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static int indexOfBlank(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
