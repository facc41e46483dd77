package io.github.twelvefactor.rules.build;

import static io.github.twelvefactor.rules.PomAudits.audit;
import static io.github.twelvefactor.rules.PomAudits.effective;
import static io.github.twelvefactor.rules.PomAudits.lines;
import static io.github.twelvefactor.rules.PomAudits.raw;
import static io.github.twelvefactor.rules.PomAudits.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.maven.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Factor V rules on effective models (a Boot-like parent) and their messages. */
class BuildRulesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    /** What spring-boot-starter-parent sets up: filtered application files, only @...@ for Maven. */
    private static final String BOOT_LIKE_PARENT = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>boot-like-parent</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
              <properties><resource.delimiter>@</resource.delimiter></properties>
              <build>
                <resources>
                  <resource>
                    <directory>${basedir}/src/main/resources</directory>
                    <filtering>true</filtering>
                    <includes><include>**/application*.properties</include></includes>
                  </resource>
                  <resource>
                    <directory>${basedir}/src/main/resources</directory>
                    <excludes><exclude>**/application*.properties</exclude></excludes>
                  </resource>
                </resources>
                <pluginManagement>
                  <plugins>
                    <plugin>
                      <groupId>org.apache.maven.plugins</groupId>
                      <artifactId>maven-resources-plugin</artifactId>
                      <version>3.3.1</version>
                      <configuration>
                        <delimiters><delimiter>${resource.delimiter}</delimiter></delimiters>
                        <useDefaultDelimiters>false</useDefaultDelimiters>
                      </configuration>
                    </plugin>
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
                <artifactId>boot-like-parent</artifactId>
                <version>1</version>
              </parent>
              <artifactId>app</artifactId>
              <properties>
                <jdbc.url>jdbc:postgresql://db/shop</jdbc.url>
              </properties>
              <build>
                <filters><filter>src/main/filters/build.properties</filter></filters>
              </build>
              <profiles>
                <profile>
                  <id>prod</id>
                  <activation><activeByDefault>true</activeByDefault></activation>
                  <properties><db.password>changeme</db.password></properties>
                </profile>
              </profiles>
            </project>
            """;

    @TempDir
    Path root;

    @Test
    void effectiveModelOfABootLikeParentOnlyAtTokensAreFilled() throws Exception {
        write(root.resolve("pom.xml"), BOOT_LIKE_PARENT);
        Path app = root.resolve("app");
        write(app.resolve("src/main/filters/build.properties"), "mail.host=smtp.internal\n");
        write(app.resolve("src/main/resources/application.properties"), """
                spring.datasource.url=${jdbc.url}
                spring.datasource.password=@db.password@
                spring.mail.host=@mail.host@
                info.version=@project.version@
                """);
        write(app.resolve("src/main/resources/other.properties"), "url=@jdbc.url@\n");
        Model model = effective(write(app.resolve("pom.xml"), APP));

        assertEquals(List.of(
                "src/main/resources/application.properties:2 Maven filtering writes db.password into this packaged"
                        + " resource at build time (@db.password@, set in the pom's properties)",
                "src/main/resources/application.properties:3 Maven filtering writes mail.host into this packaged"
                        + " resource at build time (@mail.host@, set in filter src/main/filters/build.properties)"),
                lines(audit(app, model, Set.of(), "build-time-config")));
        // the active profile is merged into the effective model, and still listed once as a profile
        assertEquals(List.of("pom.xml:17 Maven profile 'prod' builds a different artifact for deploy 'prod':"
                + " property db.password"), lines(audit(app, model, Set.of(), "environment-build-profile")));
    }

    @Test
    void theRawModelReadsTheSamePomAlike() throws Exception {
        write(root.resolve("pom.xml"), BOOT_LIKE_PARENT);
        Path app = root.resolve("app");
        write(app.resolve("src/main/resources/application.properties"), "spring.datasource.password=@db.password@\n");
        Model model = raw(write(app.resolve("pom.xml"), APP));
        // the raw model does not see the parent's filtering: nothing is known to be filtered
        assertEquals(List.of(), audit(app, model, Set.of(), "build-time-config"));
        assertEquals(List.of("pom.xml:17 Maven profile 'prod' builds a different artifact for deploy 'prod':"
                + " property db.password"), lines(audit(app, model, Set.of(), "environment-build-profile")));
    }

    @Test
    void profileMessagesNameWhatChanges() throws Exception {
        Path hits = FIXTURES.resolve("environment-build-profile/hits");
        List<String> messages = lines(audit(hits, raw(hits.resolve("pom.xml")), Set.of(), "environment-build-profile"));
        assertEquals("pom.xml:20 Maven profile 'dev' builds a different artifact for deploy 'dev': dependency"
                + " org.springframework.boot:spring-boot-devtools, property spring.profiles.active", messages.get(0));
        assertTrue(messages.contains("pom.xml:73 Maven profile 'prod-eu' builds a different artifact for deploy 'prod':"
                + " property app.region"), messages.toString());
        assertTrue(messages.contains("pom.xml:55 Maven profile 'qa' builds a different artifact for deploy 'qa':"
                + " resource filters"), messages.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc.url", "jdbc.username", "db.password", "db.pool.size", "database.host", "app.api.url",
        "DB_PASSWORD", "dbPassword", "mail.host", "spring.profiles.active", "quarkus.profile", "env.DB_URL", "api.key",
        "oauth.client.secret", "redis.uri"})
    void deployConfigNames(String name) {
        assertTrue(DeployConfigNames.isDeployConfig(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"project.url", "project.scm.url", "project.version", "settings.localRepository",
        "maven.build.timestamp", "app.name", "log.level", "cache.key", "spring-boot.run.profiles", "urlPattern",
        "password.policy.min-length", "docker.image.tag"})
    void notDeployConfigNames(String name) {
        assertFalse(DeployConfigNames.isDeployConfig(name), name);
    }
}
