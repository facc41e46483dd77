package io.github.twelvefactor.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Fingerprints;
import io.github.twelvefactor.engine.RuleMeta;
import io.github.twelvefactor.engine.Severity;

/** A realistic audit built by hand: the report tests need no rule and no file tree. */
final class Samples {
    static final String VERSION = "0.1.0-SNAPSHOT";
    /** A path with a space and a non-ASCII letter, as a user's tree may well have. */
    static final String ODD_PATH = "config/Prüfung env/application prod.properties";
    static final String ODD_URI = "config/Pr%C3%BCfung%20env/application%20prod.properties";

    static final RuleMeta SECRET = new RuleMeta("hardcoded-secret", Factor.III, Severity.ERROR,
            "A literal secret in config or code", "Read the secret from the environment or a secret store.", false, "", "");
    static final RuleMeta SNAPSHOT = new RuleMeta("snapshot-dependency", Factor.II, Severity.ERROR,
            "A -SNAPSHOT dependency from outside the reactor", "Depend on a released version.", false, "", "");
    static final RuleMeta FILE_LOGGING = new RuleMeta("file-logging", Factor.XI, Severity.WARNING,
            "The app writes its own log files", "Log to stdout and let the platform route the stream.", false, "", "");
    static final RuleMeta BRANCHING = new RuleMeta("env-name-branching", Factor.I, Severity.INFO,
            "Code branches on the deploy's name", "Put the behaviour behind a config flag.", false, "", "");
    static final RuleMeta PORT = new RuleMeta("hardcoded-port", Factor.VII, Severity.INFO,
            "A literal port in main config", "Bind to ${PORT} from the environment.", false, "", "");

    private Samples() {
    }

    /** Catalogue order deliberately scrambled: the writer must sort. {@code hardcoded-port} raised to warning. */
    static Map<RuleMeta, Severity> rules() {
        Map<RuleMeta, Severity> rules = new LinkedHashMap<>();
        rules.put(FILE_LOGGING, Severity.WARNING);
        rules.put(SECRET, Severity.ERROR);
        rules.put(PORT, Severity.WARNING);
        rules.put(BRANCHING, Severity.INFO);
        rules.put(SNAPSHOT, Severity.ERROR);
        return rules;
    }

    static List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>();
        sorted.add(finding(SECRET, Severity.ERROR, ODD_PATH, 3, 17, "Hardcoded secret in 'db.password'",
                "db.password=s3******** (12 chars)"));
        sorted.add(finding(SECRET, Severity.ERROR, "pom.xml", 0, 0, "Secret in <properties> of the pom",
                ""));
        sorted.add(finding(SNAPSHOT, Severity.ERROR, "pom.xml", 41, 0,
                "Dependency com.acme:util:1.2-SNAPSHOT is a snapshot from outside the reactor",
                "<version>1.2-SNAPSHOT</version>"));
        sorted.add(finding(PORT, Severity.WARNING, "src/main/resources/application.properties", 1, 1,
                "Literal server.port=8080", "server.port=8080"));
        sorted.add(finding(FILE_LOGGING, Severity.WARNING, "src/main/resources/logback.xml", 7, 5,
                "Logback RollingFileAppender writes logs/app.log", "<appender name=\"FILE\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">"));
        sorted.add(finding(BRANCHING, Severity.INFO, "src/main/java/com/acme/Boot.java", 12, 9,
                "Branches on the deploy name \"prod\"", "if (\"prod\".equals(env)) {"));
        return Fingerprints.assign(sorted);
    }

    static Finding finding(RuleMeta rule, Severity severity, String path, int line, int column, String message,
            String snippet) {
        return new Finding(rule.id(), rule.factor(), severity, path, line, column, message, rule.remediation(),
                snippet, "");
    }

    static List<FileIssue> fileIssues() {
        return List.of(
                new FileIssue("src/main/resources/broken.yml", FileIssue.Kind.UNPARSABLE,
                        "YAML syntax error at line 4, column 3"),
                new FileIssue("lib/vendor.bin", FileIssue.Kind.SKIPPED, "binary file"),
                new FileIssue("src/main/java/com/acme/Boot.java", FileIssue.Kind.INTERNAL_ERROR,
                        "rule env-name-branching failed: NullPointerException"),
                new FileIssue("src/main/resources/latin1.properties", FileIssue.Kind.NOTICE,
                        "not UTF-8, read as ISO-8859-1"));
    }

    static AuditResult result() {
        return new AuditResult(findings(), 2, fileIssues(), 42, 1234);
    }

    static ReportContext context(Path root) {
        return new ReportContext(VERSION, root, "app", rules(), result());
    }
}
