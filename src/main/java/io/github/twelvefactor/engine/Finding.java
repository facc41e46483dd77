package io.github.twelvefactor.engine;

/**
 * One violation, immutable. {@code path} is relative to the reactor's root folder with {@code /};
 * {@code line} and {@code column} are 1-based (0 when unknown); {@code snippet} is the flagged
 * line with any secret masked; {@code fingerprint} survives lines moving (see {@link Fingerprints}).
 */
public record Finding(String ruleId, Factor factor, Severity severity, String path, int line, int column,
        String message, String remediation, String snippet, String fingerprint) {

    /**
     * Compares two findings by place: path, line, column, then rule. A plain method rather than a
     * comparator chain: each lambda or method reference is a class spun at run time, about half a
     * millisecond of a fresh JVM, and every build starts one.
     */
    public static int comparePlace(Finding a, Finding b) {
        int c = a.path.compareTo(b.path);
        if (c == 0) {
            c = Integer.compare(a.line, b.line);
        }
        if (c == 0) {
            c = Integer.compare(a.column, b.column);
        }
        return c != 0 ? c : a.ruleId.compareTo(b.ruleId);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, factor, s, path, line, column, message, remediation, snippet, fingerprint);
    }

    public Finding withFingerprint(String f) {
        return new Finding(ruleId, factor, severity, path, line, column, message, remediation, snippet, f);
    }
}
