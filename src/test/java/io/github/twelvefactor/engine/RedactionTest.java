package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a message is scrubbed of a secret that is also one of its own words. */
class RedactionTest {
    @Test
    void theSecretRulesOwnOpeningWordsStayWhenThePasswordIsOneOfThem() {
        String m = Redaction.SECRET_IN + "MYSQL_PASSWORD': se**** (6 chars)";
        assertEquals("Hardcoded secret in 'MYSQL_PASSWORD': se**** (6 chars)", Redaction.scrubMessage(m, "secret"));
        String d = Redaction.SECRET_AS_DEFAULT + "db.password': de***** (7 chars)";
        assertEquals(d, Redaction.scrubMessage(d, "default"));
        assertEquals(d, Redaction.scrubMessage(d, "placeholder"));
        String h = Redaction.AUTHORIZATION_CREDENTIALS + "cr**** (11 chars)";
        assertEquals(h, Redaction.scrubMessage(h, "credentials"));
    }

    @Test
    void whatFollowsTheOpeningIsStillScrubbed() {
        // the key is the password itself: the file's text, masked
        assertEquals("Hardcoded secret in 'se**** (6 chars)': se**** (6 chars)",
                Redaction.scrubMessage(Redaction.SECRET_IN + "secret': se**** (6 chars)", "secret"));
        assertEquals("Hardcoded secret passed to de***** (7 chars): de***** (7 chars)",
                Redaction.scrubMessage(Redaction.SECRET_PASSED_TO + "default: de***** (7 chars)", "default"));
    }

    @Test
    void aMessageWithoutSuchAnOpeningIsScrubbedFromItsFirstWord() {
        assertEquals("the se**** (6 chars) is here", Redaction.scrubMessage("the secret is here", "secret"));
        assertEquals("se**** (6 chars) in 'x'", Redaction.scrubMessage("secret in 'x'", "secret"));
        // an opening's words, but not at the start: no exemption
        assertEquals("Note: Hardcoded se**** (6 chars) in 'k'",
                Redaction.scrubMessage("Note: Hardcoded secret in 'k'", "secret"));
        // almost an opening (one letter more): no exemption
        assertEquals("Hardcoded secrets in 'se**** (6 chars)'",
                Redaction.scrubMessage("Hardcoded secrets in 'secret'", "secret"));
    }
}
