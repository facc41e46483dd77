package io.github.twelvefactor.rules.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogVolumeMountRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "./logs:/app/logs | mounts host folder ./logs",
            "/var/log/app:/logs | mounts host folder /var/log/app",
            "~/logs:/logs:rw | mounts host folder ~/logs",
            "C:\\logs:/app/logs | mounts host folder C:\\logs",
            "./data:/var/log/app | mounts host folder ./data",
            "app-logs:/app/logs | keeps named volume app-logs",
            "logs:/data | keeps named volume logs",
            "${LOG_DIR:-./logs}:/app/logs | mounts host folder ./logs",
            "${LOG_DIR}:/app/logs | none",
            "./logs:/app/logs:ro | none",
            "./logs:/app/logs:z,ro | none",
            "/app/logs | none",
            "./logback.xml:/app/logback.xml | none",
            "./catalog:/app/catalog | none",
            "./blog:/srv/blog | none",
            "C:\\data:/app/data | none"})
    void logMountOfAShortFormVolume(String spec, String expected) {
        assertEquals(expected, LogVolumeMountRule.logMount(spec));
    }
}
