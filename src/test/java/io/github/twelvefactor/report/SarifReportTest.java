package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.RuleMeta;
import io.github.twelvefactor.engine.Severity;

class SarifReportTest {
    @TempDir
    Path tmp;
    Path root;
    JsonNode run;

    @BeforeEach
    void writeSample() throws Exception {
        root = tmp.resolve("reactor root é");
        Files.createDirectories(root);
        JsonNode log = JsonTrees.tree(write(Samples.context(root)));
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        run = log.get("runs").get(0);
    }

    static byte[] write(ReportContext context) throws Exception {
        return JsonTrees.bytes(out -> new SarifReport().write(context, out));
    }

    @Test
    void driverNamesTheToolAndEveryRuleInCatalogueOrder() {
        JsonNode driver = run.at("/tool/driver");
        assertEquals("twelvefactor-maven-plugin", driver.get("name").asText());
        assertEquals(Samples.VERSION, driver.get("version").asText());
        assertEquals(Samples.VERSION, driver.get("semanticVersion").asText());
        assertEquals("https://github.com/twelvefactor/twelvefactor-maven-plugin", driver.get("informationUri").asText());

        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(List.of("env-name-branching", "snapshot-dependency", "hardcoded-secret", "hardcoded-port",
                "file-logging"), ids, "factor I..XII, then id");
    }

    @Test
    void ruleDescriptorCarriesWhatGithubShows() {
        JsonNode secret = rule("hardcoded-secret");
        assertEquals("HardcodedSecret", secret.get("name").asText());
        assertEquals("A literal secret in config or code.", secret.at("/shortDescription/text").asText());
        assertTrue(secret.at("/fullDescription/text").asText().contains("III. Config"));
        assertEquals("error", secret.at("/defaultConfiguration/level").asText());
        assertEquals("https://12factor.net/config", secret.get("helpUri").asText());
        assertTrue(secret.at("/help/text").asText().startsWith(Samples.SECRET.remediation()));
        assertTrue(secret.at("/help/markdown").asText().contains("[III. Config](https://12factor.net/config)"));
        assertEquals(List.of("twelve-factor", "factor-III", "security"), texts(secret.at("/properties/tags")));
        assertEquals("high", secret.at("/properties/precision").asText());
        assertEquals("error", secret.at("/properties/problem.severity").asText());
        assertEquals("8.0", secret.at("/properties/security-severity").asText());

        JsonNode logging = rule("file-logging");
        assertEquals(List.of("twelve-factor", "factor-XI"), texts(logging.at("/properties/tags")));
        assertTrue(logging.at("/properties/security-severity").isMissingNode(), "not a security rule");
        assertEquals("recommendation", rule("env-name-branching").at("/properties/problem.severity").asText());
    }

    @Test
    void ruleLevelIsTheEffectiveSeverityNotTheDefault() {
        assertEquals(Severity.INFO, Samples.PORT.severity());
        assertEquals("warning", rule("hardcoded-port").at("/defaultConfiguration/level").asText());
        assertEquals("warning", rule("hardcoded-port").at("/properties/problem.severity").asText());
    }

    @Test
    void resultsPointAtTheirRuleAndTheirPlace() {
        JsonNode results = run.get("results");
        assertEquals(6, results.size());
        for (JsonNode r : results) {
            JsonNode rule = run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt());
            assertEquals(r.get("ruleId").asText(), rule.get("id").asText(), "ruleIndex points at the rule");
            assertEquals("%SRCROOT%", r.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
            assertTrue(r.at("/locations/0/physicalLocation/region/startLine").asInt() >= 1);
        }

        JsonNode secret = results.get(0);
        Finding expected = Samples.findings().get(0);
        assertEquals("error", secret.get("level").asText());
        assertEquals("Hardcoded secret in 'db.password'.", secret.at("/message/text").asText());
        JsonNode location = secret.at("/locations/0/physicalLocation");
        assertEquals(Samples.ODD_URI, location.at("/artifactLocation/uri").asText());
        assertEquals(3, location.at("/region/startLine").asInt());
        assertEquals(17, location.at("/region/startColumn").asInt());
        assertEquals(expected.snippet(), location.at("/region/snippet/text").asText());
        assertEquals(expected.fingerprint(), secret.at("/partialFingerprints/twelvefactorFingerprint~1v1").asText());
        assertEquals("note", results.get(3).get("level").asText(), "info is SARIF's note");
    }

    @Test
    void unknownLineAndColumnAreNeverInvented() {
        JsonNode wholeFile = run.at("/results/1/locations/0/physicalLocation/region");
        assertEquals(1, wholeFile.get("startLine").asInt(), "line 0 (unknown) points at line 1");
        assertFalse(wholeFile.has("startColumn"));
        assertFalse(wholeFile.has("snippet"), "line 1's text is not the finding's snippet");

        JsonNode noColumn = run.at("/results/2/locations/0/physicalLocation/region");
        assertEquals(41, noColumn.get("startLine").asInt());
        assertFalse(noColumn.has("startColumn"), "column 0 means unknown");
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
    }

    @Test
    void srcRootIsTheReactorFolderAsAFileUri() {
        String uri = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
        assertTrue(uri.startsWith("file:/") && uri.endsWith("/"), uri);
        assertTrue(uri.contains("reactor%20root%20%C3%A9/"), "encoded, ASCII only: " + uri);
        assertEquals(root.toAbsolutePath(), Path.of(URI.create(uri)));
        assertEquals(root.resolve(Samples.ODD_PATH), Path.of(URI.create(uri).resolve(Samples.ODD_URI)),
                "result URIs resolve against %SRCROOT% to the real file");
        assertEquals("twelvefactor/app/", run.at("/automationDetails/id").asText());
    }

