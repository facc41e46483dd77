package io.github.twelvefactor.rules.codebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

class EnvNameBranchingRuleTest {

    @Test
    void isInfoAndSaysWhatWasCompared() throws Exception {
        List<Finding> found = RuleFindings.of("env-name-branching", "env-name-branching/hits");
        assertEquals(11, found.size(), found.toString());
        found.forEach(f -> assertEquals(Severity.INFO, f.severity(), f.toString()));
        assertEquals("equals with \"prod\" branches on the deploy name (x) in PaymentService.java",
                RuleFindings.at(found, "PaymentService.java", 18).message());
        assertEquals("acceptsProfiles(\"prod | eu-prod\") branches on the deploy name 'prod' in PaymentService.java",
                RuleFindings.at(found, "PaymentService.java", 33).message());
        assertEquals("switch on System.getenv(\"STAGE\") with case \"test\", \"live\" branches on the deploy name in PaymentService.java",
                RuleFindings.at(found, "PaymentService.java", 46).message());
    }

    @Test
    void theTextScanFindsQuotedDeployNamesOnly() {
        assertTrue(EnvNameBranchingRule.hasDeployLiteral("if (\"prod\".equals(x))"));
        assertTrue(EnvNameBranchingRule.hasDeployLiteral("a + \"x\" + b.equals(\"staging\")"));
        assertFalse(EnvNameBranchingRule.hasDeployLiteral("log.info(\"deploying to prod\")"));
        assertFalse(EnvNameBranchingRule.hasDeployLiteral("\"product\".equals(x) && Env.PROD == e"));
    }
}
