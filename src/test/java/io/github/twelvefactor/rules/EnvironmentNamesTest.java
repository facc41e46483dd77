package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.RandomTexts;

class EnvironmentNamesTest {

    @Test
    void findsTheDeployInAProfileName() {
        assertEquals("prod", EnvironmentNames.deployIn("prod-eu"));
        assertEquals("prod", EnvironmentNames.deployIn("PROD2"));
        assertEquals("staging", EnvironmentNames.deployIn("test | staging"));
        assertEquals("k8s", EnvironmentNames.deployIn("k8s"));
        assertEquals("dev", EnvironmentNames.deployIn("!dev"));
    }

    @Test
    void featuresEnginesAndTheTestSuiteAreNoDeploy() {
        assertNull(EnvironmentNames.deployIn("mysql"));
        assertNull(EnvironmentNames.deployIn("tls"));
        assertNull(EnvironmentNames.deployIn("spring"));
        assertNull(EnvironmentNames.deployIn("default"));
        assertNull(EnvironmentNames.deployIn("test"));
        assertNull(EnvironmentNames.deployIn("interceptor"));
        assertNull(EnvironmentNames.deployIn(null));
        assertEquals(List.of("h2"), EnvironmentNames.words("h2"));
    }

    @Test
    void developmentOnlyMeansEveryProfileIsTheDevelopersOrTheTestSuites() {
        assertTrue(EnvironmentNames.developmentOnly("dev"));
        assertTrue(EnvironmentNames.developmentOnly("local"));
        assertTrue(EnvironmentNames.developmentOnly("dev | test"));
        assertTrue(EnvironmentNames.developmentOnly("dev-h2"));
        assertFalse(EnvironmentNames.developmentOnly("dev,prod"));
        assertFalse(EnvironmentNames.developmentOnly("!prod"));
        assertFalse(EnvironmentNames.developmentOnly("h2"));
        assertFalse(EnvironmentNames.developmentOnly(""));
        assertFalse(EnvironmentNames.developmentOnly(null));
    }

    /** words and deploy scan by hand what a split and a replaceFirst did: the same answers. */
    @Test
    void wordsAndDeployAnswerAsThePatternsTheyReplaced() {
        for (String s : RandomTexts.of(7, 20_000, 6, "prod", "PROD", "dev", "Stage", "qa", "uat", "2", "10", "0", "9", "z", "Z", "-",
                "_", " ", ".", "|", "\u00e9", "\u0130", "\u212a", "k8s", "test", "x", "\n", "\r\n", "\u2028")) {
            List<String> words = new ArrayList<>();
            for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            assertEquals(words, EnvironmentNames.words(s), s);
            String w = s.toLowerCase(Locale.ROOT);
            String stripped = w.replaceFirst("(?<=[a-z])[0-9]+$", "");
            String deploy = EnvironmentNames.DEPLOYS.contains(w) ? w
                    : EnvironmentNames.DEPLOYS.contains(stripped) ? stripped : null;
            assertEquals(deploy, EnvironmentNames.deploy(s), s);
        }
    }
}
