package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Fingerprints;
import io.github.twelvefactor.engine.Severity;

class HtmlReportTest {
    static final String HOSTILE_MESSAGE = "Literal <script>document.title='pwned'</script> & \"quotes\"";
    static final String HOSTILE_SNIPPET = "x=<img src=x onerror=\"document.title='pwned'\">";

    @TempDir
    Path tmp;

    /** The sample audit plus a finding whose text is markup, and one finding a baseline accepts. */
    static ReportContext hostile(Path root) {
        List<Finding> findings = new ArrayList<>(Samples.findings());
        findings.add(Samples.finding(Samples.PORT, Severity.WARNING, "src/main/resources/<b>odd</b>.properties", 2, 1,
                HOSTILE_MESSAGE, HOSTILE_SNIPPET));
        findings = Fingerprints.assign(findings);
        Set<String> baselined = Set.of(findings.get(2).fingerprint());
        AuditResult result = new AuditResult(findings, 2, Samples.fileIssues(), 42, 1234, baselined, List.of("gone"));
        return new ReportContext(Samples.VERSION, root, "app", Samples.rules(), result);
    }

    private static byte[] bytes(ReportContext ctx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReport().write(ctx, out);
        return out.toByteArray();
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void markupInAFindingIsShownAsText() throws Exception {
        String html = new String(bytes(hostile(tmp)), StandardCharsets.UTF_8);

        assertTrue(html.contains("Literal &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; &amp; &quot;quotes&quot;"),
                "the message is escaped");
        assertTrue(html.contains("x=&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;"), "the snippet too");
        assertTrue(html.contains("<code>src/main/resources/&lt;b&gt;odd&lt;/b&gt;.properties:2:1</code>"), "and the path");
        assertEquals(1, count(html, "<script"), "the page's own script is the only one");
        assertFalse(html.contains("<img"), "no element comes from the audit's text");
        assertFalse(html.contains("<b>odd"));
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        assertArrayEquals(bytes(hostile(tmp)), bytes(hostile(tmp)));
    }

    @Test
    void everyFindingIsARowWithWhatTheFiltersRead() throws Exception {
        String html = new String(bytes(hostile(tmp)), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<tr data-severity=\"(\\w+)\" data-factor=\"(\\w+)\" data-rule=\"([\\w-]+)\" data-status=\"(\\w+)\">")
                .matcher(html);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
        }
        assertEquals(7, rows.size(), rows.toString());
        assertEquals("error III hardcoded-secret new", rows.get(0));
        assertEquals(1, rows.stream().filter(r -> r.endsWith(" baselined")).count(), rows.toString());
        assertTrue(html.contains("<dd data-count=\"findings\">7</dd>"));
        assertTrue(html.contains("<dd data-count=\"error\">3</dd>"));
        assertTrue(html.contains("<dd data-count=\"warning\">3</dd>"));
        assertTrue(html.contains("<dd data-count=\"info\">1</dd>"));
        assertTrue(html.contains("<dd data-count=\"new\">6</dd>"));
        assertTrue(html.contains("<dd data-count=\"baselined\">1</dd>"));
        assertTrue(html.contains("<option value=\"hardcoded-port\">hardcoded-port (2)</option>"), "rule filter with counts");
        assertTrue(html.contains("<a class=\"factor\" href=\"https://12factor.net/config\">III. Config</a>"));
        assertTrue(html.contains("<p class=\"fix\">" + Samples.SECRET.remediation() + "</p>"), "the remediation");
        assertTrue(html.contains("<span class=\"ln\">41</span>&lt;version&gt;1.2-SNAPSHOT&lt;/version&gt;"),
                "the flagged line with its number");
        assertTrue(html.contains("<code>pom.xml</code>"), "a whole-file finding shows the path alone");
        assertTrue(html.contains("db.password=s3******** (12 chars)"), "the snippet as the engine redacted it");
    }

    @Test
    void theChartHasABarPerFactorStackedBySeverity() throws Exception {
        String html = new String(bytes(Samples.context(tmp)), StandardCharsets.UTF_8);
        assertEquals(12, count(html, "<g class=\"bar"));
        assertEquals(7, count(html, "<g class=\"bar empty\""), "only I, II, III, VII and XI have findings");
        assertTrue(html.contains("<title>III. Config: 2 errors, 0 warnings, 0 info</title>"));
        // III holds the most findings (2): its error segment spans the whole bar area.
        assertTrue(html.contains("<rect class=\"seg sev-error\" x=\"200\" y=\"59\" width=\"480\" height=\"16\"/>"), html);
    }

    @Test
    void thePageNeedsNothingFromOutside() throws Exception {
        String html = new String(bytes(hostile(tmp)), StandardCharsets.UTF_8);
        assertFalse(Pattern.compile("<(link|img|iframe|object|embed)\\b").matcher(html).find());
        assertFalse(Pattern.compile("\\ssrc=\"").matcher(html).find());
        assertFalse(html.contains("@import"));
        assertFalse(html.contains("url("));
        assertTrue(html.contains("default-src 'none'; style-src 'sha256-"), "a CSP that lets in only the inline blocks");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("<p>1 internal error, 1 notice, 1 skipped, 1 unparsable</p>"), "issues counted by kind");
        assertTrue(html.contains("<td>YAML syntax error at line 4, column 3</td>"));
        assertTrue(html.contains("1 baseline entries match no finding any more"));
    }

    @Test
    void writesIndexHtmlIntoTheOutputFolder() throws Exception {
        Path written = new HtmlReport().writeTo(Samples.context(tmp), tmp.resolve("out/twelvefactor"));
        assertEquals(tmp.resolve("out/twelvefactor/index.html"), written);
        assertArrayEquals(bytes(Samples.context(tmp)), Files.readAllBytes(written));
        try (var files = Files.list(written.getParent())) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void anEmptyAuditSaysSo() throws Exception {
        AuditResult empty = new AuditResult(List.of(), 0, List.of(), 3, 5);
        String html = new HtmlReport().render(new ReportContext(Samples.VERSION, tmp, null, Samples.rules(), empty));
        assertTrue(html.contains("<tr id=\"no-match\"><td colspan=\"4\">No findings.</td></tr>"));
        assertTrue(html.contains("Every file was read and parsed."));
        assertTrue(html.contains("<title>Twelve-factor audit</title>"));
    }
}
