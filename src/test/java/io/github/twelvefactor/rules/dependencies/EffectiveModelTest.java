package io.github.twelvefactor.rules.dependencies;

import static io.github.twelvefactor.rules.PomAudits.audit;
import static io.github.twelvefactor.rules.PomAudits.effective;
import static io.github.twelvefactor.rules.PomAudits.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.twelvefactor.rules.PomAudits;

/**
 * The pom rules on what Maven really hands the plugin: the effective model of a module whose
 * parent manages versions, scopes and plugins, built by Maven's model builder with locations; the
 * finding belongs to the pom that writes the value, once.
 */
class EffectiveModelTest {
    private static final String PARENT = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>parent</artifactId>
              <version>1.0-SNAPSHOT</version>
              <packaging>pom</packaging>
              <modules><module>app</module></modules>
              <dependencyManagement>
                <dependencies>
                  <dependency><groupId>com.acme</groupId><artifactId>ext</artifactId><version>2.0-SNAPSHOT</version></dependency>
                  <dependency><groupId>com.acme</groupId><artifactId>ranged</artifactId><version>[1.0,2.0)</version></dependency>
                  <dependency>
                    <groupId>com.vendor</groupId><artifactId>sdk</artifactId><version>1</version>
                    <scope>system</scope><systemPath>/opt/vendor/sdk.jar</systemPath>
                  </dependency>
                </dependencies>
              </dependencyManagement>
              <build>
                <pluginManagement>
                  <plugins>
                    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
                  </plugins>
                </pluginManagement>
              </build>
            </project>
            """;
    private static final String APP = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>com.example</groupId>
                <artifactId>parent</artifactId>
                <version>1.0-SNAPSHOT</version>
              </parent>
              <artifactId>app</artifactId>
              <dependencies>
                <dependency><groupId>com.acme</groupId><artifactId>ext</artifactId></dependency>
                <dependency><groupId>com.acme</groupId><artifactId>ranged</artifactId></dependency>
                <dependency><groupId>com.vendor</groupId><artifactId>sdk</artifactId></dependency>
                <dependency><groupId>com.example</groupId><artifactId>lib</artifactId><version>${project.version}</version></dependency>
                <dependency><groupId>org.other</groupId><artifactId>thing</artifactId><version>0.1-SNAPSHOT</version></dependency>
              </dependencies>
              <build>
                <plugins>
                  <plugin><artifactId>maven-compiler-plugin</artifactId></plugin>
                  <plugin><artifactId>maven-dependency-plugin</artifactId></plugin>
                  <plugin><groupId>org.codehaus.mojo</groupId><artifactId>exec-maven-plugin</artifactId></plugin>
                  <plugin><artifactId>maven-surefire-plugin</artifactId></plugin>
                </plugins>
              </build>
              <profiles>
                <profile>
                  <id>extra</id>
                  <activation><activeByDefault>true</activeByDefault></activation>
                  <dependencies>
                    <dependency><groupId>org.extra</groupId><artifactId>extra</artifactId><version>1-SNAPSHOT</version></dependency>
                  </dependencies>
                </profile>
              </profiles>
            </project>
            """;
    private static final Set<String> REACTOR = Set.of("com.example:parent", "com.example:app", "com.example:lib");

    @TempDir
    Path root;
    private Model parentModel;
    private Model appModel;

    @BeforeEach
    void buildReactor() throws Exception {
        parentModel = effective(PomAudits.write(root.resolve("pom.xml"), PARENT));
        appModel = effective(PomAudits.write(root.resolve("app/pom.xml"), APP));
        // what Maven does before the first mojo runs: it resolves a missing plugin version to the
        // newest release and writes it into the model, without a location
        // a plugin Maven adds by itself, without any location (as Maven before 3.8 did for the
        // lifecycle's plugins): no line of this pom declares it
        Plugin injected = new Plugin();
        injected.setArtifactId("maven-install-plugin");
        injected.setVersion("2.4");
        appModel.getBuild().addPlugin(injected);
        for (Plugin p : appModel.getBuild().getPlugins()) {
            if (p.getArtifactId().equals("exec-maven-plugin")) {
                assertEquals(null, p.getVersion());
                p.setVersion("3.5.0");
            }
            // and maven-core merges the packaging's lifecycle plugins into the declared ones, with
            // the version of its default bindings (this builder leaves that step out)
            if (p.getArtifactId().equals("maven-surefire-plugin")) {
                p.setVersion("3.2.5");
                p.setLocation("version", PomAudits.mavenDefault("org.apache.maven:maven-core:3.8.7:default-lifecycle-bindings"));
            }
        }
    }

