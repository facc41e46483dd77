package io.github.twelvefactor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader gives the right keys, values and lines, and survives bad input. */
class ReadersTest {

    private static String[] lines(String text) {
        return text.split("\n", -1);
    }

    private static String keys(List<ConfigEntry> entries) {
        return entries.stream().map(e -> e.key() + "=" + e.value() + "@" + e.line() + ":" + e.column())
                .collect(Collectors.joining(" | "));
    }

    @Test
    void propertiesKeepLinesCommentsContinuationsAndEscapes() {
        String text = "# comment=1\n! other=2\n\na.b = one\nc:two\nd three\nlong=first \\\n   second\nuni=caf\\u00e9\n"
                + "key\\ with\\ space=v\nempty=\n";
        assertEquals("a.b=one@4:7 | c=two@5:3 | d=three@6:3 | long=first second@7:6 | uni=café@9:5"
                + " | key with space=v@10:18 | empty=@11:7", keys(PropertiesFile.parse(lines(text))));
    }

    @Test
    void envFileReadsExportQuotesAndComments() {
        String text = "# c\nexport A=1\nB=\"two words\"\nC='x' # note\nD=plain # trailing\nnot a pair\nE=\n";
        assertEquals("A=1@2:10 | B=two words@3:3 | C=x@4:3 | D=plain@5:3 | E=@7:3", keys(EnvFile.parse(lines(text))));
    }

    @Test
    void yamlFlattensNestedAndDottedKeysAcrossDocuments() {
        String text = "spring:\n  datasource.url: jdbc:x\n  list:\n    - a\n    - b\n---\nserver:\n  port: 80\n  empty:\n";
        YamlFile y = YamlFile.parse(text);
        assertEquals(2, y.documents().size());
        assertEquals("spring=null@1:1 | spring.datasource.url=jdbc:x@2:19 | spring.list=null@3:3 | spring.list[0]=a@4:7"
                + " | spring.list[1]=b@5:7 | server=null@7:1 | server.port=80@8:9 | server.empty=@9:9", keys(y.entries()));
        assertEquals(1, y.entries().get(y.entries().size() - 1).document());
    }

    @Test
    void yamlFollowsMergeKeys() {
        String text = "base: &b\n  user: app\nprod:\n  <<: *b\n  url: x\n";
        String k = keys(YamlFile.parse(text).entries());
        assertTrue(k.contains("prod.user=app@2:9"), k);
        assertTrue(k.contains("prod.url=x@5:8"), k);
    }

    @Test
    void brokenYamlIsAParseExceptionWithALineAndNoContent() {
        ParseException e = assertThrows(ParseException.class,
                () -> YamlFile.parse("a:\n  password: \"Sup3rSecret\n  b: [1,\n"));
        assertTrue(e.getMessage().startsWith("YAML error"), e.getMessage());
        assertFalse(e.getMessage().contains("Sup3rSecret"), e.getMessage());
    }

    @Test
    void yamlAliasBombIsRefusedQuickly() {
        StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        long t = System.nanoTime();
        assertThrows(ParseException.class, () -> YamlFile.parse(b.toString()));
        assertTrue(System.nanoTime() - t < 5_000_000_000L, "alias bomb took too long");
    }

