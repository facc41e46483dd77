package io.github.twelvefactor.rules.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

class SchemaAutoUpdateRuleTest {

    @Test
    void warnsWithoutMigrationsAndSaysWhatTheValueDoes() throws Exception {
        List<Finding> found = RuleFindings.of("schema-auto-update", "schema-auto-update/spring-hits");
        assertEquals(6, found.size(), found.toString());
        found.forEach(f -> assertEquals(Severity.WARNING, f.severity(), f.toString()));
        assertEquals("spring.jpa.hibernate.ddl-auto=update in application.properties lets Hibernate alter the schema at every start",
                RuleFindings.at(found, "application.properties", 2).message());
        assertEquals("spring.jpa.properties.hibernate.hbm2ddl.auto=create-drop in application.properties creates or drops "
                + "the schema at every start", RuleFindings.at(found, "application.properties", 4).message());
    }

    @Test
    void isInfoWhenFlywayIsInTheBuildEvenWhenTheRuleIsRaised() throws Exception {
        for (Map<String, String> settings : List.of(Map.<String, String>of(), Map.of("schema-auto-update", "error"))) {
            List<Finding> found = RuleFindings.of("schema-auto-update", "schema-auto-update/flyway-info", settings);
            assertEquals(1, found.size(), found.toString());
            assertEquals(Severity.INFO, found.get(0).severity());
            assertEquals("spring.jpa.hibernate.ddl-auto=update in application.properties lets Hibernate alter the schema at "
                    + "every start; Flyway is also in the build: let its migrations own the schema", found.get(0).message());
        }
    }

    @Test
    void findsTheMigrationToolInDependenciesAndBuildPlugins() {
        assertNull(SchemaAutoUpdateRule.migrationTool(null));
        Model model = new Model();
        assertNull(SchemaAutoUpdateRule.migrationTool(model));
        Dependency quarkus = new Dependency();
        quarkus.setGroupId("io.quarkus");
        quarkus.setArtifactId("quarkus-liquibase");
        model.addDependency(quarkus);
        assertEquals("Liquibase", SchemaAutoUpdateRule.migrationTool(model));

        Model withPlugin = new Model();
        Plugin flyway = new Plugin();
        flyway.setGroupId("org.flywaydb");
        flyway.setArtifactId("flyway-maven-plugin");
        withPlugin.setBuild(new Build());
        withPlugin.getBuild().addPlugin(flyway);
        assertEquals("Flyway", SchemaAutoUpdateRule.migrationTool(withPlugin));
    }
}
