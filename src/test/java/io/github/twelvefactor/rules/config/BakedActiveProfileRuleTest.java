package io.github.twelvefactor.rules.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BakedActiveProfileRuleTest {

    @Test
    void readsBothFormsOfEnv() {
        List<String[]> pairs = BakedActiveProfileRule.envPairs("A=1 SPRING_PROFILES_ACTIVE=\"prod,metrics\" B='x y'");
        assertEquals(3, pairs.size());
        assertArrayEquals(new String[] {"SPRING_PROFILES_ACTIVE", "\"prod,metrics\""}, pairs.get(1));
        assertArrayEquals(new String[] {"B", "'x y'"}, pairs.get(2));
        List<String[]> legacy = BakedActiveProfileRule.envPairs("SPRING_PROFILES_ACTIVE prod");
        assertArrayEquals(new String[] {"SPRING_PROFILES_ACTIVE", "prod"}, legacy.get(0));
        assertEquals(0, BakedActiveProfileRule.envPairs("ONLY_A_NAME").size());
    }

    /** Fuzzing found ENV lines of one long word that took minutes: reading ENV pairs must stay one pass. */
    @org.junit.jupiter.api.Test
    void aLongEnvLineIsReadInOnePass() {
        String longWord = "x".repeat(200_000);
        java.util.List<String[]> pairs = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> BakedActiveProfileRule.envPairs("A=1 " + longWord + " B=2"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("A", "B"),
                pairs.stream().map(kv -> kv[0]).toList());
    }
}
