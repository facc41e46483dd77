package io.github.twelvefactor.rules.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

class StartupDataInitRuleTest {

    @Test
    void isInfoAndNamesTheKey() throws Exception {
        List<Finding> found = RuleFindings.of("startup-data-init", "startup-data-init/hits");
        assertEquals(3, found.size(), found.toString());
        found.forEach(f -> assertEquals(Severity.INFO, f.severity(), f.toString()));
        assertEquals("spring.datasource.initialization-mode=always in application.properties runs the SQL init scripts at every start",
                RuleFindings.at(found, "application.properties", 4).message());
    }
}
