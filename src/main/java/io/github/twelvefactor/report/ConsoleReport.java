package io.github.twelvefactor.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;

/**
 * The console report: a table of findings per factor and severity, the findings grouped by file
 * ({@code path:line:col  severity  rule-id  message} with the remediation under it), the files that
 * were skipped or could not be parsed, and one summary line. Findings that fail the build go to the
 * error level, so that {@code mvn -q} shows exactly those.
 */
public final class ConsoleReport {

    /** Where lines go: Maven's log in the plugin, a list in tests. */
    public interface Sink {
        void info(String line);

        void warn(String line);

        void error(String line);

        /** Emphasis (a file's path); plain text unless the sink knows how to style. */
        default String strong(String text) {
            return text;
        }

        /** How a finding's severity and rule id look when the finding fails the build. */
        default String failure(String text) {
            return text;
        }

        /** How a finding's severity and rule id look when it does not fail the build. */
        default String notice(String text) {
            return text;
        }
    }

    private ConsoleReport() {
    }

    /**
     * @param failAt the severity at or above which a finding fails the build, or null for none
     */
    public static void render(AuditResult result, Severity failAt, Sink out) {
        List<Finding> findings = result.findings();
        if (!findings.isEmpty()) {
            table(findings, out);
            Map<String, List<Finding>> byFile = new LinkedHashMap<>();
            for (Finding f : findings) {
                List<Finding> inFile = byFile.get(f.path());
                if (inFile == null) {
                    inFile = new java.util.ArrayList<>();
                    byFile.put(f.path(), inFile);
                }
                inFile.add(f);
            }
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                out.info("");
                out.info(out.strong(e.getKey()));
                for (Finding f : e.getValue()) {
                    boolean baselined = result.isBaselined(f);
                    boolean fails = failAt != null && f.severity().atLeast(failAt) && !baselined;
                    String tag = f.severity().id() + "  " + f.ruleId();
                    String line = "  " + location(f) + "  " + (fails ? out.failure(tag) : out.notice(tag)) + "  "
                            + (baselined ? "[baselined] " : "") + f.message();
                    String fix = "      -> " + f.remediation();
                    if (fails) {
                        out.error(line);
                        out.error(fix);
                    } else if (f.severity() == Severity.INFO || baselined) {
                        out.info(line);
                        out.info(fix);
                    } else {
                        out.warn(line);
                        out.warn(fix);
                    }
                }
            }
            out.info("");
        }
        for (FileIssue issue : result.fileIssues()) {
            String line = issue.kind().label() + ": " + issue.path() + ": " + issue.reason();
            if (issue.kind() == FileIssue.Kind.NOTICE) {
                out.info(line);
            } else {
                out.warn(line);
            }
        }
        List<String> fixed = result.fixedBaselineEntries();
        if (!fixed.isEmpty()) {
            out.info(fixed.size() + (fixed.size() == 1 ? " baseline entry matches" : " baseline entries match")
                    + " no finding any more (fixed); run mvn twelvefactor:baseline to refresh the baseline file:");
            for (String entry : fixed) {
                out.info("  fixed: " + entry);
            }
        }
        out.info(summary(result));
    }

    /**
     * {@code N findings (E errors, W warnings, I info) in F files scanned in T ms}, plus how many are
     * new and baselined (with a baseline) and suppressed.
     */
    public static String summary(AuditResult r) {
        return summary(r, true);
    }

    /** The summary, with or without the audit's time (the HTML report leaves it out: see ReportWriter). */
    static String summary(AuditResult r, boolean withTime) {
        String s = r.findings().size() + (r.findings().size() == 1 ? " finding" : " findings") + " ("
                + r.count(Severity.ERROR) + " errors, " + r.count(Severity.WARNING) + " warnings, "
                + r.count(Severity.INFO) + " info) in " + r.filesScanned() + " files scanned"
                + (withTime ? " in " + r.millis() + " ms" : "");
        if (r.baselineApplied()) {
            long baselined = r.baselinedCount();
            s += "; " + (r.findings().size() - baselined) + " new, " + baselined + " baselined";
            if (!r.fixedBaselineEntries().isEmpty()) {
                s += ", " + r.fixedBaselineEntries().size() + " fixed";
            }
        }
        if (r.suppressed() > 0 || r.baselineApplied()) {
            s += "; " + r.suppressed() + " suppressed";
        }
        int unparsed = 0;
        for (FileIssue i : r.fileIssues()) {
            if (i.kind() != FileIssue.Kind.NOTICE) {
                unparsed++;
            }
        }
        if (unparsed > 0) {
            s += "; " + unparsed + " files skipped or unparsable";
        }
        return s;
    }

    private static String location(Finding f) {
        return f.path() + ":" + f.line() + (f.column() > 0 ? ":" + f.column() : "");
    }

    private static void table(List<Finding> findings, Sink out) {
        Map<Factor, int[]> counts = new EnumMap<>(Factor.class);
        for (Finding f : findings) {
            int[] c = counts.get(f.factor());
            if (c == null) {
                c = new int[3];
                counts.put(f.factor(), c);
            }
            c[f.severity().ordinal()]++;
        }
        // padded by hand: String.format parses its pattern with a regex on every call, a few
        // milliseconds of every module's build while the JVM is cold
        out.info(left("Factor", 26) + " " + right("errors", 6) + " " + right("warnings", 8) + " " + right("info", 5));
        for (Map.Entry<Factor, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            out.info(left(e.getKey().label(), 26) + " " + right(String.valueOf(c[0]), 6) + " "
                    + right(String.valueOf(c[1]), 8) + " " + right(String.valueOf(c[2]), 5) + "  " + e.getKey().url());
        }
    }

    /** {@code text} padded with blanks on the right to {@code width}, as {@code %-Ns}. */
    static String left(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** {@code text} padded with blanks on the left to {@code width}, as {@code %Ns}. */
    static String right(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
