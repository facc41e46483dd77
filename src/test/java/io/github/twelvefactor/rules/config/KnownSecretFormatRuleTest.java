package io.github.twelvefactor.rules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

/**
 * The hits of {@code known-secret-format} are built when the test runs: a repository of a secret
 * scanner should not itself hold strings that every other scanner takes for live credentials.
 * {@code src/test/resources/secret-templates/hits} holds the files with {@code {{NAME}}} slots and
 * the usual {@code expect:} markers; the tokens are random, from a fixed seed, in each format.
 */
class KnownSecretFormatRuleTest {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String URLSAFE = ALNUM + "_-";
    private static final String B64 = ALNUM + "+/";

    @TempDir
    Path module;

    private static Map<String, String> tokens() {
        Random r = new Random(20_240_611L);
        Map<String, String> t = new LinkedHashMap<>();
        t.put("AWS", "AKIA" + random(r, BASE32, 16));
        t.put("AWS2", "ASIA" + random(r, BASE32, 16));
        t.put("GITHUB", "ghp_" + random(r, ALNUM, 36));
        t.put("GITHUB2", "gho_" + random(r, ALNUM, 36));
        t.put("GITHUB3", "ghp_" + random(r, ALNUM, 36));
        t.put("GITHUB_PAT", "github_pat_" + random(r, ALNUM, 22) + "_" + random(r, ALNUM, 59));
        t.put("GITLAB", "glpat-" + random(r, URLSAFE, 20));
        t.put("SLACK", "xoxb-" + random(r, "0123456789", 12) + "-" + random(r, "0123456789", 13) + "-" + random(r, ALNUM, 24));
        t.put("SLACK_WEBHOOK", "https://hooks.slack.com/services/T" + random(r, BASE32, 8) + "/B" + random(r, BASE32, 10) + "/"
                + random(r, ALNUM, 24));
        t.put("STRIPE", "sk_live_" + random(r, ALNUM, 24));
        t.put("STRIPE2", "rk_live_" + random(r, ALNUM, 30));
        t.put("GOOGLE", "AIza" + random(r, URLSAFE, 35));
        t.put("NPM", "npm_" + random(r, ALNUM, 36));
        t.put("SENDGRID", "SG." + random(r, URLSAFE, 22) + "." + random(r, URLSAFE, 43));
        t.put("JWT", b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64url("{\"sub\":\"42\",\"role\":\"admin\"}") + "."
                + random(r, URLSAFE, 43));
        t.put("PEM_BODY", random(r, B64, 64) + "\n" + random(r, B64, 64) + "\n" + random(r, B64, 40) + "==");
        t.put("PEM_LINE", random(r, B64, 64) + "\\n" + random(r, B64, 64) + "\\n" + random(r, B64, 64));
        t.put("PEM_LINE2", random(r, B64, 64));
        return t;
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String b64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Copies the template tree into the temporary module, filling every slot. */
    private Map<String, String> writeHits() throws Exception {
        Map<String, String> tokens = tokens();
        Path templates = Path.of("src/test/resources/secret-templates/hits");
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                for (Map.Entry<String, String> e : tokens.entrySet()) {
                    text = text.replace("{{" + e.getKey() + "}}", e.getValue());
                }
                assertFalse(text.contains("{{"), "unfilled slot in " + f);
                Path target = module.resolve(templates.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, text);
            }
        }
        return tokens;
    }

    @Test
    void everyFormatIsFoundWhereTheMarkersSay() throws Exception {
        writeHits();
        RuleFindings.checkMarkers(module);
    }

    @Test
    void isAnErrorAndNeverShowsTheSecret() throws Exception {
        Map<String, String> tokens = writeHits();
        List<Finding> found = RuleFindings.in("known-secret-format", module, Map.of());
        assertEquals(17, found.size(), found.toString());
        for (Finding f : found) {
            assertEquals(Severity.ERROR, f.severity(), f.toString());
            for (String token : tokens.values()) {
                for (String part : token.split("\\\\n|\n")) {
                    assertFalse(f.message().contains(part), f.message());
                    assertFalse(f.snippet().contains(part), f.snippet());
                }
            }
        }
        Finding github = RuleFindings.at(found, "application.properties", 4);
        assertEquals("GitHub token gh******** (40 chars) in application.properties", github.message());
        assertEquals("app.ci.github=gh******** (40 chars)", github.snippet());
        Finding json = RuleFindings.at(found, "service-account.json", 4);
        assertEquals("PEM private key block in service-account.json", json.message());
        assertTrue(json.snippet().startsWith("\"pem\": \"-----BEGIN PRIVATE KEY-----"), json.snippet());
    }

    @Test
    void testResourcesAreReadOnlyWithIncludeTests() throws Exception {
        writeHits();
        String test = "src/test/resources/application.properties";
        List<Finding> without = RuleFindings.in("known-secret-format", module, Map.of());
        assertTrue(without.stream().noneMatch(f -> f.path().equals(test)), without.toString());
        List<Finding> with = RuleFindings.in("known-secret-format", module, Map.of(), true);
        assertEquals(1, with.stream().filter(f -> f.path().equals(test)).count(), with.toString());
    }

    @Test
    void theOnePassFilterFindsEveryKeywordAnywhere() {
        for (String k : SecretFormats.KEYWORDS) {
            assertTrue(io.github.twelvefactor.source.Mentions.lists(k), "keyword not in the shared word pass: " + k);
            assertTrue(SecretFormats.mentionsAnyKeyword(text(k)), k);
            assertTrue(SecretFormats.mentionsAnyKeyword(text("héllo ✓ " + k + " ✓")), k);
        }
        assertFalse(SecretFormats.mentionsAnyKeyword(text("public class Plain { String s = \"✓ double key\"; }")));
        assertFalse(SecretFormats.mentionsAnyKeyword(text("")));
        assertFalse(SecretFormats.mentionsAnyKeyword(text("A")));
    }

    private static io.github.twelvefactor.source.SourceFile text(String t) {
        return new io.github.twelvefactor.source.SourceFile(java.nio.file.Path.of("x"), "x", "x", t, null);
    }

    @Test
    void awsKeyIdsMayHoldAnyDigitButNotMoreCharacters() {
        SecretFormats.Format aws = SecretFormats.FORMATS.get(0);
        java.util.regex.Matcher m = aws.pattern().matcher("payments.aws.access-key-id=AKIAZ3MXQ7PLK2TRW9NB");
        assertTrue(m.find());
        assertTrue(SecretFormats.plausible(aws, m.group(1)));
        assertFalse(aws.pattern().matcher("x=AKIAZ3MXQ7PLK2TRW9NBQ").find(), "21 characters are no key id");
        assertFalse(aws.pattern().matcher("blob=xAKIAZ3MXQ7PLK2TRW9NB").find(), "inside a longer word");
    }

    @Test
    void publishedExamplesAndFakesAreNoSecret() {
        SecretFormats.Format aws = SecretFormats.FORMATS.get(0);
        assertFalse(SecretFormats.plausible(aws, "AKIAIOSFODNN7EXAMPLE"));
        assertFalse(SecretFormats.plausible(SecretFormats.FORMATS.get(1), "ghp_" + "x".repeat(36)));
        assertFalse(SecretFormats.plausible(SecretFormats.FORMATS.get(1), "ghp_1234567890" + "aB".repeat(11)));
        SecretFormats.Format jwt = SecretFormats.FORMATS.get(SecretFormats.FORMATS.size() - 1);
        assertEquals("JSON Web Token", jwt.name());
        String none = b64url("{\"alg\":\"none\"}") + "." + b64url("{\"sub\":\"guest\"}") + ".c2lnbmF0dXJlLXBsYWNlaG9sZGVy";
        assertFalse(SecretFormats.plausible(jwt, none));
        assertFalse(SecretFormats.plausible(jwt, b64url("{\"kid\":\"1\"}") + "." + b64url("{\"a\":1}") + ".c2lnbmF0dXJlLXBsYWNlaG9sZGVy"));
    }
}
