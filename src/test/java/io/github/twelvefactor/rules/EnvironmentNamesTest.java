package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
