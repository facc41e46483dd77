package io.github.twelvefactor.rules.port;

import static io.github.twelvefactor.rules.PomAudits.audit;
import static io.github.twelvefactor.rules.PomAudits.effective;
import static io.github.twelvefactor.rules.PomAudits.lines;
import static io.github.twelvefactor.rules.PomAudits.raw;
import static io.github.twelvefactor.rules.PomAudits.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalServletContainerRuleTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/external-servlet-container");

    @TempDir
    Path root;

    @Test
    void messagesNameTheInitializerTheStarterAndThePlugin() throws Exception {
        Path war = FIXTURES.resolve("boot-war");
        assertEquals(List.of(
                "pom.xml:9 war packaging with ServletInitializer extends SpringBootServletInitializer"
                        + " (src/main/java/com/example/shop/ServletInitializer.java): the app is deployed into an external"
                        + " servlet container",
                "pom.xml:22 spring-boot-starter-tomcat in provided scope: the servlet container is expected from outside"
                        + " the app"),
                lines(audit(war, raw(war.resolve("pom.xml")), Set.of(), "external-servlet-container")));
        Path plugins = FIXTURES.resolve("deploy-plugins");
        assertEquals(List.of(
                "pom.xml:14 cargo-maven3-plugin deploys the app into a servlet container",
                "pom.xml:25 tomcat7-maven-plugin deploys the war to a Tomcat server",
                "pom.xml:36 jetty-maven-plugin runs the packaged war in a Jetty container",
                "pom.xml:57 tomcat-maven-plugin deploys the war to a Tomcat server in profile 'remote'"),
                lines(audit(plugins, raw(plugins.resolve("pom.xml")), Set.of(), "external-servlet-container")));
    }

    @Test
    void aProvidedStarterManagedByAParentIsReportedWhereThisPomDeclaresIt() throws Exception {
        write(root.resolve("pom.xml"), """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>parent</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>org.springframework.boot</groupId>
                        <artifactId>spring-boot-starter-tomcat</artifactId>
                        <version>3.3.5</version>
                        <scope>provided</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                </project>
                """);
        Path app = root.resolve("app");
        write(app.resolve("src/main/java/com/example/Init.java"), """
                package com.example;
                class Init extends org.springframework.boot.web.servlet.support.SpringBootServletInitializer {
                }
                """);
        String pom = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>com.example</groupId><artifactId>parent</artifactId><version>1</version></parent>
                  <artifactId>app</artifactId>
                  <packaging>war</packaging>
                  <dependencies>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-tomcat</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """;
        var model = effective(write(app.resolve("pom.xml"), pom));
        assertEquals(List.of(
                "pom.xml:5 war packaging with Init extends SpringBootServletInitializer (src/main/java/com/example/Init.java):"
                        + " the app is deployed into an external servlet container",
                "pom.xml:9 spring-boot-starter-tomcat in provided scope: the servlet container is expected from outside"
                        + " the app"),
                lines(audit(app, model, Set.of("com.example:app"), "external-servlet-container")));
        // the parent only manages the scope, nothing there uses it: the module that takes it reports it,
        // whether the parent is built in the reactor or not
        assertEquals(2, audit(app, model, Set.of("com.example:app", "com.example:parent"), "external-servlet-container")
                .size());
        assertEquals(List.of(), audit(root, effective(root.resolve("pom.xml")), Set.of("com.example:app",
                "com.example:parent"), "external-servlet-container").stream().filter(f -> f.path().equals("pom.xml"))
                .toList());
    }

    /** One war deployed by Cargo into one container per profile is one decision: one finding, at the first. */
    @Test
    void theSamePluginInSeveralProfilesIsOneFindingNamingTheOthers() throws Exception {
        String cargo = """
                        <plugin>
                          <groupId>org.codehaus.cargo</groupId>
                          <artifactId>cargo-maven3-plugin</artifactId>
                          <version>1.10.16</version>
                        </plugin>
                """;
        String tomcat = """
                        <plugin>
                          <groupId>org.apache.tomcat.maven</groupId>
                          <artifactId>tomcat7-maven-plugin</artifactId>
                          <version>2.2</version>
                          <configuration><url>https://tomcat.example.com/manager/text</url></configuration>
                        </plugin>
                """;
        String head = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>shop</artifactId>
                  <version>1</version>
                  <packaging>war</packaging>
                """;
        Path pom = write(root.resolve("pom.xml"), head + """
                  <profiles>
                    <profile><id>tomcat9</id><build><plugins>
                """ + cargo + """
                    </plugins></build></profile>
                    <profile><id>wildfly26</id><build><plugins>
                """ + cargo + tomcat + """
                    </plugins></build></profile>
                    <profile><id>payara5</id><build><plugins>
                """ + cargo + """
                    </plugins></build></profile>
                  </profiles>
                </project>
                """);
        assertEquals(List.of(
                "pom.xml:11 cargo-maven3-plugin deploys the app into a servlet container in profile 'tomcat9';"
                        + " also in profiles 'wildfly26' and 'payara5'",
                "pom.xml:23 tomcat7-maven-plugin deploys the war to a Tomcat server in profile 'wildfly26'"),
                lines(audit(root, raw(pom), Set.of(), "external-servlet-container")));

        // in the main build and in one profile: reported in the main build, naming the profile
        Path both = write(root.resolve("both/pom.xml"), head + """
                  <build><plugins>
                """ + cargo + """
                  </plugins></build>
                  <profiles>
                    <profile><id>it</id><build><plugins>
                """ + cargo + """
                    </plugins></build></profile>
                  </profiles>
                </project>
                """);
        assertEquals(List.of("pom.xml:10 cargo-maven3-plugin deploys the app into a servlet container; also in profile 'it'"),
                lines(audit(root.resolve("both"), raw(both), Set.of(), "external-servlet-container")));
    }
}
