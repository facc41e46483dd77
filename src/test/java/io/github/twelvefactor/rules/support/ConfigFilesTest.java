package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.twelvefactor.RandomTexts;

class ConfigFilesTest {

    @ParameterizedTest(name = "skipped: {0}")
    @ValueSource(strings = {"src/main/resources/messages.properties", "src/main/resources/messages_fr.properties",
        "src/main/resources/i18n/labels.properties", "src/main/resources/ValidationMessages.properties",
        "src/main/resources/app_de.properties", "src/main/resources/app_pt_BR.properties", ".env.example",
        "docker/.env.sample", ".env.template", ".env.dist", "example.env", ".github/workflows/ci.yml",
        ".gitlab-ci.yml", ".circleci/config.yml", "src/site/resources/example.properties",
        "src/docs/antora/modules/examples/docker-pom.xml", "pnpm-lock.yaml", "web/app/pnpm-lock.yaml",
        "envs/conda-lock.yml"})
    void holdsNoDeployConfig(String path) {
        assertTrue(ConfigFiles.holdsNoDeployConfig(path));
    }

    @ParameterizedTest(name = "read: {0}")
    @ValueSource(strings = {"src/main/resources/application.properties", "src/main/resources/application.yml",
        "src/main/resources/application_db.properties", ".env", ".env.prod", "docker-compose.yml", "config/app.yml",
        "src/main/resources/jdbc.properties", "pnpm-lock.yaml.d/app.yml", "src/main/resources/lock.yaml",
        "src/main/resources/pnpm-lock-app.yaml"})
    void holdsDeployConfig(String path) {
        assertFalse(ConfigFiles.holdsNoDeployConfig(path));
    }

    /**
     * isMessageBundle and isCiPipeline run their patterns only where the words the patterns need
     * stand: the same answers as running the patterns alone, as they did before, on paths glued from
     * pieces near those words, in any case, and with characters whose lower case is ASCII (the
     * Kelvin sign) or longer (a dotted capital I).
     */
    @Test
    void patternsAfterTheirWordsAnswerAsThePatternsAlone() {
        Pattern bundleName = Pattern.compile("(?i).*(messages?|labels?|texts?|strings|i18n|l10n|bundle|resources"
                + "|validationmessages)([_-][a-z]{2,3}([_-][a-z]{2,4})*)?\\.(properties|ya?ml)");
        Pattern localeSuffix = Pattern.compile(".+_([a-z]{2})(_[A-Z]{2})?\\.properties");
        Set<String> languages = Set.of(Locale.getISOLanguages());
        Pattern bundleDir = Pattern.compile("(?i)(^|.*/)(i18n|l10n|lang|langs|locale|locales|messages)/.*");
        Pattern ci = Pattern.compile("(?i)(^|.*/)(\\.github/.*|\\.circleci/.*|\\.gitlab-ci\\.ya?ml|\\.travis\\.ya?ml"
                + "|azure-pipelines\\.ya?ml|bitbucket-pipelines\\.ya?ml|\\.drone\\.ya?ml|\\.woodpecker\\.ya?ml"
                + "|\\.woodpecker/.*|appveyor\\.ya?ml)");
        int bundles = 0;
        int pipelines = 0;
        for (String path : RandomTexts.of(17, 40_000, 7, "src/", "main/", "i18n/", "I18N/", "lang", "Locales/", "messages",
                "Message", "label", "TEXTS", "strings", "bundle", "resources", "validation", "_", "-", "fr", "pt", "BR",
                "de", ".properties", ".yml", ".YAML", ".github/", ".Gitlab-ci", ".travis", ".drone", ".woodpecker",
                "appveyor", "azure-pipelines", "bitbucket-pipelines", ".circleci/", "/", "app", "\u212a", "\u0130",
                "l10n", ".y", "ml")) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            Matcher m = localeSuffix.matcher(name);
            boolean bundle = bundleName.matcher(name).matches() || bundleDir.matcher(path).matches()
                    || m.matches() && languages.contains(m.group(1));
            assertEquals(bundle, ConfigFiles.isMessageBundle(path), path);
            boolean pipeline = ci.matcher(path).matches();
            assertEquals(pipeline, ConfigFiles.isCiPipeline(path), path);
            bundles += bundle ? 1 : 0;
            pipelines += pipeline ? 1 : 0;
        }
        // both answers come up often enough for the comparison to mean something
        assertTrue(bundles > 1_000 && bundles < 39_000, "bundles: " + bundles);
        assertTrue(pipelines > 200, "pipelines: " + pipelines);
    }
}