    @Test
    void everyFileIssueIsANotificationOnItsFile() {
        JsonNode invocation = run.at("/invocations/0");
        assertTrue(invocation.get("executionSuccessful").asBoolean());
        JsonNode notes = invocation.get("toolExecutionNotifications");
        List<String> seen = new ArrayList<>();
        for (JsonNode n : notes) {
            String uri = n.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            JsonNode descriptor = run.at("/tool/driver/notifications/" + n.at("/descriptor/index").asInt());
            assertEquals(n.at("/descriptor/id").asText(), descriptor.get("id").asText());
            assertTrue(n.at("/message/text").asText().startsWith(uri + ": "), "message names the file");
            seen.add(n.get("level").asText() + " " + uri + " " + descriptor.get("id").asText());
        }
        assertEquals(List.of("note lib/vendor.bin file-skipped",
                "error src/main/java/com/acme/Boot.java rule-internal-error",
                "warning src/main/resources/broken.yml file-unparsable",
                "note src/main/resources/latin1.properties file-notice"), seen);
        assertEquals("src/main/resources/broken.yml: unparsable: YAML syntax error at line 4, column 3.",
                notes.get(2).at("/message/text").asText());
    }

    @Test
    void enumValuesAreOnesTheSchemaAllows() {
        // Microsoft's validator says nothing about a file whose enum values it cannot read, so check here.
        Set<String> levels = new TreeSet<>();
        run.findValues("level").forEach(v -> levels.add(v.asText()));
        assertTrue(Set.of("none", "note", "warning", "error").containsAll(levels), levels.toString());
        assertEquals(Set.of("note", "warning", "error"), levels);
    }

    @Test
    void emitsExactlyTheFieldsItIsMeantTo() {
        String d = "runs[].tool.driver.";
        String res = "runs[].results[].";
        String loc = "locations[].physicalLocation.";
        String inv = "runs[].invocations[].toolExecutionNotifications[].";
        Set<String> expected = new TreeSet<>(List.of("runs[].tool", "runs[].tool.driver", d + "name", d + "version",
                d + "semanticVersion", d + "informationUri", d + "rules", d + "notifications",
                "runs[].invocations", "runs[].invocations[].executionSuccessful",
                "runs[].invocations[].toolExecutionNotifications", inv + "level", inv + "message",
                inv + "message.text", inv + "locations", inv + "locations[].physicalLocation",
                inv + loc + "artifactLocation", inv + loc + "artifactLocation.uri",
                inv + loc + "artifactLocation.uriBaseId", inv + "descriptor", inv + "descriptor.id",
                inv + "descriptor.index", "runs[].originalUriBaseIds", "runs[].originalUriBaseIds.%SRCROOT%",
                "runs[].originalUriBaseIds.%SRCROOT%.uri", "runs[].originalUriBaseIds.%SRCROOT%.description",
                "runs[].originalUriBaseIds.%SRCROOT%.description.text", "runs[].automationDetails",
                "runs[].automationDetails.id", "runs[].results", res + "ruleId", res + "ruleIndex", res + "level",
                res + "message", res + "message.text", res + "locations", res + "locations[].physicalLocation",
                res + loc + "artifactLocation", res + loc + "artifactLocation.uri",
                res + loc + "artifactLocation.uriBaseId", res + loc + "region", res + loc + "region.startLine",
                res + loc + "region.startColumn", res + loc + "region.snippet", res + loc + "region.snippet.text",
                res + "partialFingerprints", res + "partialFingerprints.twelvefactorFingerprint/v1",
                "runs[].columnKind"));
        for (String f : List.of("id", "name", "shortDescription", "shortDescription.text", "fullDescription",
                "fullDescription.text", "defaultConfiguration", "defaultConfiguration.level", "helpUri", "help",
                "help.text", "help.markdown", "properties", "properties.tags", "properties.precision",
                "properties.problem.severity", "properties.security-severity")) {
            expected.add(d + "rules[]." + f);
        }
        for (String f : List.of("id", "name", "shortDescription", "shortDescription.text", "fullDescription",
                "fullDescription.text", "help", "help.text", "defaultConfiguration", "defaultConfiguration.level")) {
            expected.add(d + "notifications[]." + f);
        }
        Set<String> actual = new TreeSet<>();
        JsonTrees.fieldPaths(run).forEach(p -> actual.add("runs[]." + p));

        assertEquals(expected, actual);
    }

    @Test
    void sameInputGivesTheSameBytesWhateverItsOrder() throws Exception {
        AuditResult r = Samples.result();
        List<Finding> reversed = new ArrayList<>(r.findings());
        Collections.reverse(reversed);
        Map<RuleMeta, Severity> rules = new LinkedHashMap<>();
        List<RuleMeta> keys = new ArrayList<>(Samples.rules().keySet());
        Collections.reverse(keys);
        keys.forEach(k -> rules.put(k, Samples.rules().get(k)));
        List<FileIssue> issues = new ArrayList<>(r.fileIssues());
        Collections.reverse(issues);
        AuditResult reordered = new AuditResult(reversed, r.suppressed(), issues, r.filesScanned(), 1);

        byte[] first = write(Samples.context(root));
        assertArrayEquals(first, write(Samples.context(root)));
        assertArrayEquals(first, write(new ReportContext(Samples.VERSION, root, "app", rules, reordered)),
                "order of input and timing do not matter");
    }

    private JsonNode rule(String id) {
        for (JsonNode r : run.at("/tool/driver/rules")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
