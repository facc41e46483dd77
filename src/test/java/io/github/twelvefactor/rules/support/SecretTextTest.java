package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretTextTest {

    @Test
    void aSecretWrittenVerbatimIsMaskedAlone() {
        assertEquals("abc-123", SecretText.asWritten("password=abc-123 # note", 10, "abc-123"));
    }

    @Test
    void aSecretWrittenDifferentlyMasksTheRestOfTheLine() {
        assertEquals("pa$$word # note", SecretText.asWritten("  - PASSWORD=pa$$word # note", 14, "pa$word"));
        assertEquals("pa\\:ss", SecretText.asWritten("escaped.password=pa\\:ss", 18, "pa:ss"));
    }

    @Test
    void anUnknownColumnMasksTheWholeLine() {
        assertEquals("RUN echo p\\u0061ss", SecretText.asWritten("RUN echo p\\u0061ss", 0, "pass-word"));
    }
}
