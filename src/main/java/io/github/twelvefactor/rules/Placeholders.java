package io.github.twelvefactor.rules;

import java.util.regex.Pattern;

/**
 * Run-time placeholders in config values (RULES.md's "placeholder"), and what still ships when the
 * environment sets nothing: each placeholder's default.
 */
public final class Placeholders {
    private static final Pattern MAVEN_TOKEN = Pattern.compile("@[A-Za-z0-9_.-]+@");
    private static final Pattern WHOLE_VALUE = Pattern.compile("%[A-Za-z0-9_]+%|#\\{.*}|ENC\\(.*\\)|\\{cipher}.*"
            + "|vault:.*|op://.*");
    private static final Pattern MAVEN_PROPERTY = Pattern.compile("\\$\\{[^}:]+}");
    private static final Pattern SHELL_VAR = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");

    private Placeholders() {
    }

    /** True when the value holds a Maven {@code @property@} token: replaced at build time, baked. */
    public static boolean hasMavenToken(String value) {
        return value != null && MAVEN_TOKEN.matcher(value).find();
    }

    /**
     * True when Maven fills a {@code ${property}} of this value at build time: the resource is
     * filtered and the placeholder has no {@code :default} (Maven leaves {@code ${VAR:x}} alone,
     * since no Maven property has a colon in its name, so Spring still resolves it at run time).
     */
    public static boolean hasMavenProperty(String value, boolean mavenFiltered) {
        return mavenFiltered && value != null && MAVEN_PROPERTY.matcher(value).find();
    }

    /**
     * What the value amounts to when the environment sets nothing: every run-time placeholder is
     * replaced by its default ({@code ${VAR:dev}}, {@code ${VAR:-dev}}, Micronaut's
     * {@code ${VAR:`dev`}}), or by nothing when it has none ({@code ${VAR}}, {@code $VAR},
     * {@code %VAR%}, {@code #{...}}, secret references). A literal comes back as it is.
     */
    public static String shipped(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (WHOLE_VALUE.matcher(v).matches()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < v.length()) {
            int start = v.indexOf("${", i);
            if (start < 0) {
                out.append(v, i, v.length());
                break;
            }
            out.append(v, i, start);
            int end = closing(v, start + 2);
            if (end < 0) {
                out.append(v, start, v.length());
                break;
            }
            out.append(shipped(defaultOf(v.substring(start + 2, end))));
            i = end + 1;
        }
        return SHELL_VAR.matcher(out).replaceAll("").strip();
    }

    /** True when the value holds a run-time placeholder of any form. */
    public static boolean hasPlaceholder(String value) {
        if (value == null) {
            return false;
        }
        if (value.contains("${") || value.indexOf('$') >= 0 && SHELL_VAR.matcher(value).find()) {
            return true;
        }
        // each of WHOLE_VALUE's forms starts with its own mark: the pattern runs only after one
        String s = value.strip();
        return (s.startsWith("%") || s.startsWith("#{") || s.startsWith("ENC(") || s.startsWith("{cipher}")
                || s.startsWith("vault:") || s.startsWith("op://")) && WHOLE_VALUE.matcher(s).matches();
    }

    /**
     * The default inside {@code VAR:default} or {@code VAR:-default}; "" when none. (Compose's
     * {@code ${VAR-default}} is not read: Spring's {@code ${app-name}} would look the same.)
     */
    private static String defaultOf(String inner) {
        int colon = inner.indexOf(':');
        if (colon < 0) {
            return "";
        }
        String d = inner.substring(colon + 1);
        if (d.startsWith("-")) {
            d = d.substring(1);
        } else if (d.startsWith("?") || d.startsWith("+")) {
            return "";
        }
        if (d.length() >= 2 && d.startsWith("`") && d.endsWith("`")) {
            d = d.substring(1, d.length() - 1);
        }
        return d;
    }

    private static int closing(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
