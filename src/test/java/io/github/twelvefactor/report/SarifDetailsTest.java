package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.twelvefactor.RandomTexts;
import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;

/** The edges: odd paths and text, versions, rules the context lacks, what the writer must not do. */
class SarifDetailsTest {
    @TempDir
    Path tmp;

    private JsonNode run(ReportContext context) throws Exception {
        return JsonTrees.tree(SarifReportTest.write(context)).at("/runs/0");
    }

    private ReportContext with(List<Finding> findings, List<FileIssue> issues) {
        return new ReportContext("1.2.3", tmp, null, Samples.rules(), new AuditResult(findings, 0, issues, 1, 0));
    }

    @Test
    void relativeUrisEncodeWhatRfc3986Reserves() {
        assertEquals("a%20b/%C3%BC.txt", SarifUris.relative("a b/ü.txt"));
        assertEquals("c%3Aweird/x%23y%3Fz%25.yml", SarifUris.relative("c:weird/x#y?z%.yml"));
        assertEquals("src/main/resources/app-1_2.~yml", SarifUris.relative("src/main/resources/app-1_2.~yml"));
        assertEquals("emoji-%F0%9F%98%80.md", SarifUris.relative("emoji-😀.md"));
        for (String p : List.of("a b/ü.txt", "c:weird/x#y?z%.yml", "[x]/{y}.json")) {
            URI uri = URI.create(SarifUris.relative(p));
            assertFalse(uri.isAbsolute(), p);
            assertEquals(p, uri.getPath(), "decodes back to the path");
        }
    }

    @Test
    void folderUriAlwaysEndsWithASlash() {
        assertTrue(SarifUris.folder(tmp.resolve("not-created-yet")).endsWith("/not-created-yet/"));
        assertTrue(SarifUris.folder(tmp).endsWith("/"));
    }

    @Test
    void ruleNamesAndSentences() {
        assertEquals("HardcodedSecret", SarifRules.pascalCase("hardcoded-secret"));
        assertEquals("CredentialsInUrl", SarifRules.pascalCase("credentials-in-url"));
        assertEquals("Ends.", SarifRules.sentence(" Ends "));
        assertEquals("Asks?", SarifRules.sentence("Asks?"));
        assertEquals("Done.", SarifRules.sentence("Done."));
    }

    @Test
    void semanticVersionOnlyWhenTheVersionIsSemVer() throws Exception {
        ReportContext ctx = with(List.of(), List.of());
        assertEquals("1.2.3", run(ctx).at("/tool/driver/semanticVersion").asText());
        JsonNode mavenStyle = run(new ReportContext("1.0", tmp, null, Samples.rules(), ctx.result()));
        assertEquals("1.0", mavenStyle.at("/tool/driver/version").asText());
        assertTrue(mavenStyle.at("/tool/driver/semanticVersion").isMissingNode());
        assertTrue(mavenStyle.at("/automationDetails").isMissingNode(), "no category, no automationDetails");
    }

    @Test
    void findingOfARuleOutsideTheContextStillPointsAtADescriptor() throws Exception {
        Finding stray = new Finding("vendored-jar", io.github.twelvefactor.engine.Factor.II, Severity.WARNING,
                "lib/a.jar", 0, 0, "A jar in the tree", "Depend on it through Maven", "", "abc");

        JsonNode run = run(with(List.of(stray), List.of()));

        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(Samples.rules().size() + 1, rules.size());
        JsonNode added = rules.get(run.at("/results/0/ruleIndex").asInt());
        assertEquals("vendored-jar", added.get("id").asText());
        assertEquals("warning", added.at("/defaultConfiguration/level").asText());
        assertTrue(added.at("/help/text").asText().startsWith("Depend on it through Maven."));
        assertTrue(run.at("/results/0/partialFingerprints/twelvefactorFingerprint~1v1").asText().equals("abc"));
    }

