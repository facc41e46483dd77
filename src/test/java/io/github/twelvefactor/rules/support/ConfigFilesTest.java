package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigFilesTest {

    @ParameterizedTest(name = "skipped: {0}")
    @ValueSource(strings = {"src/main/resources/messages.properties", "src/main/resources/messages_fr.properties",
        "src/main/resources/i18n/labels.properties", "src/main/resources/ValidationMessages.properties",
        "src/main/resources/app_de.properties", "src/main/resources/app_pt_BR.properties", ".env.example",
        "docker/.env.sample", ".env.template", ".env.dist", "example.env", ".github/workflows/ci.yml",
        ".gitlab-ci.yml", ".circleci/config.yml", "src/site/resources/example.properties",
        "src/docs/antora/modules/examples/docker-pom.xml"})
    void holdsNoDeployConfig(String path) {
        assertTrue(ConfigFiles.holdsNoDeployConfig(path));
    }

    @ParameterizedTest(name = "read: {0}")
    @ValueSource(strings = {"src/main/resources/application.properties", "src/main/resources/application.yml",
        "src/main/resources/application_db.properties", ".env", ".env.prod", "docker-compose.yml", "config/app.yml",
        "src/main/resources/jdbc.properties"})
    void holdsDeployConfig(String path) {
        assertFalse(ConfigFiles.holdsNoDeployConfig(path));
    }
}
