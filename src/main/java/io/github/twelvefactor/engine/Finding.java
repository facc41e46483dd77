package io.github.twelvefactor.engine;

/**
 * One violation, immutable. {@code path} is relative to the reactor's root folder with {@code /};
 * {@code line} and {@code column} are 1-based (0 when unknown); {@code snippet} is the flagged
 * line with any secret masked; {@code fingerprint} survives lines moving (see {@link Fingerprints}).
 */
public record Finding(String ruleId, Factor factor, Severity severity, String path, int line, int column,
        String message, String remediation, String snippet, String fingerprint) {

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, factor, s, path, line, column, message, remediation, snippet, fingerprint);
    }

    public Finding withFingerprint(String f) {
        return new Finding(ruleId, factor, severity, path, line, column, message, remediation, snippet, f);
    }
}
