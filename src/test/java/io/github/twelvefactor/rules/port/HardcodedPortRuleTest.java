package io.github.twelvefactor.rules.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

class HardcodedPortRuleTest {

    @Test
    void isInfoAndNamesTheKeyAndValue() throws Exception {
        List<Finding> found = RuleFindings.of("hardcoded-port", "hardcoded-port/config-hits");
        assertEquals(4, found.size(), found.toString());
        found.forEach(f -> assertEquals(Severity.INFO, f.severity(), f.toString()));
        assertEquals("server.port=8081 in application.properties fixes the port instead of reading it from the environment",
                RuleFindings.at(found, "application.properties", 2).message());
        assertEquals("micronaut.server.port=8082 in application.yml fixes the port instead of reading it from the environment",
                RuleFindings.at(found, "application.yml", 4).message());
    }

    @Test
    void javaFindingsPointAtThePortAndNameTheCall() throws Exception {
        List<Finding> found = RuleFindings.of("hardcoded-port", "hardcoded-port/java-hits");
        assertEquals(6, found.size(), found.toString());
        Finding constant = RuleFindings.at(found, "Servers.java", 17);
        assertEquals("new ServerSocket(...) binds the fixed port 9000 in Servers.java instead of one read from the environment",
                constant.message());
        assertEquals(26, constant.column());
    }
}
