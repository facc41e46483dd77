package io.github.twelvefactor.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile as a list of instructions, with continuation lines joined (honouring the
 * {@code # escape=} directive), comments dropped, and exec-form ({@code ["java","-jar"]}) arguments
 * decoded.
 */
public final class Dockerfile {

    /**
     * One instruction. {@code keyword} is upper-case; {@code arguments} is the raw text after it;
     * {@code execForm} is null when the arguments are not a JSON array.
     */
    public record Instruction(String keyword, String arguments, int line, List<String> execForm) {
        public boolean isExecForm() {
            return execForm != null;
        }
    }

    private final List<Instruction> instructions;

    private Dockerfile(List<Instruction> instructions) {
        this.instructions = instructions;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public static Dockerfile parse(String[] lines) {
        char escape = '\\';
        List<Instruction> out = new ArrayList<>();
        boolean directives = true;
        int i = 0;
        while (i < lines.length) {
            String t = lines[i].strip();
            if (directives && t.startsWith("#")) {
                String d = t.substring(1).strip().toLowerCase(Locale.ROOT);
                if (d.startsWith("escape=") && d.length() > 7) {
                    escape = t.substring(t.indexOf('=') + 1).strip().charAt(0);
                }
                i++;
                continue;
            }
            if (t.isEmpty() || t.startsWith("#")) {
                i++;
                continue;
            }
            directives = false;
            int first = i + 1;
            StringBuilder logical = new StringBuilder();
            String cur = t;
            while (true) {
                if (cur.endsWith(String.valueOf(escape))) {
                    logical.append(cur, 0, cur.length() - 1).append(' ');
                    i++;
                    // skip comment lines and blank lines inside a continuation, as docker does
                    while (i < lines.length && (lines[i].strip().startsWith("#") || lines[i].isBlank())) {
                        i++;
                    }
                    if (i >= lines.length) {
                        break;
                    }
                    cur = lines[i].strip();
                } else {
                    logical.append(cur);
                    i++;
                    break;
                }
            }
            String text = logical.toString().strip();
            int space = indexOfBlank(text);
            String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
            String args = space < 0 ? "" : text.substring(space).strip();
            out.add(new Instruction(keyword, args, first, execForm(args)));
        }
        return new Dockerfile(List.copyOf(out));
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes a JSON array of strings, or null when {@code args} is not one. */
    static List<String> execForm(String args) {
        String s = args.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            return null;
        }
        List<String> items = new ArrayList<>();
        int i = 1;
        int end = s.length() - 1;
        while (true) {
            while (i < end && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= end) {
                return items;
            }
            if (s.charAt(i) != '"') {
                return null;
            }
            StringBuilder item = new StringBuilder();
            i++;
            while (i < end && s.charAt(i) != '"') {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < end) {
                    char n = s.charAt(++i);
                    item.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> n;
                    });
                } else {
                    item.append(c);
                }
                i++;
            }
            if (i >= end) {
                return null;
            }
            items.add(item.toString());
            i++;
            while (i < end && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i < end) {
                if (s.charAt(i) != ',') {
                    return null;
                }
                i++;
            }
        }
    }
}