    private static int line(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aManagedValueIsReportedOnceInTheReactorProjectThatWritesIt() throws Exception {
        Path app = root.resolve("app");
        // the active profile's dependency is merged into the build too: reported once, as the profile's
        assertEquals(List.of("pom.xml:" + line(APP, "0.1-SNAPSHOT")
                + " SNAPSHOT dependency org.other:thing:0.1-SNAPSHOT is not built in this reactor",
                "pom.xml:" + line(APP, "<groupId>org.extra") + " SNAPSHOT dependency org.extra:extra:1-SNAPSHOT"
                        + " in profile 'extra' is not built in this reactor"),
                lines(audit(app, appModel, REACTOR, "snapshot-dependency")));
        assertEquals(true, appModel.getDependencies().stream().anyMatch(d -> d.getArtifactId().equals("extra")),
                "the profile is active and merged");
        assertEquals(List.of(), audit(app, appModel, REACTOR, "dynamic-version"));
        assertEquals(List.of(), audit(app, appModel, REACTOR, "system-scope-dependency"));

        assertEquals(List.of("pom.xml:" + line(PARENT, "2.0-SNAPSHOT")
                + " SNAPSHOT managed dependency com.acme:ext:2.0-SNAPSHOT is not built in this reactor"),
                lines(audit(root, parentModel, REACTOR, "snapshot-dependency")));
        assertEquals(List.of("pom.xml:" + line(PARENT, "[1.0,2.0)")
                + " version range [1.0,2.0) on managed dependency com.acme:ranged"),
                lines(audit(root, parentModel, REACTOR, "dynamic-version")));
        assertEquals(List.of("pom.xml:" + line(PARENT, "<scope>system")
                + " system-scoped managed dependency com.vendor:sdk from /opt/vendor/sdk.jar"),
                lines(audit(root, parentModel, REACTOR, "system-scope-dependency")));
    }

    @Test
    void aModuleBuiltAloneReportsWhatItTakesFromAParentOutsideTheReactor() throws Exception {
        Path app = root.resolve("app");
        Set<String> alone = Set.of("com.example:app");
        assertEquals(List.of(
                "pom.xml:" + line(APP, ">ext<") + " SNAPSHOT dependency com.acme:ext:2.0-SNAPSHOT is not built in this"
                        + " reactor (version from com.example:parent:1.0-SNAPSHOT)",
                "pom.xml:" + line(APP, "0.1-SNAPSHOT")
                        + " SNAPSHOT dependency org.other:thing:0.1-SNAPSHOT is not built in this reactor",
                "pom.xml:" + line(APP, "<groupId>org.extra") + " SNAPSHOT dependency org.extra:extra:1-SNAPSHOT"
                        + " in profile 'extra' is not built in this reactor"),
                lines(audit(app, appModel, alone, "snapshot-dependency")));
        assertEquals(List.of("pom.xml:" + line(APP, ">ranged<") + " version range [1.0,2.0) on dependency"
                + " com.acme:ranged (version from com.example:parent:1.0-SNAPSHOT)"),
                lines(audit(app, appModel, alone, "dynamic-version")));
        assertEquals(List.of("pom.xml:" + line(APP, ">sdk<")
                + " system-scoped dependency com.vendor:sdk from /opt/vendor/sdk.jar"),
                lines(audit(app, appModel, alone, "system-scope-dependency")));
    }

    @Test
    void pluginsPinnedByAParentAreFineMavensDefaultsAndResolvedVersionsAreNot() throws Exception {
        Path app = root.resolve("app");
        String superPomVersion = appModel.getBuild().getPlugins().stream()
                .filter(p -> p.getArtifactId().equals("maven-dependency-plugin")).findFirst().orElseThrow().getVersion();
        String maven = appModel.getBuild().getPlugins().stream()
                .filter(p -> p.getArtifactId().equals("maven-dependency-plugin")).findFirst().orElseThrow()
                .getLocation("version").getSource().getModelId().split(":")[2];
        assertEquals(List.of(
                "pom.xml:" + line(APP, "maven-dependency-plugin") + " plugin org.apache.maven.plugins:"
                        + "maven-dependency-plugin has no version: Maven " + maven + "'s default " + superPomVersion + " applies",
                "pom.xml:" + line(APP, "exec-maven-plugin") + " plugin org.codehaus.mojo:exec-maven-plugin has no"
                        + " version: Maven resolved it from the repository (3.5.0 today)",
                "pom.xml:" + line(APP, "maven-surefire-plugin") + " plugin org.apache.maven.plugins:maven-surefire-plugin"
                        + " has no version: Maven 3.8.7's default 3.2.5 applies"),
                lines(audit(app, appModel, REACTOR, "unpinned-plugin")));
        assertEquals(List.of(), audit(root, parentModel, REACTOR, "unpinned-plugin"));
    }
}
