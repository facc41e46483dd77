package io.github.twelvefactor.report;

import java.nio.file.Path;
import java.util.ArrayList;
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

    // plain comparators, not chains of method references: see Finding.comparePlace
    private static final Comparator<Map.Entry<RuleMeta, Severity>> CATALOGUE_ORDER = new Comparator<>() {
        @Override
        public int compare(Map.Entry<RuleMeta, Severity> a, Map.Entry<RuleMeta, Severity> b) {
            int c = a.getKey().factor().compareTo(b.getKey().factor());
            return c != 0 ? c : a.getKey().id().compareTo(b.getKey().id());
        }
    };
    private static final Comparator<Finding> FINDING_ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int c = Finding.comparePlace(a, b);
            if (c == 0) {
                c = nullsFirst(a.fingerprint(), b.fingerprint());
            }
            return c != 0 ? c : nullsFirst(a.message(), b.message());
        }
    };
    private static final Comparator<FileIssue> ISSUE_ORDER = new Comparator<>() {
        @Override
        public int compare(FileIssue a, FileIssue b) {
            int c = nullsFirst(a.path(), b.path());
            if (c == 0) {
                c = a.kind().compareTo(b.kind());
            }
            return c != 0 ? c : nullsFirst(a.reason(), b.reason());
        }
    };

    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(reactorRoot, "reactorRoot");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(result, "result");
        if (category != null && category.isBlank()) {
            category = null;
        }
        List<Map.Entry<RuleMeta, Severity>> entries = new ArrayList<>(rules.entrySet());
        entries.sort(CATALOGUE_ORDER);
        Map<RuleMeta, Severity> sorted = new LinkedHashMap<>();
        for (Map.Entry<RuleMeta, Severity> e : entries) {
            sorted.put(e.getKey(), Objects.requireNonNull(e.getValue(), e.getKey().id()));
        }
        rules = java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * From what {@link io.github.twelvefactor.engine.RuleCatalog#configure} returns: the rules that
     * are on, with the severity the user gave them.
     */
    public static ReportContext of(String toolVersion, Path reactorRoot, Map<? extends Rule, Severity> activeRules,
            AuditResult result) {
        Map<RuleMeta, Severity> metas = new LinkedHashMap<>();
        for (Map.Entry<? extends Rule, Severity> e : activeRules.entrySet()) {
            metas.put(e.getKey().meta(), e.getValue());
        }
        return new ReportContext(toolVersion, reactorRoot, null, metas, result);
    }

    /**
     * The findings in report order, whatever order the result holds them in: path, line, column,
     * rule, then fingerprint and message so that even ties come out the same every time.
     */
    public List<Finding> sortedFindings() {
        return sorted(result.findings(), FINDING_ORDER);
    }

    /** The file issues by path, kind, reason. */
    public List<FileIssue> sortedFileIssues() {
        return sorted(result.fileIssues(), ISSUE_ORDER);
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return java.util.Collections.unmodifiableList(copy);
    }

    private static int nullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    /** The same context with a category (see the record's description); null or blank for none. */
    public ReportContext withCategory(String newCategory) {
        return new ReportContext(toolVersion, reactorRoot, newCategory, rules, result);
    }
}
