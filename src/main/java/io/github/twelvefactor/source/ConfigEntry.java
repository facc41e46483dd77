package io.github.twelvefactor.source;

/**
 * One key and its value in a key/value config file (.properties, YAML flattened to dotted keys,
 * .env). {@code value} is null for YAML keys that hold a map or a list; {@code document} counts
 * YAML documents from 0. Line and column are 1-based and point at the value when it is on the key's
 * line, else at the key.
 */
public record ConfigEntry(String key, String value, int line, int column, int document) {

    /** The last segment of a dotted key: {@code password} for {@code spring.datasource.password}. */
    public String lastSegment() {
        int dot = key.lastIndexOf('.');
        String last = dot < 0 ? key : key.substring(dot + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
