package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs Microsoft's SARIF validator, with GitHub code scanning's rules, on what {@link SarifReport}
 * writes. Install the tool with {@code .ci/sarif-validate.sh --install} (into
 * {@code target/sarif-tool}) or point {@code -Dsarif.multitool} / {@code SARIF_MULTITOOL} at its
 * {@code Sarif.Multitool} executable. Without it the test is skipped, except on CI
 * ({@code CI=true}), where a missing validator is a failure: a check that silently stops running
 * is worse than none.
 */
class SarifValidatorTest {
    /**
     * Warnings the validator may still give, each for a reason we accept (see the report's notes):
     * none so far.
     */
    static final Set<String> ACCEPTED_WARNINGS = Set.of();

    private static final Path WORK = Path.of("target", "sarif-validation");
    private SarifMultitool tool;

    /** Per test, not per class, so that surefire counts each test as skipped rather than none as run. */
    @BeforeEach
    void findTool() throws Exception {
        Path exe = SarifMultitool.locate();
        String hint = "Sarif.Multitool not found: run .ci/sarif-validate.sh --install, or set SARIF_MULTITOOL"
                + " (or -Dsarif.multitool) to its executable";
        if (exe == null || !Files.isExecutable(exe)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(hint + (exe == null ? "" : " (" + exe + " is not executable)"));
            }
            Assumptions.abort(hint);
        }
        tool = new SarifMultitool(exe);
        Files.createDirectories(WORK);
    }

    @Test
    void realisticReportHasNoErrorAndOnlyAcceptedWarnings() throws Exception {
        Path root = WORK.resolve("reactor root ü").toAbsolutePath();
        Files.createDirectories(root);
        Path sarif = new SarifReport().writeTo(Samples.context(root), WORK);

        SarifMultitool.Outcome outcome = tool.validate(sarif, WORK);
        System.out.println("Sarif.Multitool validate --rule-kind Gh;Sarif " + sarif + ":\n" + outcome.console());

        assertEquals(List.of(), outcome.at("error"), "validator errors");
        Set<String> warned = new TreeSet<>();
        outcome.at("warning").forEach(i -> warned.add(i.ruleId()));
        warned.removeAll(ACCEPTED_WARNINGS);
        assertEquals(Set.of(), warned, "unexpected validator warnings: " + outcome.at("warning"));
    }

    @Test
    void emptyAuditIsValidToo() throws Exception {
        Path root = WORK.resolve("empty").toAbsolutePath();
        Files.createDirectories(root);
        ReportContext empty = new ReportContext("1.0", root, null, Samples.rules(),
                new io.github.twelvefactor.engine.AuditResult(List.of(), 0, List.of(), 0, 0));
        Path dir = WORK.resolve("empty-report");
        Path sarif = new SarifReport().writeTo(empty, dir);

        assertEquals(List.of(), tool.validate(sarif, dir).at("error"), "validator errors");
    }

    @Test
    void reportWithBaselineStatesIsValidToo() throws Exception {
        Path root = WORK.resolve("baselined").toAbsolutePath();
        Files.createDirectories(root);
        Path dir = WORK.resolve("baselined-report");
        Path sarif = new SarifReport().writeTo(BaselineReportsTest.context(root, BaselineReportsTest.baselined()), dir);
        assertTrue(Files.readString(sarif).matches("(?s).*\"baselineState\"\\s*:\\s*\"unchanged\".*"), "fixture has no baselineState");

        SarifMultitool.Outcome outcome = tool.validate(sarif, dir);
        assertEquals(List.of(), outcome.at("error"), "validator errors");
        Set<String> warned = new TreeSet<>();
        outcome.at("warning").forEach(i -> warned.add(i.ruleId()));
        warned.removeAll(ACCEPTED_WARNINGS);
        assertEquals(Set.of(), warned, "unexpected validator warnings: " + outcome.at("warning"));
    }

    /** Proves the validator really checks: a log with known faults must be reported, or the tests above prove nothing. */
    @Test
    void validatorReportsAKnownBrokenLog() throws Exception {
        Path broken = WORK.resolve("broken.sarif");
        Files.writeString(broken, """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "r"}]}},
                 "results": [{"ruleId": "r", "message": {"text": "m."}, "locations": [{"physicalLocation": {
                   "artifactLocation": {"uri": "a b.txt"}, "region": {"startLine": 0}}}]}]}]}
                """);

        Set<String> errors = new TreeSet<>();
        tool.validate(broken, WORK).at("error").forEach(i -> errors.add(i.ruleId()));

        assertTrue(errors.containsAll(Set.of("JSON1008", "GH1013", "GH2012", "SARIF1002")), "errors: " + errors);
    }
}
