package io.github.twelvefactor.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;

/**
 * The summary and the findings table of {@link HtmlReport}. Each row carries what the filters look at
 * as {@code data-severity}, {@code data-factor}, {@code data-rule} and {@code data-status}
 * ({@code new} or {@code baselined}); the counts carry {@code data-count} so that tests and scripts
 * can read them.
 */
final class HtmlSections {
    static final String NEW = "new";
    static final String BASELINED = "baselined";

    private HtmlSections() {
    }

    static void summary(StringBuilder h, AuditResult r, List<Finding> findings) {
        long baselined = r.baselinedCount();
        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"line\">").append(Html.text(ConsoleReport.summary(r, false)))
                .append("</p>\n<dl class=\"stats\">\n");
        stat(h, "findings", "Findings", findings.size(), "");
        for (Severity s : Severity.values()) {
            stat(h, s.id(), s == Severity.INFO ? "Info" : capital(s.id()) + "s", r.count(s), " sev-" + s.id());
        }
        stat(h, NEW, "New", findings.size() - baselined, "");
        stat(h, BASELINED, "Baselined", baselined, "");
        stat(h, "suppressed", "Suppressed", r.suppressed(), "");
        stat(h, "files-scanned", "Files scanned", r.filesScanned(), "");
        stat(h, "files-with-findings", "Files with findings", r.filesWithFindings(), "");
        stat(h, "file-issues", "File issues", r.fileIssues().size(), "");
        h.append("</dl>\n");
        if (!r.fixedBaselineEntries().isEmpty()) {
            h.append("<p class=\"fixed\">").append(r.fixedBaselineEntries().size())
                    .append(" baseline entries match no finding any more: they were fixed, and the baseline can be refreshed.</p>\n");
        }
        h.append("</section>\n");
    }

    private static void stat(StringBuilder h, String key, String label, long n, String cls) {
        h.append("<div class=\"stat").append(cls).append("\"><dt>").append(label).append("</dt><dd data-count=\"")
                .append(key).append("\">").append(n).append("</dd></div>\n");
    }

    static void findings(StringBuilder h, AuditResult r, List<Finding> findings) {
        h.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        filters(h, r, findings);
        h.append("<p class=\"shown\"><span id=\"shown\">").append(findings.size()).append("</span> of ")
                .append(findings.size()).append(" findings shown<span id=\"filter-desc\"></span></p>\n")
                .append("<table class=\"findings\">\n<thead><tr><th>Severity</th><th>Place</th><th>Finding</th>")
                .append("<th>Rule and factor</th></tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            row(h, f, r.isBaselined(f) ? BASELINED : NEW);
        }
        h.append("<tr id=\"no-match\"").append(findings.isEmpty() ? "" : " hidden").append("><td colspan=\"4\">")
                .append(findings.isEmpty() ? "No findings." : "No finding matches these filters.")
                .append("</td></tr>\n</tbody>\n</table>\n</section>\n");
    }

    private static void row(StringBuilder h, Finding f, String status) {
        String sev = f.severity().id();
        h.append("<tr data-severity=\"").append(sev).append("\" data-factor=\"").append(f.factor().numeral())
                .append("\" data-rule=\"").append(Html.text(f.ruleId())).append("\" data-status=\"").append(status)
                .append("\">\n<td><span class=\"badge sev-").append(sev).append("\">").append(sev).append("</span>");
        if (BASELINED.equals(status)) {
            h.append(" <span class=\"badge baselined\">baselined</span>");
        }
        h.append("</td>\n<td class=\"place\"><code>").append(Html.text(HtmlReport.place(f))).append("</code></td>\n")
                .append("<td class=\"detail\"><p class=\"message\">").append(Html.text(f.message())).append("</p>\n");
        if (f.snippet() != null && !f.snippet().isBlank()) {
            h.append("<pre class=\"snippet\"><span class=\"ln\">").append(f.line() > 0 ? String.valueOf(f.line()) : "")
                    .append("</span>").append(Html.text(f.snippet())).append("</pre>\n");
        }
        h.append("<p class=\"fix\">").append(Html.text(f.remediation())).append("</p></td>\n")
                .append("<td class=\"rule\"><code>").append(Html.text(f.ruleId())).append("</code><br>")
                .append(HtmlReport.factorLink(f.factor())).append("</td>\n</tr>\n");
    }

    /** One more for {@code key}: a plain method, where {@code merge(key, 1, Integer::sum)} spins a class per use. */
    static <K> void count(Map<K, Integer> counts, K key) {
        counts.put(key, counts.getOrDefault(key, 0) + 1);
    }

    private static void filters(StringBuilder h, AuditResult r, List<Finding> findings) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<Factor, Integer> byFactor = new EnumMap<>(Factor.class);
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Finding f : findings) {
            count(bySeverity, f.severity());
            count(byFactor, f.factor());
            count(byRule, f.ruleId() == null ? "" : f.ruleId());
            count(byStatus, r.isBaselined(f) ? BASELINED : NEW);
        }
        h.append("<form id=\"filters\" class=\"filters\">\n");
        open(h, "severity", "Severity");
        for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
            option(h, e.getKey().id(), e.getKey().id(), e.getValue());
        }
        close(h);
        open(h, "factor", "Factor");
        for (Map.Entry<Factor, Integer> e : byFactor.entrySet()) {
            option(h, e.getKey().numeral(), e.getKey().label(), e.getValue());
        }
        close(h);
        open(h, "rule", "Rule");
        for (Map.Entry<String, Integer> e : byRule.entrySet()) {
            option(h, e.getKey(), e.getKey(), e.getValue());
        }
        close(h);
        open(h, "status", "Status");
        for (String s : List.of(NEW, BASELINED)) {
            option(h, s, s, byStatus.getOrDefault(s, 0));
        }
        close(h);
        h.append("<button type=\"reset\">Show all</button>\n</form>\n")
                .append("<noscript><p>The filters need JavaScript; every finding is listed below.</p></noscript>\n");
    }

    private static void open(StringBuilder h, String name, String label) {
        h.append("<label>").append(label).append(" <select name=\"").append(name).append("\">")
                .append("<option value=\"\">all</option>");
    }

    private static void option(StringBuilder h, String value, String label, int count) {
        h.append("<option value=\"").append(Html.text(value)).append("\">").append(Html.text(label)).append(" (")
                .append(count).append(")</option>");
    }

    private static void close(StringBuilder h) {
        h.append("</select></label>\n");
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
