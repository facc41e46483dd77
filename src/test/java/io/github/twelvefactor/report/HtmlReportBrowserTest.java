package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium}; nothing is downloaded) and
 * reads the DOM as the page's script left it ({@code --dump-dom}). Filters are set through the page's
 * query string hook ({@code index.html?severity=error}), which goes through the same code as choosing
 * in the form. Console messages come on stderr ({@code --enable-logging=stderr}) as lines with
 * {@code CONSOLE}; the page must log none. Under {@code CI=true} a missing Chromium fails the test.
 */
class HtmlReportBrowserTest {
    private static final Pattern ROW = Pattern.compile("<tr data-severity=\"(\\w+)\"[^>]*?>");
    private static final Pattern COUNT = Pattern.compile("<dd data-count=\"([\\w-]+)\">(\\d+)</dd>");

    @TempDir
    static Path tmp;

    private static Path chromium;
    private static Path page;
    private static JsonNode sarif;

    @BeforeAll
    static void writeReports() throws Exception {
        chromium = findChromium();
        if (chromium == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("chromium is not installed; .ci/run installs it (apt-get install -y chromium)");
            }
            Assumptions.abort("chromium is not installed");
        }
        ReportContext ctx = HtmlReportTest.hostile(tmp);
        page = new HtmlReport().writeTo(ctx, tmp.resolve("report"));
        sarif = JsonTrees.tree(Files.readAllBytes(new SarifReport().writeTo(ctx, tmp.resolve("report"))));
    }

    static Path findChromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** What Chromium printed: the DOM after the page's script ran, and its log. */
    record Run(String dom, String log) {
        List<String> consoleLines() {
            return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    static Run open(String url) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "profile");
        Path out = Files.createTempFile(tmp, "dom", ".html");
        Path err = Files.createTempFile(tmp, "log", ".txt");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr",
                "--v=0", "--dump-dom", url)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 90 s on " + url);
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        return new Run(Files.readString(out, StandardCharsets.UTF_8), log);
    }

    private static String url(String query) {
        return page.toUri() + (query.isEmpty() ? "" : "?" + query);
    }

    /** Severity of each row the page shows, in order. */
    private static List<String> visibleRows(String dom) {
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(dom);
        while (m.find()) {
            if (!m.group().contains(" hidden")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static int allRows(String dom) {
        return (int) ROW.matcher(dom).results().count();
    }

    private static Map<String, Long> counts(String dom) {
        Map<String, Long> out = new TreeMap<>();
        COUNT.matcher(dom).results().forEach(r -> out.put(r.group(1), Long.parseLong(r.group(2))));
        return out;
    }

    private static int shown(String dom) {
        Matcher m = Pattern.compile("<span id=\"shown\">(\\d+)</span>").matcher(dom);
        assertTrue(m.find(), "the page says how many findings it shows");
        return Integer.parseInt(m.group(1));
    }

    private static long sarifCount(String level) {
        long n = 0;
        for (JsonNode r : sarif.at("/runs/0/results")) {
            if (level == null || level.equals(r.get("level").asText())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theConsoleCheckWouldSeeAnError() throws Exception {
        Path broken = tmp.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><title>t</title><script>console.error('seen-' + 'by-test');</script>");
        Run run = open(broken.toUri().toString());
        assertTrue(run.consoleLines().stream().anyMatch(l -> l.contains("seen-by-test")), run.log());
    }

    @Test
    void opensWithoutConsoleMessagesAndShowsTheSarifCounts() throws Exception {
        Run run = open(url(""));
        assertEquals(List.of(), run.consoleLines(), "console messages or CSP violations");
        Map<String, Long> counts = counts(run.dom());
        assertEquals(sarifCount(null), counts.get("findings"));
        assertEquals(sarifCount("error"), counts.get("error"));
        assertEquals(sarifCount("warning"), counts.get("warning"));
        assertEquals(sarifCount("note"), counts.get("info"));
        assertEquals(sarifCount(null), allRows(run.dom()));
        assertEquals(sarifCount(null), visibleRows(run.dom()).size(), "no filter: every row shows");
        assertEquals(sarifCount(null), shown(run.dom()));
        assertTrue(run.dom().contains("<title>Twelve-factor audit of app</title>"), "the finding's script did not run");
        assertFalse(run.dom().contains("pwned</title>"));
        assertTrue(run.dom().contains("&lt;script&gt;document.title="), "the markup shows as text");
    }

    @Test
    void aSeverityFilterHidesTheOtherRows() throws Exception {
        Run run = open(url("severity=error"));
        assertEquals(List.of(), run.consoleLines());
        List<String> visible = visibleRows(run.dom());
        assertEquals(sarifCount("error"), visible.size(), visible.toString());
        assertTrue(visible.stream().allMatch("error"::equals), visible.toString());
        assertEquals(sarifCount("error"), shown(run.dom()));
        assertNotEquals(allRows(run.dom()), visible.size(), "rows were hidden");
        assertTrue(run.dom().contains("<select name=\"severity\">"), run.dom());
        assertTrue(run.dom().contains("(severity: error)"), "the filter is named above the table");
    }

    @Test
    void filtersCombineAndAnUnknownValueIsIgnored() throws Exception {
        Run warnings = open(url("severity=warning&factor=VII&rule=hardcoded-port&status=new"));
        assertEquals(List.of(), warnings.consoleLines());
        assertEquals(2, visibleRows(warnings.dom()).size(), "both hardcoded-port warnings");

        Run baselined = open(url("status=baselined"));
        assertEquals(1, visibleRows(baselined.dom()).size());

        Run unknown = open(url("severity=fatal"));
        assertEquals(sarifCount(null), visibleRows(unknown.dom()).size(), "a value the page does not offer filters nothing");
    }
}