    @Test
    void loneSurrogateInASnippetDoesNotCostTheReport() throws Exception {
        // The engine cuts long snippets at 240 UTF-16 units, which can split an emoji in two.
        String cut = "password=ab******** (9 chars) \uD83D";
        Finding f = Samples.finding(Samples.SECRET, Severity.ERROR, "a.properties", 2, 1, "Secret \uDE00 here", cut);

        byte[] sarif = SarifReportTest.write(with(List.of(f), List.of()));
        byte[] json = JsonTrees.bytes(out -> new JsonReport().write(with(List.of(f), List.of()), out));

        JsonNode region = JsonTrees.tree(sarif).at("/runs/0/results/0/locations/0/physicalLocation/region");
        assertEquals("password=ab******** (9 chars) \uFFFD", region.at("/snippet/text").asText());
        assertEquals("Secret \uFFFD here.", JsonTrees.tree(sarif).at("/runs/0/results/0/message/text").asText());
        assertEquals("Secret \uFFFD here", JsonTrees.tree(json).at("/findings/0/message").asText());
    }

    @Test
    void printsOnlyWhatTheFindingHoldsAndNeverReadsTheFile() throws Exception {
        Path file = tmp.resolve("app.properties");
        Files.writeString(file, "# top\ndb.password=Sup3rS3cretValue!\n");
        Finding f = Samples.finding(Samples.SECRET, Severity.ERROR, "app.properties", 2, 13,
                "Hardcoded secret in 'db.password'", "db.password=Su******** (17 chars)");

        for (byte[] out : List.of(SarifReportTest.write(with(List.of(f), List.of())),
                JsonTrees.bytes(o -> new JsonReport().write(with(List.of(f), List.of()), o)))) {
            String text = new String(out, StandardCharsets.UTF_8);
            assertFalse(text.contains("Sup3rS3cretValue"), text);
            assertFalse(text.contains("# top"), "no context lines are pulled from the file");
            assertTrue(text.contains("db.password=Su******** (17 chars)"));
        }
    }

    @Test
    void fileIssueWithoutAPathIsANotificationWithoutALocation() throws Exception {
        FileIssue projectLevel = new FileIssue("", FileIssue.Kind.INTERNAL_ERROR, "rule database-parity failed");

        JsonNode note = run(with(List.of(), List.of(projectLevel))).at("/invocations/0/toolExecutionNotifications/0");

        assertEquals("internal error: rule database-parity failed.", note.at("/message/text").asText());
        assertFalse(note.has("locations"));
        assertEquals("error", note.get("level").asText());
    }

    @Test
    void emptyAuditStillListsTheRulesThatRan() throws Exception {
        JsonNode run = run(with(List.of(), List.of()));

        assertEquals(0, run.get("results").size());
        assertEquals(Samples.rules().size(), run.at("/tool/driver/rules").size());
        assertEquals(0, run.at("/invocations/0/toolExecutionNotifications").size());
    }

    @Test
    void writeToReplacesTheFileInOneMove() throws Exception {
        Path dir = tmp.resolve("out");
        ReportContext ctx = Samples.context(tmp);
        Path written = new SarifReport().writeTo(ctx, dir);
        Files.writeString(written, "stale");

        assertEquals(dir.resolve("twelvefactor.sarif"), new SarifReport().writeTo(ctx, dir));
        assertArrayEquals(SarifReportTest.write(ctx), Files.readAllBytes(written));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(written), files.toList());
        }
    }

    @Test
    void contextFromActiveRulesKeepsTheirSeverities() {
        ReportContext ctx = new ReportContext("1", tmp, " ", Map.of(Samples.PORT, Severity.ERROR), Samples.result());
        assertEquals(Map.of(Samples.PORT, Severity.ERROR), ctx.rules());
        assertEquals(null, ctx.category(), "a blank category is none");
        assertEquals("app", ctx.withCategory("app").category());
    }

    /** pascalCase scans by hand what a split on [^A-Za-z0-9]+ did: the same names. */
    @Test
    void pascalCaseAnswersAsTheSplitItReplaced() {
        for (String id : RandomTexts.of(11, 5_000, 6, "hardcoded", "secret", "-", "_", ".", "in", "url", "2", "0", "9", "A", "Z", "a", "z",
                "--", "\u00e9", " ")) {
            StringBuilder expected = new StringBuilder();
            for (String part : id.split("[^A-Za-z0-9]+")) {
                if (!part.isEmpty()) {
                    expected.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
                }
            }
            assertEquals(expected.toString(), SarifRules.pascalCase(id), id);
        }
    }
}
