package io.github.twelvefactor.rules.dependencies;

import static io.github.twelvefactor.rules.PomAudits.audit;
import static io.github.twelvefactor.rules.PomAudits.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.rules.PomAudits;

/** What the fixtures cannot say: the reactor's projects, messages and columns, the version grammar. */
class DependencyRulesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path dir;

    @Test
    void aSnapshotOfAnotherGroupIsFineWhenTheReactorBuildsIt() throws Exception {
        Path pom = PomAudits.write(dir.resolve("pom.xml"), """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example.app</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <dependencies>
                    <dependency>
                      <groupId>com.example.libs</groupId>
                      <artifactId>lib</artifactId>
                      <version>3.0-SNAPSHOT</version>
                    </dependency>
                  </dependencies>
                </project>
                """);
        assertEquals(List.of(), audit(dir, raw(pom), Set.of("com.example.app:app", "com.example.libs:lib"),
                "snapshot-dependency"));
        List<Finding> alone = audit(dir, raw(pom), Set.of("com.example.app:app"), "snapshot-dependency");
        assertEquals(1, alone.size());
        Finding f = alone.get(0);
        assertEquals("SNAPSHOT dependency com.example.libs:lib:3.0-SNAPSHOT is not built in this reactor", f.message());
        assertEquals(10, f.line());
        assertEquals(7, f.column(), "at the <version> tag");
    }

    @Test
    void messagesNameTheResolvedVersionAndTheProfile() throws Exception {
        Path hits = FIXTURES.resolve("snapshot-dependency/hits");
        List<String> messages = audit(hits, raw(hits.resolve("pom.xml")), Set.of(), "snapshot-dependency").stream()
                .map(Finding::message).toList();
        assertEquals(true, messages.contains(
                "SNAPSHOT dependency com.acme.billing:billing-client:2.1.0-SNAPSHOT is not built in this reactor"), messages.toString());
        assertEquals(true, messages.contains(
                "SNAPSHOT parent com.acme.platform:corp-parent:7-SNAPSHOT is not built in this reactor"), messages.toString());
        assertEquals(true, messages.contains("SNAPSHOT dependency com.acme.legacy:legacy-adapter:0.1-SNAPSHOT in profile"
                + " 'legacy' is not built in this reactor"), messages.toString());
    }

    @Test
    void unpinnedPluginMessageSaysWhatMavenWillDo() throws Exception {
        Path hits = FIXTURES.resolve("unpinned-plugin/hits");
        List<String> messages = audit(hits, raw(hits.resolve("pom.xml")), Set.of(), "unpinned-plugin").stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
        assertEquals("14:9 plugin org.apache.maven.plugins:maven-compiler-plugin has no version: Maven picks its default"
                + " or the newest release", messages.get(0));
        assertEquals("61:13 plugin org.graalvm.buildtools:native-maven-plugin in profile 'native' has no version: Maven"
                + " picks its default or the newest release", messages.get(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1.0,2.0)", "(,1.0]", "[1.2,)", "(1.0,2.0)", "[1.0,1.2),(1.2,2.0)", "LATEST", "RELEASE"})
    void dynamicVersions(String version) {
        assertEquals(true, DynamicVersionRule.dynamic(version) != null, version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "[1.2.3]", "1.0-RELEASE", "latest", "${revision}", "2.0.0-SNAPSHOT", "1.0.0.Final"})
    void pinnedVersions(String version) {
        assertNull(DynamicVersionRule.dynamic(version), version);
    }

    @Test
    void systemPathIsShownAsThePomWritesItNotAsThisMachinesPath() throws Exception {
        Path pom = dir.resolve("pom.xml");
        java.nio.file.Files.writeString(pom, "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
                + "<artifactId>a</artifactId><version>1</version><dependencies><dependency><groupId>x</groupId>"
                + "<artifactId>y</artifactId><version>1</version><scope>system</scope><systemPath>"
                + dir.resolve("lib/y.jar").toAbsolutePath() + "</systemPath></dependency></dependencies></project>");
        List<String> messages = audit(dir, raw(pom), Set.of(), "system-scope-dependency").stream()
                .map(Finding::message).toList();
        assertEquals(List.of("system-scoped dependency x:y from ${project.basedir}/lib/y.jar"), messages);
    }
}
