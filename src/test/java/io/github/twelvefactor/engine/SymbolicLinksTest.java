package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC.md: a symlink loop is bad input that is "named once as skipped, with the reason", and
 * nothing is dropped unsaid. Links that are not followed (a loop, a link out of the module's
 * folder, a dangling link) are each named once, at the link's own path (never where it points);
 * links inside the tree are read or walked as before and named nowhere.
 */
class SymbolicLinksTest {

    @Test
    void linksThatAreNotFollowedAreNamedOnceAtTheirOwnPath(@TempDir Path tmp) throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("leak.properties"), "spring.datasource.password=OutsideS3cretValue\n");
        Path dir = Files.createDirectories(tmp.resolve("module"));
        Path res = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(res.resolve("application.properties"), "server.servlet.context-path=/shop\n");
        Files.createDirectories(res.resolve("sub"));
        Files.createSymbolicLink(res.resolve("sub/loop"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("self"), Path.of("."));
        Files.createSymbolicLink(res.resolve("outside"), outside);
        Files.createSymbolicLink(res.resolve("leak.properties"), outside.resolve("leak.properties"));
        Files.createSymbolicLink(res.resolve("gone.properties"), res.resolve("missing.properties"));
        // inside the tree: a link to a sibling folder (walked at its own place) and to a file (read)
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/app.properties"), "app.name=shop\n");
        Files.createSymbolicLink(dir.resolve("conf"), dir.resolve("config"));
        Files.createSymbolicLink(res.resolve("same.properties"), res.resolve("application.properties"));

        AuditResult r = new Auditor(RuleCatalog.load()).audit(AuditRequest.of(dir));

        assertEquals(List.of(
                new FileIssue("self", FileIssue.Kind.SKIPPED, "symbolic link loop (to a folder above it): not followed"),
                new FileIssue("src/main/resources/gone.properties", FileIssue.Kind.SKIPPED,
                        "dangling symbolic link: not followed"),
                new FileIssue("src/main/resources/leak.properties", FileIssue.Kind.SKIPPED,
                        "symbolic link out of the module's folder: not followed"),
                new FileIssue("src/main/resources/outside", FileIssue.Kind.SKIPPED,
                        "symbolic link out of the module's folder: not followed"),
                new FileIssue("src/main/resources/sub/loop", FileIssue.Kind.SKIPPED,
                        "symbolic link loop (to a folder above it): not followed")),
                r.fileIssues());
        // application.properties, its link same.properties and config/app.properties: nothing outside
        assertEquals(3, r.filesScanned());
        assertTrue(r.findings().isEmpty(), r.findings().toString());
    }

    @Test
    void anIgnoredOrExcludedLinkIsNotNamed(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("module"));
        Files.writeString(dir.resolve(".gitignore"), "ignored-link\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("ignored-link"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("excluded-link"), Path.of("."));
        AuditRequest request = AuditRequest.of(dir);
        request = new AuditRequest(request.basedir(), request.rootDir(), request.buildDir(), List.of(), List.of(),
                List.of("excluded-link"), false, null, null, AuditRequest.DEFAULT_MAX_FILE_SIZE);

        AuditResult r = new Auditor(RuleCatalog.load()).audit(request);

        assertEquals(List.of(), r.fileIssues());
    }
}
