package io.github.twelvefactor.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How bad a finding is. Ordered from most to least severe. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String sarifLevel() {
        return sarifLevel;
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info}, case-insensitive; null when unknown. */
    public static Severity parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Severity s : values()) {
            if (s.id().equals(v)) {
                return s;
            }
        }
        return null;
    }

    public static String accepted() {
        return Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", "));
    }
}
