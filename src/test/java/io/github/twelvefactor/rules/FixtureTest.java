package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3ReaderEx;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.twelvefactor.engine.AuditRequest;
import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.RuleCatalog;

/**
 * Every folder under {@code src/test/resources/fixtures/<group>/<case>/} is a small module audited
 * with every rule; its files say what must be found, Error-Prone style:
 * <ul>
 * <li>{@code expect: rule-id[, rule-id]} in a comment after code expects those findings on that line;</li>
 * <li>on a line that is only a comment ({@code #}, {@code //}, {@code <!--}, {@code !}, {@code /*},
 * {@code *}), it expects them on the next line that is not itself a marker;</li>
 * <li>{@code expect-file: rule-id} anywhere expects a finding on line 1 (file-level findings).</li>
 * </ul>
 * Found and expected must match both ways: a missing finding and an extra one both fail, and so
 * does a rule that throws on any file of the fixture (an internal error). A
 * {@code fixture.properties} in the case folder may set {@code includeTests=true} or
 * {@code rules.<id>=off}. A {@code pom.xml} in the case folder is handed to the audit as the model.
 */
class FixtureTest {
    private static final Path ROOT = Path.of("src/test/resources/fixtures");
    private static final Pattern EXPECT = Pattern.compile("expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern EXPECT_FILE = Pattern.compile("expect-file:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern COMMENT_ONLY = Pattern.compile("^\\s*(#|//|<!--|!|/\\*|\\*|--).*");
    private static final RuleCatalog CATALOG = RuleCatalog.load();

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> groups = Files.list(ROOT)) {
            for (Path g : groups.sorted().toList()) {
                try (Stream<Path> cs = Files.list(g)) {
                    cs.filter(Files::isDirectory).sorted().forEach(cases::add);
                }
            }
        }
        assertFalse(cases.isEmpty(), "no fixtures found under " + ROOT);
        return cases.stream().map(c -> DynamicTest.dynamicTest(ROOT.relativize(c).toString().replace('\\', '/'),
                () -> check(c)));
    }

    static void check(Path dir) throws Exception {
        AuditResult result = audit(dir);
        // a rule that throws reports nothing: without this, a crash would pass every trap
        List<String> crashes = result.fileIssues().stream().filter(i -> i.kind() == FileIssue.Kind.INTERNAL_ERROR)
                .map(i -> i.path() + ": " + i.reason()).toList();
        assertEquals(List.of(), crashes, "rules failed on " + dir);
        TreeSet<String> expected = expectations(dir);
        TreeSet<String> found = new TreeSet<>();
        for (Finding f : result.findings()) {
            found.add(f.path() + ":" + f.line() + " " + f.ruleId());
        }
        assertEquals(String.join("\n", expected), String.join("\n", found),
                "findings in " + dir + " (left: expected by markers, right: found)");
    }

    static AuditResult audit(Path dir) throws Exception {
        Properties settings = new Properties();
        Path props = dir.resolve("fixture.properties");
        if (Files.exists(props)) {
            try (Reader r = Files.newBufferedReader(props)) {
                settings.load(r);
            }
        }
        Map<String, String> rules = new java.util.HashMap<>();
        settings.stringPropertyNames().stream().filter(k -> k.startsWith("rules."))
                .forEach(k -> rules.put(k.substring(6), settings.getProperty(k)));
        AuditRequest request = AuditRequest.of(dir)
                .withIncludeTests(Boolean.parseBoolean(settings.getProperty("includeTests", "false")))
                .withRuleSettings(rules);
        Path pom = dir.resolve("pom.xml");
        if (Files.exists(pom)) {
            request = request.withModel(readModel(pom));
        }
        return new Auditor(CATALOG).audit(request);
    }

    static Model readModel(Path pom) throws Exception {
        InputSource source = new InputSource();
        source.setLocation(pom.toString());
        source.setModelId("fixture");
        try (Reader r = Files.newBufferedReader(pom)) {
            return new MavenXpp3ReaderEx().read(r, true, source);
        }
    }

    static TreeSet<String> expectations(Path dir) throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("fixture.properties"))
                    .sorted().toList();
        }
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            List<String> lines;
            try {
                lines = Files.readAllLines(f);
            } catch (IOException e) {
                continue; // binary or non-UTF-8 fixture: carries no markers
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher file = EXPECT_FILE.matcher(line);
                if (file.find()) {
                    for (String id : file.group(1).split(",")) {
                        expected.add(rel + ":1 " + id.trim());
                    }
                    continue;
                }
                Matcher m = EXPECT.matcher(line);
                if (!m.find()) {
                    continue;
                }
                int target = i;
                if (COMMENT_ONLY.matcher(line).matches()) {
                    target = i + 1;
                    while (target < lines.size() && EXPECT.matcher(lines.get(target)).find()
                            && COMMENT_ONLY.matcher(lines.get(target)).matches()) {
                        target++;
                    }
                }
                for (String id : m.group(1).split(",")) {
                    expected.add(rel + ":" + (target + 1) + " " + id.trim());
                }
            }
        }
        return expected;
    }
}
