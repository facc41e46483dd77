package io.github.twelvefactor.report;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Rule;
import io.github.twelvefactor.engine.RuleMeta;
import io.github.twelvefactor.engine.Severity;

/**
 * Everything a file report needs about one module's audit: the tool's version, the reactor's root
 * folder (finding paths are relative to it), the rules that ran with their effective severity, the
 * result, and optionally a category that tells this module's SARIF run apart from its siblings'.
 *
 * @param toolVersion the plugin's version, e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}
 * @param reactorRoot the reactor's top folder; becomes SARIF's {@code %SRCROOT%}
 * @param category    null, or a short stable name of the module (e.g. its artifactId); SARIF writes
 *                    it as {@code automationDetails.id} so that GitHub keeps each module's run apart
 * @param rules       rules that ran, each with its effective severity, sorted by factor then id
 * @param result      what the audit found
 */
public record ReportContext(String toolVersion, Path reactorRoot, String category, Map<RuleMeta, Severity> rules,
        AuditResult result) {
    /** The tool's name in every report. */
    public static final String TOOL_NAME = "twelvefactor-maven-plugin";

    private static final Comparator<RuleMeta> CATALOGUE_ORDER = Comparator.comparing(RuleMeta::factor)
            .thenComparing(RuleMeta::id);
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId)
            .thenComparing(Finding::fingerprint, NULLS_FIRST).thenComparing(Finding::message, NULLS_FIRST);
    private static final Comparator<FileIssue> ISSUE_ORDER = Comparator.comparing(FileIssue::path, NULLS_FIRST)
            .thenComparing(FileIssue::kind).thenComparing(FileIssue::reason, NULLS_FIRST);

    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(reactorRoot, "reactorRoot");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(result, "result");
        if (category != null && category.isBlank()) {
            category = null;
        }
        Map<RuleMeta, Severity> sorted = new LinkedHashMap<>();
        rules.entrySet().stream().sorted(Map.Entry.comparingByKey(CATALOGUE_ORDER))
                .forEach(e -> sorted.put(e.getKey(), Objects.requireNonNull(e.getValue(), e.getKey().id())));
        rules = java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * From what {@link io.github.twelvefactor.engine.RuleCatalog#configure} returns: the rules that
     * are on, with the severity the user gave them.
     */
    public static ReportContext of(String toolVersion, Path reactorRoot, Map<? extends Rule, Severity> activeRules,
            AuditResult result) {
        Map<RuleMeta, Severity> metas = new LinkedHashMap<>();
        activeRules.forEach((rule, severity) -> metas.put(rule.meta(), severity));
        return new ReportContext(toolVersion, reactorRoot, null, metas, result);
    }

    /**
     * The findings in report order, whatever order the result holds them in: path, line, column,
     * rule, then fingerprint and message so that even ties come out the same every time.
     */
    public List<Finding> sortedFindings() {
        return result.findings().stream().sorted(FINDING_ORDER).toList();
    }

    /** The file issues by path, kind, reason. */
    public List<FileIssue> sortedFileIssues() {
        return result.fileIssues().stream().sorted(ISSUE_ORDER).toList();
    }

    /** The same context with a category (see the record's description); null or blank for none. */
    public ReportContext withCategory(String newCategory) {
        return new ReportContext(toolVersion, reactorRoot, newCategory, rules, result);
    }
}
