package io.github.twelvefactor.rules.disposability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

class SystemExitRuleTest {

    @Test
    void warnsAndNamesTheCallAndWhereItStands() throws Exception {
        List<Finding> found = RuleFindings.of("system-exit", "system-exit/hits");
        assertEquals(8, found.size(), found.toString());
        found.forEach(f -> assertEquals(Severity.WARNING, f.severity(), f.toString()));
        found.forEach(f -> assertEquals(Factor.IX, f.factor(), f.toString()));
        String file = "OrderService.java";
        assertEquals("System.exit(...) in OrderService.process() stops the JVM from inside the app",
                RuleFindings.at(found, file, 18).message());
        assertEquals("System.exit(...) in OrderService (initializer) stops the JVM from inside the app",
                RuleFindings.at(found, file, 8).message());
        assertTrue(RuleFindings.at(found, file, 24).message().startsWith("Runtime.getRuntime().halt(...) in OrderService.fatal()"));
        assertTrue(RuleFindings.at(found, file, 27).message().startsWith("Runtime.exit(...)"));
        assertTrue(RuleFindings.at(found, file, 34).message().contains("OrderService.run()"), "anonymous class inside main");
        assertEquals(13, RuleFindings.at(found, file, 18).column());
    }

    @Test
    void mainTestsAndTheWrapperStaySilent() throws Exception {
        assertEquals(List.of(), RuleFindings.of("system-exit", "system-exit/traps"));
    }
}
