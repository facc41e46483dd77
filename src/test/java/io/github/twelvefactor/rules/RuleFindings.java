package io.github.twelvefactor.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.twelvefactor.engine.AuditRequest;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.RuleCatalog;

/** The findings of one rule on a fixture, for tests of what the fixture markers cannot say (severity, message). */
public final class RuleFindings {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private RuleFindings() {
    }

    /** Audits {@code fixtures/<group>/<fixture>} (with its pom as the model) and keeps the findings of {@code ruleId}. */
    public static List<Finding> of(String ruleId, String fixture, Map<String, String> settings) throws Exception {
        return in(ruleId, FIXTURES.resolve(fixture), settings);
    }

    public static List<Finding> of(String ruleId, String fixture) throws Exception {
        return of(ruleId, fixture, Map.of());
    }

    /** Audits any module folder. */
    public static List<Finding> in(String ruleId, Path dir, Map<String, String> settings) throws Exception {
        return in(ruleId, dir, settings, false);
    }

    /** Audits any module folder, test sources and resources included when asked. */
    public static List<Finding> in(String ruleId, Path dir, Map<String, String> settings, boolean includeTests) throws Exception {
        AuditRequest request = AuditRequest.of(dir).withRuleSettings(settings).withIncludeTests(includeTests);
        Path pom = dir.resolve("pom.xml");
        if (Files.exists(pom)) {
            request = request.withModel(FixtureTest.readModel(pom));
        }
        return new Auditor(RuleCatalog.load()).audit(request).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Audits a module folder with every rule and compares its {@code expect:} markers with the findings, both ways. */
    public static void checkMarkers(Path dir) throws Exception {
        FixtureTest.check(dir);
    }

    /** The single finding of the rule on a line of a file. */
    public static Finding at(List<Finding> findings, String pathEnd, int line) {
        return findings.stream().filter(f -> f.path().endsWith(pathEnd) && f.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no finding at " + pathEnd + ":" + line + " in " + findings));
    }
}
