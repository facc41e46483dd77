package io.github.twelvefactor.rules.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3ReaderEx;
import org.junit.jupiter.api.Test;

import io.github.twelvefactor.RandomTexts;
import io.github.twelvefactor.engine.AuditRequest;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.RuleCatalog;
import io.github.twelvefactor.engine.Severity;

/** What the fixture harness cannot see: severities and the text that names both sides. */
class DatabaseParityRuleTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/database-parity");

    private static List<Finding> parity(String fixture, Map<String, String> settings) throws Exception {
        Path dir = FIXTURES.resolve(fixture);
        AuditRequest request = AuditRequest.of(dir).withRuleSettings(settings)
                .withModel(readModel(dir.resolve("pom.xml")));
        List<Finding> found = new Auditor(RuleCatalog.load()).audit(request).findings().stream()
                .filter(f -> f.ruleId().equals("database-parity")).toList();
        assertFalse(found.isEmpty(), "no database-parity finding in " + fixture);
        return found;
    }

    private static Model readModel(Path pom) throws Exception {
        InputSource source = new InputSource();
        source.setLocation(pom.toString());
        try (Reader r = Files.newBufferedReader(pom)) {
            return new MavenXpp3ReaderEx().read(r, true, source);
        }
    }

    @Test
    void warnsAndNamesBothSides() throws Exception {
        List<Finding> found = parity("test-h2-main-postgres", Map.of());
        for (Finding f : found) {
            assertEquals(Severity.WARNING, f.severity(), f.toString());
            assertTrue(f.message().contains("PostgreSQL in src/main/resources/application.properties:2 (main config)"),
                    f.message());
        }
        Finding pom = found.stream().filter(f -> f.path().equals("pom.xml")).findFirst().orElseThrow();
        assertTrue(pom.message().startsWith("H2 (test-scoped dependency com.h2database:h2) here"), pom.message());
    }

    @Test
    void isInfoWhenTestcontainersRunsTheServerEngine() throws Exception {
        for (Finding f : parity("testcontainers-info", Map.of())) {
            assertEquals(Severity.INFO, f.severity(), f.toString());
            assertTrue(f.message().endsWith("Testcontainers for PostgreSQL is also used"), f.message());
        }
    }

    @Test
    void aRuleSetToErrorRaisesThePlainFindingButNotTheQuieterOne() throws Exception {
        Map<String, String> error = Map.of("database-parity", "error");
        parity("test-h2-main-postgres", error).forEach(f -> assertEquals(Severity.ERROR, f.severity(), f.toString()));
        parity("testcontainers-info", error).forEach(f -> assertEquals(Severity.INFO, f.severity(), f.toString()));
    }

    @Test
    void aRuleSetToInfoLowersEveryFinding() throws Exception {
        parity("test-h2-main-postgres", Map.of("database-parity", "info"))
                .forEach(f -> assertEquals(Severity.INFO, f.severity(), f.toString()));
    }

    /** hiddenFolder scans by hand what a split on '/' did: the same answers for file paths. */
    @Test
    void hiddenFolderAnswersAsTheSplitItReplaced() {
        for (String path : RandomTexts.of(19, 20_000, 6, ".idea/", ".github/", ".githubx/", ".github", "src/", "a/", "/", ".",
                ".h2.server.properties", "x.yml", "//", "github/")) {
            if (path.endsWith("/")) {
                continue; // a file's path never ends with '/'
            }
            String[] parts = path.split("/");
            boolean expected = false;
            for (int i = 0; i < parts.length - 1; i++) {
                expected |= parts[i].startsWith(".") && !parts[i].equals(".github");
            }
            assertEquals(expected, DatabaseSightings.hiddenFolder(path), path);
        }
    }
}
