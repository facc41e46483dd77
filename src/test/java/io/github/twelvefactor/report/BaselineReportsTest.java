package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;

/** How the reports tell the findings a baseline accepts from the new ones, and list fixed entries. */
class BaselineReportsTest {
    static final String FIXED = "file-logging in src/main/resources/old.properties: logging.file.name=app.log";

    @TempDir
    Path tmp;

    /** The sample audit with a baseline accepting every error but the first (by report order), and one fixed entry. */
    static AuditResult baselined() {
        AuditResult r = Samples.result();
        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        Set<String> accepted = new java.util.HashSet<>();
        for (Finding f : errors.subList(1, errors.size())) {
            accepted.add(f.fingerprint());
        }
        accepted.add(r.findings().stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElseThrow()
                .fingerprint());
        return new AuditResult(r.findings(), r.suppressed(), r.fileIssues(), r.filesScanned(), r.millis(), accepted,
                List.of(FIXED), true);
    }

    static ReportContext context(Path root, AuditResult result) {
        return new ReportContext(Samples.VERSION, root, "app", Samples.rules(), result);
    }

    @Test
    void sarifSaysUnchangedForBaselinedAndNewForTheRest() throws Exception {
        AuditResult r = baselined();
        JsonNode results = JsonTrees.tree(JsonTrees.bytes(out -> new SarifReport().write(context(tmp, r), out)))
                .get("runs").get(0).get("results");
        assertEquals(r.findings().size(), results.size());
        int unchanged = 0;
        for (JsonNode res : results) {
            String fp = res.get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText();
            String expected = r.baselined().contains(fp) ? "unchanged" : "new";
            assertEquals(expected, res.get("baselineState").asText(), res.toString());
            unchanged += expected.equals("unchanged") ? 1 : 0;
        }
        assertEquals(r.baselined().size(), unchanged);
    }

    @Test
    void withoutABaselineSarifAndJsonSayNothingOfIt() throws Exception {
        ReportContext ctx = Samples.context(tmp);
        String sarif = new String(JsonTrees.bytes(out -> new SarifReport().write(ctx, out)));
        String json = new String(JsonTrees.bytes(out -> new JsonReport().write(ctx, out)));
        assertFalse(sarif.contains("baselineState"));
        assertFalse(json.contains("baselined"));
    }

    @Test
    void jsonFlagsEachFindingAndCountsNewBaselinedAndFixed() throws Exception {
        AuditResult r = baselined();
        JsonNode json = JsonTrees.tree(JsonTrees.bytes(out -> new JsonReport().write(context(tmp, r), out)));
        JsonNode summary = json.get("summary");
        assertEquals(r.baselined().size(), summary.get("baselined").asInt());
        assertEquals(r.findings().size() - r.baselined().size(), summary.get("new").asInt());
        assertEquals(FIXED, summary.get("fixedBaselineEntries").get(0).asText());
        for (JsonNode f : json.get("findings")) {
            assertEquals(r.baselined().contains(f.get("fingerprint").asText()), f.get("baselined").asBoolean(),
                    f.toString());
        }
    }

    @Test
    void consoleLogsOnlyNewFindingsAtErrorAndSummarisesNewBaselinedSuppressed() {
        AuditResult r = baselined();
        RecordingSink sink = new RecordingSink();
        ConsoleReport.render(r, Severity.WARNING, sink);
        List<String> errors = sink.errors;
        List<String> all = sink.all;
        long failing = r.failing(Severity.WARNING);
        assertTrue(failing > 0);
        // each failing finding gives two error lines: the finding and its remediation
        assertEquals(2 * failing, errors.size(), errors.toString());
        assertTrue(errors.stream().noneMatch(l -> l.contains("[baselined]")), errors.toString());
        long marked = all.stream().filter(l -> l.contains("[baselined]")).count();
        assertEquals(r.baselined().size(), marked, all.toString());
        assertTrue(all.contains("  fixed: " + FIXED), all.toString());
        String summary = all.get(all.size() - 1);
        assertTrue(summary.contains("; " + (r.findings().size() - r.baselined().size()) + " new, "
                + r.baselined().size() + " baselined, 1 fixed; 2 suppressed"), summary);
    }
}
