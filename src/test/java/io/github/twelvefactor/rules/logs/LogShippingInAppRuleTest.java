package io.github.twelvefactor.rules.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

class LogShippingInAppRuleTest {

    @Test
    void isInfoAndNamesTheAppenderAndTheFile() throws Exception {
        List<Finding> found = RuleFindings.of("log-shipping-in-app", "log-shipping-in-app/logback");
        assertEquals(3, found.size(), found.toString());
        found.forEach(f -> assertEquals(Severity.INFO, f.severity(), f.toString()));
        assertEquals("LogstashTcpSocketAppender 'LOGSTASH' sends the app's logs to a collector itself (logback-spring.xml)",
                RuleFindings.at(found, "logback-spring.xml", 3).message());
    }

    @Test
    void namesLog4j2AndJulShippers() throws Exception {
        List<Finding> found = RuleFindings.of("log-shipping-in-app", "log-shipping-in-app/log4j");
        assertEquals("log4j2 Socket appender 'Logstash' sends the app's logs to a collector itself (log4j2.xml)",
                RuleFindings.at(found, "log4j2.xml", 5).message());
        assertEquals("log4j2 Http appender 'Collector' sends the app's logs to a collector itself (log4j2.xml)",
                RuleFindings.at(found, "log4j2.xml", 9).message());
        assertEquals("java.util.logging.SocketHandler in handlers sends the app's logs to a collector itself (logging.properties)",
                RuleFindings.at(found, "logging.properties", 2).message());
    }
}