    @Test
    void deepYamlNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThrows(ParseException.class, () -> YamlFile.parse(deep));
    }

    @Test
    void deepXmlNestingIsRefusedQuickly() {
        String deep = "<p>" + "<a>".repeat(60_000) + "</a>".repeat(60_000) + "</p>";
        long t = System.nanoTime();
        ParseException e = assertThrows(ParseException.class, () -> XmlFile.parse(deep));
        assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
        assertTrue(System.nanoTime() - t < 5_000_000_000L, "deep XML took too long");
        XmlFile.parse("<p>" + "<a>".repeat(XmlFile.MAX_DEPTH - 1) + "</a>".repeat(XmlFile.MAX_DEPTH - 1) + "</p>");
    }

    @Test
    void composeReadsServicesInMapAndListForms() {
        String text = "x-common: &common\n  restart: always\nservices:\n  app:\n    <<: *common\n    build: .\n"
                + "    container_name: app1\n    ports:\n      - \"8080:8080\"\n      - target: 80\n        published: 8081\n"
                + "    environment:\n      - PASSWORD=p1\n      - FLAG\n    volumes:\n      - ./logs:/app/logs\n"
                + "  db:\n    image: docker.io/library/postgres:16@sha256:abc\n    environment:\n      POSTGRES_PASSWORD: x\n";
        ComposeFile c = ComposeFile.of(YamlFile.parse(text));
        assertEquals(2, c.services().size());
        ComposeFile.Service app = c.services().get(0);
        assertTrue(app.built());
        assertEquals("app1", app.containerName().text());
        assertEquals(7, app.containerName().line());
        assertEquals(List.of("8080:8080", "8081:80"), app.ports().stream().map(ComposeFile.Value::text).toList());
        assertEquals("PASSWORD=p1@13:18 | FLAG=null@14:9", keys(app.environment()));
        assertEquals("./logs:/app/logs", app.volumes().get(0).text());
        ComposeFile.Service db = c.services().get(1);
        assertFalse(db.built());
        assertEquals("postgres", db.imageName());
        assertEquals("POSTGRES_PASSWORD=x@20:26", keys(db.environment()));
    }

    @Test
    void composeFragmentWithoutServicesHasNone() {
        assertTrue(ComposeFile.of(YamlFile.parse("volumes:\n  data: {}\n")).services().isEmpty());
        assertFalse(ComposeFile.looksLikeCompose(YamlFile.parse("services:\n  foo: bar\n")));
        assertTrue(ComposeFile.looksLikeCompose(YamlFile.parse("services:\n  web:\n    image: nginx:1\n")));
    }

    @Test
    void dockerfileJoinsContinuationsAndDecodesExecForm() {
        String text = "# syntax=docker/dockerfile:1\nFROM eclipse-temurin:17 AS build\n# a comment\nRUN mvn \\\n"
                + "  # inner comment\n  package\nENV A=1 \\\n    B=2\nCMD [\"java\", \"-jar\", \"app.jar\"]\n"
                + "entrypoint java -jar app.jar\n";
        Dockerfile d = Dockerfile.parse(lines(text));
        assertEquals(List.of("FROM@2", "RUN@4", "ENV@7", "CMD@9", "ENTRYPOINT@10"),
                d.instructions().stream().map(i -> i.keyword() + "@" + i.line()).toList());
        assertEquals("mvn  package", d.instructions().get(1).arguments());
        assertEquals(List.of("java", "-jar", "app.jar"), d.instructions().get(3).execForm());
        assertNull(d.instructions().get(4).execForm());
    }

    @Test
    void dockerfileHonoursEscapeDirective() {
        Dockerfile d = Dockerfile.parse(lines("# escape=`\nFROM x\nRUN a `\n  b\n"));
        assertEquals("a  b", d.instructions().get(1).arguments());
    }

    @Test
    void xmlGivesElementsWithLinesAndDropsComments() {
        String text = "<?xml version=\"1.0\"?>\n<configuration>\n  <!-- <appender class=\"FileAppender\"/> -->\n"
                + "  <appender name=\"F\" class=\"x.RollingFileAppender\">\n    <file>app.log</file>\n  </appender>\n"
                + "</configuration>\n";
        XmlFile x = XmlFile.parse(text);
        assertEquals("configuration", x.rootName());
        assertEquals(List.of("configuration@2", "appender@4", "file@5"),
                x.elements().stream().map(e -> e.name() + "@" + e.line()).toList());
        assertEquals("x.RollingFileAppender", x.elements().get(1).attribute("class"));
        assertEquals("configuration/appender/file", x.elements().get(2).path());
        assertEquals("app.log", x.elements().get(2).text());
    }

    @Test
    void xmlExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path canary = dir.resolve("canary.txt");
        Files.writeString(canary, "CANARY-CONTENT");
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [ <!ENTITY xxe SYSTEM \"" + canary.toUri() + "\"> ]>\n"
                + "<r><v>&xxe;</v><w a=\"1\"/></r>\n";
        XmlFile x;
        try {
            x = XmlFile.parse(text);
        } catch (ParseException e) {
            assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
            return; // refusing the file is as safe as ignoring the entity
        }
        assertTrue(x.externalEntityIgnored());
        assertTrue(x.elements().stream().noneMatch(e -> e.text().contains("CANARY")));
    }

    @Test
    void brokenXmlIsAParseException() {
        ParseException e = assertThrows(ParseException.class, () -> XmlFile.parse("<a><b></a>"));
        assertTrue(e.getMessage().startsWith("XML error"), e.getMessage());
    }

    @Test
    void javaSyntaxErrorNamesTheLineNotTheText() {
        ParseException e = assertThrows(ParseException.class,
                () -> new JavaParsers().parse("class A {\n  String p = \"Sup3rSecret\" +;\n}\n"));
        assertTrue(e.getMessage().startsWith("Java syntax error"), e.getMessage());
        assertFalse(e.getMessage().contains("Sup3rSecret"));
    }

    @Test
    void javaParsesModernSyntax() {
        assertEquals(1, new JavaParsers().parse("record P(int x) { }\nsealed interface S permits T {}\n"
                + "final class T implements S { Object o = switch (1) { case 1 -> \"a\"; default -> \"b\"; }; }\n")
                .getTypes().stream().filter(t -> t.getNameAsString().equals("P")).count());
    }

    @Test
    void sourceFileClassifiesKindScopeAndMainConfig() {
        SourceFile f = new SourceFile(Path.of("x"), "src/main/resources/config/application-prod.yml",
                "src/main/resources/config/application-prod.yml", "a: 1\n", new JavaParsers());
        assertEquals(FileKind.YAML, f.kind());
        assertEquals(Scope.MAIN, f.scope());
        assertTrue(f.isMainConfig());
        SourceFile t = new SourceFile(Path.of("x"), "src/test/resources/application.properties", "x", "a=1", null);
        assertTrue(t.isTest());
        assertFalse(t.isMainConfig());
        SourceFile root = new SourceFile(Path.of("x"), "application.yml", "x", "a: 1", null);
        assertTrue(root.isMainConfig());
        assertEquals(FileKind.DOCKERFILE, FileKind.of("Dockerfile.native"));
        assertEquals(FileKind.DOCKERFILE, FileKind.of("app.Dockerfile"));
        assertEquals(FileKind.ENV, FileKind.of(".env.local"));
    }

    @Test
    void brokenFileRecordsItsProblemOnceAndGivesNoView() {
        SourceFile f = new SourceFile(Path.of("x"), "a.yml", "a.yml", "a: [\n", null);
        assertNull(f.yaml());
        assertTrue(f.configEntries().isEmpty());
        assertTrue(f.problem().getMessage().startsWith("YAML error"));
    }
}
