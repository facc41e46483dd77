package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.twelvefactor.engine.AuditRequest;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.RuleCatalog;

/**
 * A model read without input locations (as a tool might hand it over) gives the pom rules the same
 * findings at the same places: they fall back to the pom's XML view.
 */
class PomWithoutLocationsTest {
    private static final Set<String> POM_RULES = Set.of("snapshot-dependency", "dynamic-version",
            "system-scope-dependency", "unpinned-plugin", "environment-build-profile", "external-servlet-container");
    private static final RuleCatalog CATALOG = RuleCatalog.load();

    @TestFactory
    Stream<DynamicTest> sameFindingsWithoutLocations() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fixtures"), 2)) {
            cases = s.filter(p -> Files.exists(p.resolve("pom.xml"))).sorted().toList();
        }
        assertFalse(cases.isEmpty());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getParent().getFileName() + "/" + dir.getFileName(),
                () -> {
                    Model plain;
                    try (Reader r = Files.newBufferedReader(dir.resolve("pom.xml"))) {
                        plain = new MavenXpp3Reader().read(r);
                    }
                    assertNull(plain.getLocation(""), "read without locations");
                    assertEquals(findings(dir, FixtureTest.readModel(dir.resolve("pom.xml"))), findings(dir, plain));
                }));
    }

    private static List<String> findings(Path dir, Model model) throws IOException {
        return new Auditor(CATALOG).audit(AuditRequest.of(dir).withModel(model)).findings().stream()
                .filter(f -> POM_RULES.contains(f.ruleId()))
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message()).toList();
    }
}
