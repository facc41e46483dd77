package io.github.twelvefactor.rules.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedHostPortRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "8080:8080 | 8080",
            "127.0.0.1:8080:8080 | 8080",
            "0.0.0.0:80:8080/tcp | 80",
            "[::1]:8090:8080 | 8090",
            "9000-9001:9000-9001 | 9000-9001",
            "9000-9000:9000 | 9000-9000",
            "8080 | none",
            "127.0.0.1::8080 | none",
            "8000-8005:8080 | none",
            "${APP_PORT}:8080 | none",
            "${APP_PORT:-8080}:8080 | none",
            "$APP_PORT:8080 | none"})
    void fixedHostPortOfAShortFormMapping(String mapping, String expected) {
        assertEquals(expected, FixedHostPortRule.fixedHostPort(mapping));
    }
}
