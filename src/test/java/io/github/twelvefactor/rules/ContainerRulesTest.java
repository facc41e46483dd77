package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.twelvefactor.engine.AuditRequest;
import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.GitCli;
import io.github.twelvefactor.engine.RuleCatalog;

/** What the container rules' fixtures cannot say: real binary jars, git's view of .env files, messages. */
class ContainerRulesTest {
    private static final RuleCatalog CATALOG = RuleCatalog.load();
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static void write(Path dir, String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static List<Finding> findings(Path dir, String ruleId) throws IOException {
        AuditResult r = new Auditor(CATALOG).audit(AuditRequest.of(dir));
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static String places(List<Finding> findings) {
        return findings.stream().map(f -> f.path() + ":" + f.line()).collect(Collectors.joining(" "));
    }

    @Test
    void aRealJarIsReportedByPathWithoutBeingRead(@TempDir Path dir) throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, (byte) 0xff, (byte) 0xfe};
        Files.createDirectories(dir.resolve("lib"));
        Files.write(dir.resolve("lib/vendor-client-1.0.jar"), zip);
        Files.createDirectories(dir.resolve("gradle/wrapper"));
        Files.write(dir.resolve("gradle/wrapper/gradle-wrapper.jar"), zip);
        Files.createDirectories(dir.resolve(".mvn/wrapper"));
        Files.write(dir.resolve(".mvn/wrapper/maven-wrapper.jar"), zip);
        AuditResult r = new Auditor(CATALOG).audit(AuditRequest.of(dir));
        List<Finding> jars = r.findings().stream().filter(f -> f.ruleId().equals("vendored-jar")).toList();
        assertEquals("lib/vendor-client-1.0.jar:1", places(jars));
        assertEquals("lib/vendor-client-1.0.jar is a jar committed to the source tree: a dependency no build tool "
                + "declares or resolves", jars.get(0).message());
        assertEquals("", jars.get(0).snippet());
        assertEquals(List.of(), r.fileIssues(), "a jar is never read, so never named as binary content");
    }

    @Test
    void anEnvFileCountsOnlyWhenGitDoesNotLeaveItOut(@TempDir Path dir) throws Exception {
        GitCli.require();
        GitCli.git(dir, "init", "-q");
        write(dir, ".env", "DB_URL=jdbc:postgresql://db/app\n");
        write(dir, "docker/.env.local", "FLAG=on\n");
        write(dir, ".env.example", "DB_URL=\n");
        write(dir, ".gitignore", ".env\n.env.*\n!.env.example\n");
        assertEquals("", places(findings(dir, "committed-env-file")), "ignored and untracked: left out");

        write(dir, ".gitignore", ".env.*\n");
        assertEquals(".env:1", places(findings(dir, "committed-env-file")), "no longer ignored");

        // git add refuses an ignored file: track it first, then ignore it
        write(dir, ".gitignore", ".env\n");
        GitCli.git(dir, "add", "docker/.env.local");
        write(dir, ".gitignore", ".env\n.env.*\n");
        assertEquals("docker/.env.local:1", places(findings(dir, "committed-env-file")),
                "tracked: committed whatever .gitignore says, as git ls-files lists it");
    }

    @Test
    void outsideAGitWorkTreeTheGitignoreAloneDecides(@TempDir Path dir) throws IOException {
        write(dir, ".env", "DB_URL=jdbc:postgresql://db/app\n");
        write(dir, "sub/.env", "DB_URL=jdbc:postgresql://db/app\n");
        write(dir, "sub/.gitignore", ".env\n");
        assertEquals(".env:1", places(findings(dir, "committed-env-file")));
    }

    @Test
    void theEnvFileSnippetAndMessageNeverShowLineOnesValue() throws Exception {
        AuditResult r = FixtureTest.audit(FIXTURES.resolve("committed-env-file/hits"));
        Finding prod = r.findings().stream().filter(f -> f.path().equals("docker/.env.prod")).findFirst().orElseThrow();
        assertEquals("SPRING_PROFILES_ACTIVE=**** (4 chars)", prod.snippet());
        assertEquals("this file sets SPRING_PROFILES_ACTIVE and git does not ignore it", prod.message());
        Finding env = r.findings().stream().filter(f -> f.path().equals(".env")).findFirst().orElseThrow();
        assertEquals(".env sets COMPOSE_PROJECT_NAME, DB_URL, DB_USER and git does not ignore it", env.message());
    }

    @Test
    void messagesSayWhatAndWhere() throws Exception {
        assertEquals("image: postgres of service 'db' has no tag or digest: every pull may bring a different image (latest)",
                message("unpinned-base-image/compose-hits", "docker-compose.yml", 7));
        assertEquals("FROM ${BASE_IMAGE} AS jre (with its ARG defaults: eclipse-temurin) has no tag or digest: every "
                + "pull may bring a different image (latest)",
                message("unpinned-base-image/dockerfile-hits", "docker/arg-default.Dockerfile", 4));
        assertEquals("ENTRYPOINT runs ./gradlew when the container starts: the app is built at run time, not released "
                + "as one artifact", message("build-at-runtime/hits", "docker/gradle.Dockerfile", 5));
        assertEquals("container_name: orders-app fixes the container of service 'app': a second replica cannot start "
                + "(docker compose up --scale)", message("fixed-container-name/hits", "docker-compose.yml", 4));
        assertEquals("ports: 127.0.0.1:5005:5005 binds host port 5005 for service 'app': a second replica cannot bind it",
                message("fixed-host-port/hits", "docker-compose.yml", 7));
        assertEquals("ENTRYPOINT runs 'java $JAVA_OPTS -jar /app/app.jar' through sh -c without exec: the shell is "
                + "PID 1 and the JVM never receives SIGTERM", message("shell-form-entrypoint/hits", "docker/sh-c.Dockerfile", 4));
        assertEquals("CMD in shell form runs 'java -XX:MaxRAMPercentage=75 -jar /app/app.jar' under /bin/sh -c: the "
                + "shell is PID 1 and the JVM never receives SIGTERM",
                message("shell-form-entrypoint/hits", "docker/cmd-shell.Dockerfile", 4));
        assertEquals("CMD in shell form runs 'npm run serve' under /bin/sh -c: the shell is PID 1 and the process "
                + "never receives SIGTERM", message("shell-form-entrypoint/hits", "frontend/Dockerfile", 6));
        assertEquals("volume app-logs:/opt/app/log keeps named volume app-logs for the logs of service 'app': the app "
                + "writes log files, not an event stream", message("log-volume-mount/hits", "docker-compose.yml", 10));
    }

    @Test
    void everyContainerRuleHasARemediationThatSaysWhatToDo() {
        for (String id : List.of("unpinned-base-image", "vendored-jar", "committed-env-file", "build-at-runtime",
                "fixed-container-name", "fixed-host-port", "shell-form-entrypoint", "log-volume-mount")) {
            var meta = CATALOG.rules().stream().map(r -> r.meta()).filter(m -> m.id().equals(id)).findFirst().orElseThrow();
            assertFalse(meta.remediation().isBlank(), id);
            assertFalse(meta.summary().isBlank(), id);
        }
    }

    private static String message(String fixture, String path, int line) throws Exception {
        AuditResult r = FixtureTest.audit(FIXTURES.resolve(fixture));
        return r.findings().stream().filter(f -> f.path().equals(path) && f.line() == line).map(Finding::message)
                .findFirst().orElseThrow(() -> new AssertionError("no finding at " + path + ":" + line));
    }
}
