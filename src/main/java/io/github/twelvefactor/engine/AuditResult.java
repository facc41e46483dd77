package io.github.twelvefactor.engine;

import java.util.List;

/**
 * What an audit found: the findings that count (sorted by path, line, column, rule), how many were
 * suppressed in the sources, the files that were skipped or could not be parsed, how many files were
 * audited, and how long it took.
 */
public record AuditResult(List<Finding> findings, int suppressed, List<FileIssue> fileIssues, int filesScanned,
        long millis) {

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public long filesWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }
}
