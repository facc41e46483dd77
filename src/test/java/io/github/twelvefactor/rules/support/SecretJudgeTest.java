package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretJudgeTest {

    private static SecretJudge.Verdict judge(String raw, boolean filtered) {
        return SecretJudge.judge(raw, filtered, SecretJudge::plainSecret);
    }

    @Test
    void literalShipsAsWritten() {
        SecretJudge.Verdict v = judge("\"s3cr3t-pw\"", false);
        assertEquals(SecretJudge.Kind.LITERAL, v.kind());
        assertEquals("s3cr3t-pw", v.value());
        assertTrue(v.secret());
    }

    @Test
    void literalDefaultOfAPlaceholderShips() {
        SecretJudge.Verdict v = judge("${DB_PASSWORD:s3cr3t-pw}", false);
        assertEquals(SecretJudge.Kind.DEFAULT, v.kind());
        assertEquals("s3cr3t-pw", v.value());
    }

    @Test
    void mavenFilteredTokenIsBakedIn() {
        SecretJudge.Verdict v = judge("@db.password@", true);
        assertEquals(SecretJudge.Kind.BUILD_TIME, v.kind());
        assertEquals("@db.password@", v.value());
        assertFalse(v.secret());
        assertNull(judge("@db.password@", false));
        assertNull(judge("${DB_PASSWORD}", true));
    }

    @ParameterizedTest(name = "nothing ships: {0}")
    @ValueSource(strings = {"", "${DB_PASSWORD}", "${DB_PASSWORD:}", "${DB_PASSWORD:changeme}", "prefix-${X}",
        "changeme", "postgres://app:pw@db/app", "host=db dbname=app user=app password=pw", "ENC(abc)"})
    void nothingShips(String raw) {
        assertNull(judge(raw, false));
    }

    @Test
    void callerDecidesWhatASecretIs() {
        assertEquals(SecretJudge.Kind.LITERAL, SecretJudge.judge("12345", false, p -> true).kind());
        assertNull(SecretJudge.judge("12345", false, SecretJudge::plainSecret));
    }
}
