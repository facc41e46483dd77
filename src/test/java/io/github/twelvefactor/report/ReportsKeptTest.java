package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.RuleMeta;
import io.github.twelvefactor.engine.Severity;

/**
 * A build that would write SARIF and HTML byte for byte as they are keeps them; anything they show
 * that changed, a rebuilt plugin, or a report deleted or touched since, has them written again.
 */
class ReportsKeptTest {
    private static final Set<String> ALL = Set.of("console", "sarif", "json", "html");

    @TempDir
    Path tmp;

    private ReportWriter.Written write(Path out, AuditResult result, String build) throws IOException {
        return ReportWriter.write(ALL, out, result, Map.of(), tmp, Samples.VERSION, "app", build);
    }

    private static AuditResult timed(AuditResult r, long millis, AuditResult.Work work) {
        return new AuditResult(r.findings(), r.suppressed(), r.fileIssues(), r.filesScanned(), millis, r.baselined(),
                r.fixedBaselineEntries(), r.baselineApplied(), work);
    }

    @Test
    void keepsSarifAndHtmlWhenWhatTheyShowIsTheSame() throws IOException {
        Path out = tmp.resolve("twelvefactor");
        ReportWriter.Written first = write(out, Samples.result(), "build-1");
        assertEquals(List.of(), first.kept());
        assertEquals(3, first.written().size());
        FileTime sarifTime = Files.getLastModifiedTime(out.resolve(SarifReport.FILE_NAME));
        // another build's time and cache figures: JSON shows them, SARIF and HTML do not
        ReportWriter.Written second = write(out, timed(Samples.result(), 99, new AuditResult.Work(0, 42, "hit")), "build-1");
        assertEquals(List.of(out.resolve(SarifReport.FILE_NAME), out.resolve(HtmlReport.FILE_NAME)), second.kept());
        assertEquals(List.of(out.resolve(JsonReport.FILE_NAME)), second.written());
        assertEquals(sarifTime, Files.getLastModifiedTime(out.resolve(SarifReport.FILE_NAME)), "SARIF was not written");
        assertEquals(first.all().stream().sorted().toList(), second.all().stream().sorted().toList());
    }

    @Test
    void writesThemAgainWhenAnythingTheyDependOnChanged() throws IOException {
        Path out = tmp.resolve("twelvefactor");
        write(out, Samples.result(), "build-1");
        AuditResult fewer = new AuditResult(Samples.findings().subList(1, 6), 2, Samples.fileIssues(), 42, 1234);
        assertEquals(List.of(), write(out, fewer, "build-1").kept(), "a finding less");
        assertEquals(List.of(), write(out, fewer, "build-2").kept(), "a rebuilt plugin");
        assertEquals(List.of(), write(out, fewer, null).kept(), "no build given: always written");
        write(out, fewer, "build-2");
        Files.delete(out.resolve(HtmlReport.FILE_NAME));
        ReportWriter.Written afterDelete = write(out, fewer, "build-2");
        assertEquals(List.of(out.resolve(SarifReport.FILE_NAME)), afterDelete.kept(), "the deleted HTML is written again");
        assertEquals(true, Files.exists(out.resolve(HtmlReport.FILE_NAME)));
        Files.writeString(out.resolve(SarifReport.FILE_NAME), "{}");
        assertEquals(List.of(out.resolve(HtmlReport.FILE_NAME)), write(out, fewer, "build-2").kept(),
                "the edited SARIF is written again");
        Files.writeString(out.resolve(ReportWriter.STAMP_FILE), "\u0000 not a stamp file");
        assertEquals(List.of(), write(out, fewer, "build-2").kept(), "a broken stamp file: every report written");
    }

    /** The key is written field by field: a field added to these records must be added to it too. */
    @Test
    void theKeyNamesEveryFieldOfTheRecordsItReads() {
        assertEquals(10, io.github.twelvefactor.engine.Finding.class.getRecordComponents().length, "Finding's fields");
        assertEquals(3, io.github.twelvefactor.engine.FileIssue.class.getRecordComponents().length, "FileIssue's fields");
        assertEquals(9, AuditResult.class.getRecordComponents().length, "AuditResult's fields");
    }

    /** What the key covers: two contexts share a key only if their SARIF and HTML are the same bytes. */
    @Test
    void theKeyChangesExactlyWhenTheReportsWould() throws IOException {
        AuditResult base = Samples.result();
        Map<RuleMeta, Severity> raised = new LinkedHashMap<>(Samples.rules());
        raised.put(Samples.PORT, Severity.ERROR);
        List<ReportContext> variants = new ArrayList<>(List.of(
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(), base),
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(), timed(base, 1, AuditResult.Work.NONE)),
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(), timed(base, 7, new AuditResult.Work(3, 4, "x"))),
                new ReportContext("0.2.0", tmp, "app", Samples.rules(), base),
                new ReportContext(Samples.VERSION, tmp.resolve("other"), "app", Samples.rules(), base),
                new ReportContext(Samples.VERSION, tmp, "lib", Samples.rules(), base),
                new ReportContext(Samples.VERSION, tmp, null, Samples.rules(), base),
                new ReportContext(Samples.VERSION, tmp, "app", raised, base),
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(),
                        new AuditResult(base.findings(), 3, base.fileIssues(), 42, 1234)),
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(),
                        new AuditResult(base.findings(), 2, base.fileIssues(), 43, 1234)),
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(),
                        new AuditResult(base.findings(), 2, base.fileIssues().subList(1, 4), 42, 1234)),
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(),
                        new AuditResult(base.findings().subList(0, 5), 2, base.fileIssues(), 42, 1234)),
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(), new AuditResult(base.findings(), 2,
                        base.fileIssues(), 42, 1234, Set.of(base.findings().get(0).fingerprint()), List.of(), true, null)),
                new ReportContext(Samples.VERSION, tmp, "app", Samples.rules(), new AuditResult(base.findings(), 2,
                        base.fileIssues(), 42, 1234, Set.of(), List.of("gone.properties: hardcoded-secret"), true, null))));
        List<String> keys = new ArrayList<>();
        List<byte[]> shown = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Path dir = tmp.resolve("v" + i);
            ReportContext ctx = variants.get(i);
            byte[] sarif = Files.readAllBytes(new SarifReport().writeTo(ctx, dir));
            byte[] html = Files.readAllBytes(new HtmlReport().writeTo(ctx, dir));
            byte[] both = new byte[sarif.length + html.length];
            System.arraycopy(sarif, 0, both, 0, sarif.length);
            System.arraycopy(html, 0, both, sarif.length, html.length);
            keys.add(ReportWriter.key(ctx, "build-1"));
            shown.add(both);
        }
        for (int a = 0; a < variants.size(); a++) {
            for (int b = a + 1; b < variants.size(); b++) {
                if (keys.get(a).equals(keys.get(b))) {
                    assertArrayEquals(shown.get(a), shown.get(b), "variants " + a + " and " + b + " share a key");
                } else {
                    assertNotEquals(new String(shown.get(a)), new String(shown.get(b)),
                            "variants " + a + " and " + b + " differ in key but not in what they show");
                }
            }
        }
        assertEquals(keys.get(0), keys.get(1), "time and cache figures are not in the key");
        assertNotEquals(keys.get(0), ReportWriter.key(variants.get(0), "build-2"), "the build is in the key");
    }
}
