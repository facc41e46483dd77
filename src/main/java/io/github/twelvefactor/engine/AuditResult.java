package io.github.twelvefactor.engine;

import java.util.List;
import java.util.Set;

/**
 * What an audit found: the findings that count (sorted by path, line, column, rule), how many were
 * suppressed in the sources, the files that were skipped or could not be parsed, how many files were
 * audited, how long it took, the fingerprints of the findings a baseline accepts (they are still in
 * {@code findings}, but do not fail the build), and the baseline entries that matched no finding
 * any more (fixed: the baseline can be refreshed).
 */
public record AuditResult(List<Finding> findings, int suppressed, List<FileIssue> fileIssues, int filesScanned,
        long millis, Set<String> baselined, List<String> fixedBaselineEntries) {

    public AuditResult {
        baselined = baselined == null ? Set.of() : Set.copyOf(baselined);
        fixedBaselineEntries = fixedBaselineEntries == null ? List.of() : List.copyOf(fixedBaselineEntries);
    }

    /** A result without a baseline. */
    public AuditResult(List<Finding> findings, int suppressed, List<FileIssue> fileIssues, int filesScanned,
            long millis) {
        this(findings, suppressed, fileIssues, filesScanned, millis, Set.of(), List.of());
    }

    /** True when a baseline accepts this finding. */
    public boolean isBaselined(Finding f) {
        return baselined.contains(f.fingerprint());
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public long filesWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }
}
