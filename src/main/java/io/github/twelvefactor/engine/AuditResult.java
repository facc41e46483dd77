package io.github.twelvefactor.engine;

import java.util.List;
import java.util.Set;

/**
 * What an audit found: the findings that count (sorted by path, line, column, rule), how many were
 * suppressed in the sources, the files that were skipped or could not be parsed, how many files were
 * audited, how long it took, the fingerprints of the findings a baseline accepts (they are still in
 * {@code findings}, but do not fail the build), and the baseline entries that matched no finding
 * any more (fixed: the baseline can be refreshed), and whether a baseline was read at all (only
 * then is a finding "new" rather than merely found). {@code work} says how the files were audited
 * (for the log and the benchmark; not part of any report, which must not change with the cache).
 */
public record AuditResult(List<Finding> findings, int suppressed, List<FileIssue> fileIssues, int filesScanned,
        long millis, Set<String> baselined, List<String> fixedBaselineEntries, boolean baselineApplied, Work work) {

    /**
     * How the files were audited: how many got a full Java parse, how many had their file rules'
     * results taken from the cache, and what became of the cache (null when it was off).
     */
    public record Work(int javaParsed, int fromCache, String cacheStatus) {
        public static final Work NONE = new Work(0, 0, null);
    }

    public AuditResult {
        baselined = baselined == null ? Set.of() : Set.copyOf(baselined);
        fixedBaselineEntries = fixedBaselineEntries == null ? List.of() : List.copyOf(fixedBaselineEntries);
        work = work == null ? Work.NONE : work;
    }

    public AuditResult(List<Finding> findings, int suppressed, List<FileIssue> fileIssues, int filesScanned,
            long millis, Set<String> baselined, List<String> fixedBaselineEntries, boolean baselineApplied) {
        this(findings, suppressed, fileIssues, filesScanned, millis, baselined, fixedBaselineEntries, baselineApplied,
                Work.NONE);
    }

    public AuditResult(List<Finding> findings, int suppressed, List<FileIssue> fileIssues, int filesScanned,
            long millis, Set<String> baselined, List<String> fixedBaselineEntries) {
        this(findings, suppressed, fileIssues, filesScanned, millis, baselined, fixedBaselineEntries,
                !(baselined == null || baselined.isEmpty()) || !(fixedBaselineEntries == null
                        || fixedBaselineEntries.isEmpty()));
    }

    /** A result without a baseline. */
    public AuditResult(List<Finding> findings, int suppressed, List<FileIssue> fileIssues, int filesScanned,
            long millis) {
        this(findings, suppressed, fileIssues, filesScanned, millis, Set.of(), List.of(), false);
    }

    /** True when a baseline accepts this finding. */
    public boolean isBaselined(Finding f) {
        return baselined.contains(f.fingerprint());
    }

    /** How many findings a baseline accepts. */
    public long baselinedCount() {
        long n = 0;
        for (Finding f : findings) {
            n += isBaselined(f) ? 1 : 0;
        }
        return n;
    }

    /** How many findings at or above {@code failAt} no baseline accepts: they fail the build. */
    public long failing(Severity failAt) {
        if (failAt == null) {
            return 0;
        }
        long n = 0;
        for (Finding f : findings) {
            n += f.severity().atLeast(failAt) && !isBaselined(f) ? 1 : 0;
        }
        return n;
    }

    public long count(Severity s) {
        long n = 0;
        for (Finding f : findings) {
            n += f.severity() == s ? 1 : 0;
        }
        return n;
    }

    public long filesWithFindings() {
        Set<String> paths = new java.util.HashSet<>();
        for (Finding f : findings) {
            paths.add(f.path());
        }
        return paths.size();
    }
}
