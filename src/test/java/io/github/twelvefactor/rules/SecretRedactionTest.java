package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Finding;

/**
 * The secret fixtures, read for what a user would see: every finding of the secret rules shows the
 * secret masked ({@code pa******** (10 chars)}) in its message, and its snippet no longer holds the
 * value as written at the finding's column (the engine masked the secret as it stands on the line,
 * escapes, quotes and compose's {@code $$} included).
 */
class SecretRedactionTest {
    private static final Path ROOT = Path.of("src/test/resources/fixtures");
    private static final Set<String> RULES = Set.of("hardcoded-secret", "credentials-in-url");
    private static final Pattern MASKED = Pattern.compile(".*: \\S*\\*{3,8} \\(\\d+ chars\\)$");

    @TestFactory
    Stream<DynamicTest> secretsAreMaskedInMessagesAndSnippets() throws IOException {
        List<Path> cases;
        try (Stream<Path> groups = Stream.of(ROOT.resolve("hardcoded-secret"), ROOT.resolve("credentials-in-url"))) {
            cases = groups.flatMap(g -> {
                try (Stream<Path> s = Files.list(g)) {
                    return s.filter(Files::isDirectory).sorted().toList().stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertFalse(cases.isEmpty());
        return cases.stream().map(c -> DynamicTest.dynamicTest(ROOT.relativize(c).toString(), () -> check(c)));
    }

    /**
     * A password that is a word of the message ({@code secret}, a placeholder default {@code default})
     * leaves the rule's own words as they are: only the value, and a key that is the password itself,
     * are masked.
     */
    @Test
    void aPasswordThatIsAWordOfTheMessageLeavesTheMessageReadable() throws Exception {
        AuditResult result = FixtureTest.audit(ROOT.resolve("hardcoded-secret/message-words"));
        List<String> messages = new ArrayList<>();
        for (Finding f : result.findings()) {
            messages.add(f.path() + ":" + f.line() + " " + f.message());
        }
        assertEquals(List.of(
                "compose.yaml:8 Hardcoded secret in 'MYSQL_PASSWORD': se**** (6 chars)",
                "compose.yaml:9 Hardcoded secret in 'MYSQL_ROOT_PASSWORD': ve******** (10 chars)",
                "src/main/resources/application.properties:4 Hardcoded secret in 'spring.datasource.password': se**** (6 chars)",
                "src/main/resources/application.properties:6 Hardcoded secret as the default of the placeholder in "
                        + "'app.signing-password': de***** (7 chars)",
                "src/main/resources/application.properties:8 Hardcoded secret in 'se**** (6 chars)': se**** (6 chars)"),
                messages);
    }

    /** The text at a finding's column up to the next blank, without leading quotes: the value as written. */
    private static String writtenAt(String line, int column) {
        if (column < 1 || column > line.length()) {
            return "";
        }
        String rest = line.substring(column - 1);
        int blank = 0;
        while (blank < rest.length() && !Character.isWhitespace(rest.charAt(blank))) {
            blank++;
        }
        String token = rest.substring(0, blank);
        while (!token.isEmpty() && (token.charAt(0) == '"' || token.charAt(0) == '\'')) {
            token = token.substring(1);
        }
        return token;
    }

    private static void check(Path dir) throws Exception {
        AuditResult result = FixtureTest.audit(dir);
        for (Finding f : result.findings()) {
            if (!RULES.contains(f.ruleId()) || f.message().contains("Maven resource filtering")) {
                continue;
            }
            String where = f.path() + ":" + f.line();
            assertTrue(MASKED.matcher(f.message()).matches(), where + " message masks the secret");
            String line = Files.readAllLines(dir.resolve(f.path())).get(f.line() - 1);
            assertNotEquals(line.strip(), f.snippet(), where + " snippet masks the secret");
            assertTrue(f.snippet().contains("chars)"), where + " snippet shows the mask");
            String written = writtenAt(line, f.column());
            assertFalse(written.length() >= 3 && f.snippet().contains(written),
                    where + " snippet must not show the value as written at column " + f.column());
        }
    }
}
