package io.github.twelvefactor.source;

/**
 * One key and its value in a key/value config file (.properties, YAML flattened to dotted keys,
 * .env). {@code value} is null for YAML keys that hold a map or a list; {@code document} counts
 * YAML documents from 0. Line and column are 1-based and point at the value when it is on the key's
 * line, else at the key.
 */
public record ConfigEntry(String key, String value, int line, int column, int document) {

    /**
     * {@code key} without a list index at its end, as YAML's lists are flattened:
     * {@code spring.profiles.active} for {@code spring.profiles.active[0]}; any other key as it is. The
     * same as {@code key.replaceFirst("\\[\\d+]$", "")} for a key that does not end in a line
     * break, without a regular expression compiled per call.
     */
    public static String withoutListIndex(String key) {
        int close = key.length() - 1;
        if (close < 2 || key.charAt(close) != ']') {
            return key;
        }
        int i = close - 1;
        while (i >= 0 && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
            i--;
        }
        return i < close - 1 && i >= 0 && key.charAt(i) == '[' ? key.substring(0, i) : key;
    }

    /** The last segment of a dotted key: {@code password} for {@code spring.datasource.password}. */
    public String lastSegment() {
        int dot = key.lastIndexOf('.');
        String last = dot < 0 ? key : key.substring(dot + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
