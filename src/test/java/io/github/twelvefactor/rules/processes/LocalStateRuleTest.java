package io.github.twelvefactor.rules.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

class LocalStateRuleTest {

    @Test
    void isInfoAndSaysWhatIsKeptWhere() throws Exception {
        List<Finding> found = RuleFindings.of("local-state", "local-state/config-hits");
        assertEquals(7, found.size(), found.toString());
        found.forEach(f -> assertEquals(Severity.INFO, f.severity(), f.toString()));
        assertEquals("server.servlet.session.persistent=true in application.properties keeps HTTP sessions on the local disk "
                + "across restarts", RuleFindings.at(found, "application.properties", 2).message());
        assertEquals("app.upload.dir=/data/uploads in application.properties stores files on the local disk of the instance",
                RuleFindings.at(found, "application.properties", 6).message());
    }

    @Test
    void sessionAttributesNameTheAttributeAndTheMissingDependency() throws Exception {
        List<Finding> found = RuleFindings.of("local-state", "local-state/session-hits");
        assertEquals(4, found.size(), found.toString());
        assertEquals("HttpSession attribute \"cart\" kept in this process's memory between requests (no spring-session "
                + "dependency) in CartController.java", RuleFindings.at(found, "CartController.java", 10).message());
    }

    @Test
    void springSessionMovesSessionsToASharedStore() throws Exception {
        assertEquals(List.of(), RuleFindings.of("local-state", "local-state/spring-session"));
        assertFalse(LocalStateRule.springSession(null));
        Model model = new Model();
        Dependency jdbc = new Dependency();
        jdbc.setGroupId("org.springframework.session");
        jdbc.setArtifactId("spring-session-jdbc");
        model.addDependency(jdbc);
        assertTrue(LocalStateRule.springSession(model));
    }

    @Test
    void tellsStoragePathsFromUrlPathsAndReadOnlyFiles() {
        assertEquals("stores files on the local disk of the instance", LocalStateRule.finding("app.upload-dir", "/app/uploads"));
        assertEquals("stores files on the local disk of the instance", LocalStateRule.finding("media.storagePath", "E:\\media"));
        assertNull(LocalStateRule.finding("app.upload-dir", "s3://bucket/uploads"));
        assertNull(LocalStateRule.finding("app.upload-dir", "/uploads"));
        assertNull(LocalStateRule.finding("app.data.path", "/etc/app"));
        assertNull(LocalStateRule.finding("server.servlet.session.persistent", "false"));
        assertNull(LocalStateRule.finding("app.name", "/data/x"));
    }
}
