package io.github.twelvefactor.rules.config;

import java.util.HashSet;
import java.util.Set;

import io.github.twelvefactor.engine.Redaction;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.rules.support.SecretJudge;
import io.github.twelvefactor.rules.support.SecretText;
import io.github.twelvefactor.source.SourceFile;

/**
 * Reports {@code hardcoded-secret} findings of one file: one message shape per verdict, the secret
 * always masked, and at most one finding per position (YAML anchors and merge keys show the same
 * value under several keys; a compose variable is seen both as a compose entry and as YAML).
 */
final class SecretFindings {
    private final Reporter out;
    private final SourceFile file;
    private final Set<Long> seen = new HashSet<>();

    SecretFindings(SourceFile file, Reporter out) {
        this.file = file;
        this.out = out;
    }

    /** Judges {@code raw} as the value of {@code key} and reports it when something secret ships. */
    void judge(String key, String raw, boolean mavenFiltered, int line, int column) {
        SecretJudge.Verdict v = SecretJudge.judge(raw, mavenFiltered, SecretJudge.PLAIN_SECRET);
        if (v != null) {
            report(key, v, line, column);
        }
    }

    void report(String key, SecretJudge.Verdict v, int line, int column) {
        switch (v.kind()) {
            case LITERAL -> secret(line, column, Redaction.SECRET_IN + key + "': " + Redaction.mask(v.value()),
                    v.value());
            case DEFAULT -> secret(line, column, Redaction.SECRET_AS_DEFAULT + key + "': "
                    + Redaction.mask(v.value()), v.value());
            case BUILD_TIME -> {
                // Maven fills it in at build time: build-time-config reports that on this line, and
                // hardcoded-secret reports the literal where the pom writes it. One problem, one finding.
            }
        }
    }

    /**
     * Reports {@code message} (which must already mask {@code secret}) unless this position was
     * reported; the engine masks the secret as written on the line.
     */
    void secret(int line, int column, String message, String secret) {
        if (first(line, column)) {
            out.reportSecret(line, column, message, SecretText.asWritten(file.line(line), column, secret));
        }
    }

    private boolean first(int line, int column) {
        return seen.add(((long) line << 20) | (column & 0xFFFFF));
    }
}
