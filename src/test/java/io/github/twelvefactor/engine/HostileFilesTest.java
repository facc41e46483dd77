package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tree of hostile files beside a real violation: links that loop or leave the tree, an empty file,
 * a 1 MB single line, UTF-16 with a BOM, binary content under a {@code .yml} name, an XInclude. Each
 * is audited or named once with its reason, nothing outside the tree is read, and the real
 * violation is still found.
 */
class HostileFilesTest {
    private static final String REAL = "src/main/resources/application.properties";
    private static final String UTF16 = "src/main/resources/application-utf16.properties";
    private static final String REAL_TEXT = "spring.datasource.password=hunter2hunter2\nserver.port=8080\n"
            + "logging.file.name=/var/log/app.log\n";

    @Test
    void hostileFilesAreNamedOnceAndTheRealViolationIsStillFound(@TempDir Path tmp) throws IOException {
        Auditor auditor = new Auditor(RuleCatalog.load());
        Path alone = Files.createDirectories(tmp.resolve("alone"));
        write(alone, REAL, REAL_TEXT.getBytes(StandardCharsets.UTF_8));
        List<String> expected = real(auditor.audit(AuditRequest.of(alone)));
        assertTrue(!expected.isEmpty(), "the real violation is found on its own");

        Path outside = Files.createDirectories(tmp.resolve("outside"));
        write(outside, "leak.properties", "OUTSIDE-MARK.password=s3cr3tvalue1\n".getBytes(StandardCharsets.UTF_8));
        write(outside, "inc.xml", "<file>/var/log/OUTSIDE-MARK.log</file>".getBytes(StandardCharsets.UTF_8));
        Path dir = Files.createDirectories(tmp.resolve("module"));
        write(dir, REAL, REAL_TEXT.getBytes(StandardCharsets.UTF_8));
        write(dir, "empty.properties", new byte[0]);
        write(dir, "long.properties", ("k=" + "x".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8));
        write(dir, UTF16, ("\ufeffserver.port=9090\n").getBytes(StandardCharsets.UTF_16BE));
        write(dir, "data.yml", new byte[] {'a', ':', ' ', 0, 1, 2, (byte) 0xff});
        write(dir, "src/main/resources/logback.xml", ("<configuration xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"" + outside.resolve("inc.xml").toUri() + "\"/></configuration>")
                .getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("out"), outside);
        Files.createSymbolicLink(dir.resolve("out.properties"), outside.resolve("leak.properties"));

        AuditResult r = auditor.audit(AuditRequest.of(dir));

        assertEquals(expected, real(r), "the real violation is reported as on its own");
        Set<String> named = new HashSet<>();
        for (FileIssue i : r.fileIssues()) {
            assertTrue(i.reason() != null && !i.reason().isBlank(), i.toString());
            if (i.kind() == FileIssue.Kind.SKIPPED || i.kind() == FileIssue.Kind.UNPARSABLE) {
                assertTrue(named.add(i.path()), "named twice: " + i.path());
            }
        }
        assertTrue(r.fileIssues().contains(new FileIssue("data.yml", FileIssue.Kind.SKIPPED, "binary content")),
                r.fileIssues().toString());
        for (Finding f : r.findings()) {
            assertTrue(!f.path().startsWith("loop/") && !f.path().startsWith("out"), "followed a link: " + f);
            assertTrue(!f.snippet().contains("OUTSIDE-MARK") && !f.message().contains("OUTSIDE-MARK"),
                    "read outside the tree: " + f);
        }
        // the real file, the empty, long, UTF-16 and logback files are read; data.yml is named
        assertEquals(5, r.filesScanned(), r.fileIssues().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.path().equals(UTF16)),
                "the UTF-16 file is audited like any other: " + r.findings());
    }

    private static List<String> real(AuditResult r) {
        return r.findings().stream().filter(f -> f.path().equals(REAL))
                .map(f -> f.line() + ":" + f.ruleId()).toList();
    }

    private static void write(Path dir, String rel, byte[] bytes) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }
}
