package io.github.twelvefactor.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a config value as literal text and references resolved later (RULES.md, "placeholder").
 *
 * <p>Run-time references ({@link Kind#RUNTIME}):
 * <ul>
 * <li>{@code ${NAME}}, {@code ${NAME:default}} (Spring, Quarkus, Micronaut; nested
 * {@code ${A:${B:x}}}), Micronaut's backtick default {@code ${NAME:`x:y`}};</li>
 * <li>compose and shell: {@code $NAME}, {@code ${NAME:-x}}, {@code ${NAME-x}}, {@code ${NAME:+x}},
 * {@code ${NAME?error}}, {@code ${NAME:?error}} ({@code $$} is a literal {@code $});</li>
 * <li>{@code %NAME%} (Windows), {@code #{...}} (SpEL), {@code {{ ... }}} (Helm, Ansible),
 * {@code ${{ ... }}} (GitHub Actions);</li>
 * <li>whole-value references to an encrypted value or a secret store: {@code ENC(...)} (Jasypt),
 * {@code {cipher}...} (Spring Cloud Config), {@code vault:}, {@code op://} (1Password),
 * {@code sm://} (Google Secret Manager), {@code aws-secretsmanager:},
 * {@code aws-parameterstore:}, {@code @Microsoft.KeyVault(...)}.</li>
 * </ul>
 * A default written in the file ({@code ${DB_PASSWORD:s3cret}}) is returned as the reference's
 * {@link Part#fallback()} so that a rule can judge it: a literal default ships with the artifact.
 *
 * <p>Build-time tokens ({@link Kind#BUILD_TIME}): in a resource that Maven filters,
 * {@code @name@} and {@code ${name}} are replaced by Maven when the artifact is built, so the value
 * is baked in and they are <em>not</em> placeholders. Two exceptions follow what Maven does:
 * {@code ${name:default}} is left alone by Maven (no property has that name), and an upper-case
 * {@code ${DB_PASSWORD}} reaches Maven only as {@code ${env.DB_PASSWORD}}, so it survives filtering
 * and stays a run-time placeholder. In a resource Maven does not filter, {@code @name@} is an
 * unresolved token, not a literal value: it counts as a reference.
 *
 * <p>The forms are read the same in every kind of file: a bare {@code $NAME} counts as a
 * reference in a {@code .properties} file too, where Spring would keep it as text, so a literal
 * such as {@code pa$word} is read as holding one. Rules built on this stay silent on such a value
 * rather than report it wrongly.
 */
public final class Placeholders {

    /** What a part of a value is. */
    public enum Kind {
        /** Text written in the file and used as is. */
        LITERAL,
        /** Resolved when the application runs (or the container starts). */
        RUNTIME,
        /** Replaced by Maven resource filtering when the artifact is built. */
        BUILD_TIME
    }

    /**
     * One part of a value. {@code text} is the part as written; {@code fallback} is the literal
     * default of a run-time reference ({@code ""} for {@code ${X:}}), or null when it has none or
     * its default is itself resolved at run time.
     */
    public record Part(Kind kind, String text, String fallback) {
    }

    private static final List<String> STORE_PREFIXES = List.of("{cipher}", "vault:", "op://", "sm://",
            "aws-secretsmanager:", "aws-parameterstore:", "@microsoft.keyvault(");

    private Placeholders() {
    }

    /** The parts of {@code value}, in order; literal parts are never empty. */
    public static List<Part> parse(String value, boolean mavenFiltered) {
        List<Part> parts = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return parts;
        }
        String trimmed = value.strip();
        if (isStoreReference(trimmed)) {
            parts.add(new Part(Kind.RUNTIME, trimmed, null));
            return parts;
        }
        StringBuilder literal = new StringBuilder();
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            int end = -1;
            Part ref = null;
            if (c == '$' && i + 1 < n && value.charAt(i + 1) == '$') {
                literal.append('$');
                i += 2;
                continue;
            } else if (c == '$' && i + 1 < n && value.charAt(i + 1) == '{') {
                end = closing(value, i + 1);
                if (end > 0) {
                    ref = dollarBrace(value.substring(i, end + 1), value.substring(i + 2, end), mavenFiltered);
                }
            } else if (c == '$' && i + 1 < n && isNameStart(value.charAt(i + 1))) {
                end = i + 1;
                while (end + 1 < n && isNamePart(value.charAt(end + 1))) {
                    end++;
                }
                ref = new Part(Kind.RUNTIME, value.substring(i, end + 1), null);
            } else if ((c == '#' || c == '{') && i + 1 < n && value.charAt(i + 1) == '{') {
                end = closing(value, i + 1);
                if (end > 0) {
                    if (c == '{' && end + 1 < n && value.charAt(end + 1) == '}') {
                        end++;
                    }
                    ref = new Part(Kind.RUNTIME, value.substring(i, end + 1), null);
                }
            } else if (c == '%' && i + 1 < n && isNameStart(value.charAt(i + 1))) {
                end = scanName(value, i + 1, '%');
                if (end > 0) {
                    ref = new Part(Kind.RUNTIME, value.substring(i, end + 1), null);
                }
            } else if (c == '@' && i + 1 < n && isNameStart(value.charAt(i + 1))) {
                end = scanName(value, i + 1, '@');
                if (end > 0) {
                    ref = new Part(mavenFiltered ? Kind.BUILD_TIME : Kind.RUNTIME, value.substring(i, end + 1), null);
                }
            }
            if (ref == null) {
                literal.append(c);
                i++;
                continue;
            }
            if (literal.length() > 0) {
                parts.add(new Part(Kind.LITERAL, literal.toString(), null));
                literal.setLength(0);
            }
            parts.add(ref);
            i = end + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Part(Kind.LITERAL, literal.toString(), null));
        }
        return parts;
    }

    /** True when the whole value (blanks aside) is one run-time reference, with or without a default. */
    public static boolean isPlaceholder(String value, boolean mavenFiltered) {
        Part only = single(value, mavenFiltered);
        return only != null && only.kind() == Kind.RUNTIME;
    }

    /** True when some part of the value is resolved at run time. */
    public static boolean containsPlaceholder(String value, boolean mavenFiltered) {
        return hasPart(parse(value, mavenFiltered), Kind.RUNTIME);
    }

    /** True when some part of the value is filled in by Maven resource filtering. */
    public static boolean containsBuildTimeToken(String value, boolean mavenFiltered) {
        return mavenFiltered && hasPart(parse(value, true), Kind.BUILD_TIME);
    }

    /** A loop, not a stream's lambda: every config value comes here (see Finding.comparePlace). */
    private static boolean hasPart(List<Part> parts, Kind kind) {
        for (Part p : parts) {
            if (p.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal default of a value that is one run-time reference ({@code ${DB_PASSWORD:s3cret}}
     * gives {@code s3cret}), or null when there is none.
     */
    public static String literalDefault(String value, boolean mavenFiltered) {
        Part only = single(value, mavenFiltered);
        return only != null && only.kind() == Kind.RUNTIME ? only.fallback() : null;
    }

    private static Part single(String value, boolean mavenFiltered) {
        List<Part> parts = parse(value, mavenFiltered);
        Part found = null;
        for (Part p : parts) {
            if (p.kind() == Kind.LITERAL && p.text().isBlank()) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = p;
        }
        return found;
    }

    private static boolean isStoreReference(String v) {
        if (v.startsWith("ENC(") && v.endsWith(")")) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        for (String prefix : STORE_PREFIXES) {
            if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }

    /** {@code ${...}}: its name, its default, and what Maven filtering does with it. */
    private static Part dollarBrace(String whole, String inner, boolean mavenFiltered) {
        if (inner.startsWith("{")) {
            return new Part(Kind.RUNTIME, whole, null); // ${{ github expression }}
        }
        int nameEnd = 0;
        while (nameEnd < inner.length() && "`:-?+=".indexOf(inner.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        String name = inner.substring(0, nameEnd);
        boolean envStyle = !name.isEmpty();
        for (int k = 0; k < name.length() && envStyle; k++) {
            char ch = name.charAt(k);
            envStyle = ch == '_' || Character.isDigit(ch) || (ch >= 'A' && ch <= 'Z');
        }
        String rest = inner.substring(nameEnd);
        String fallback = null;
        boolean hasDefault = false;
        if (rest.startsWith(":-") || rest.startsWith(":=") || rest.startsWith(":+")) {
            hasDefault = true;
            fallback = fallbackOf(rest.substring(2));
        } else if (rest.startsWith(":?") || (rest.startsWith("?") && envStyle)) {
            hasDefault = true; // required variable: the text is an error message, not a value
        } else if (rest.startsWith(":")) {
            hasDefault = true;
            String d = rest.substring(1);
            fallback = d.length() >= 2 && d.startsWith("`") && d.endsWith("`") ? d.substring(1, d.length() - 1)
                    : fallbackOf(d);
        } else if (envStyle && !rest.isEmpty() && "-=+".indexOf(rest.charAt(0)) >= 0) {
            hasDefault = true;
            fallback = fallbackOf(rest.substring(1));
        } else if (!rest.isEmpty()) {
            // a name with '-', '?' or '+' inside ({@code ${db-password}}): the whole is the name
            name = inner;
        }
        if (mavenFiltered && !hasDefault && !envStyle) {
            return new Part(Kind.BUILD_TIME, whole, null);
        }
        return new Part(Kind.RUNTIME, whole, fallback);
    }

    /** A default is literal when it holds no reference; {@code ${A:${B:x}}} gives {@code x}. */
    private static String fallbackOf(String d) {
        List<Part> parts = parse(d, false);
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            Part p = parts.get(0);
            return p.kind() == Kind.LITERAL ? p.text() : p.fallback();
        }
        return null;
    }

    /** Index of the brace closing the one at {@code open}, counting nested braces; -1 when none. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index of {@code close} ending a name ({@code [A-Za-z0-9_.-]}) started at {@code from}; -1 when none. */
    private static int scanName(String s, int from, char close) {
        int i = from;
        while (i < s.length() && (isNamePart(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        return i < s.length() && s.charAt(i) == close && i > from ? i : -1;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
