package io.github.twelvefactor.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Small valid inputs of every kind the plugin reads, and the mutations that break them: the
 * corpus of {@link FuzzTest}. Everything is derived from one seeded {@link Random}, so a seed
 * replays the same inputs.
 */
final class FuzzInputs {
    /** One valid sample: the file name that selects its reader, and its text. */
    record Sample(String name, String text) {
    }

    /** A generated input: where it goes, its bytes, and what was done to it (for failure messages). */
    record Input(String name, byte[] bytes, String recipe) {
    }

    /** The biggest a "huge repeat" may grow: below the walker's 1 MiB cut, so the readers see it. */
    static final int MAX_REPEAT_BYTES = 64 * 1024;

    static final List<Sample> SAMPLES = List.of(
            new Sample("application.properties", "server.port=8080\nspring.datasource.url=jdbc:h2:mem:x\n"
                    + "spring.datasource.password=${DB_PASSWORD}\nlogging.file.name=/var/log/app.log\n"
                    + "# twelvefactor:ignore hardcoded-port\nmanagement.server.port=9090\n"),
            new Sample("application.yml", "server:\n  port: 8080\nspring:\n  profiles:\n    active: dev\n"
                    + "  datasource:\n    url: jdbc:postgresql://localhost:5432/db\n    password: changeme\n"
                    + "anchors:\n  - &base {a: 1, b: [1, 2]}\n  - *base\n  - \"quoted: value\"\n"),
            new Sample("docker-compose.yml", "services:\n  web:\n    image: nginx:latest\n    ports:\n"
                    + "      - \"8080:80\"\n    environment:\n      - DB_PASSWORD=s3cr3t\n    depends_on: [db]\n"
                    + "  db:\n    image: postgres:16\n    volumes:\n      - data:/var/lib/postgresql/data\n"
                    + "volumes:\n  data: {}\n"),
            new Sample("logback.xml", "<?xml version=\"1.0\"?>\n<configuration>\n"
                    + "  <appender name=\"F\" class=\"ch.qos.logback.core.FileAppender\">\n"
                    + "    <file>/var/log/app.log</file>\n    <encoder><pattern>%msg%n</pattern></encoder>\n"
                    + "  </appender>\n  <root level=\"INFO\"><appender-ref ref=\"F\"/></root>\n</configuration>\n"),
            new Sample("pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                    + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>g</groupId><artifactId>a</artifactId>\n"
                    + "  <version>1.0-SNAPSHOT</version>\n  <dependencies><dependency><groupId>x</groupId>"
                    + "<artifactId>y</artifactId><version>LATEST</version></dependency></dependencies>\n"
                    + "  <profiles><profile><id>prod</id></profile></profiles>\n</project>\n"),
            new Sample("Dockerfile", "FROM eclipse-temurin:17 AS build\nCOPY . /src\nRUN ./mvnw -q package\n"
                    + "FROM eclipse-temurin:17-jre\nENV DB_PASSWORD=hunter2\nEXPOSE 8080\n"
                    + "COPY --from=build /src/target/app.jar /app.jar\nENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n"),
            new Sample(".env", "DB_HOST=localhost\nDB_PASSWORD=topsecret\nexport API_KEY='abc123'\nEMPTY=\n"),
            new Sample("App.java", "package demo;\n\nimport java.io.FileWriter;\n\npublic class App {\n"
                    + "    private static final String PASSWORD = \"hunter2\";\n"
                    + "    public static void main(String[] args) throws Exception {\n"
                    + "        int port = 8080;\n        System.setProperty(\"x\", System.getenv(\"X\"));\n"
                    + "        try (FileWriter w = new FileWriter(\"/tmp/app.log\")) { w.write(\"{\" + port + \"}\"); }\n"
                    + "        Runtime.getRuntime().addShutdownHook(new Thread(() -> {}));\n    }\n}\n"),
            new Sample("config.json", "{\"server\": {\"port\": 8080}, \"password\": \"p4ss\", "
                    + "\"list\": [1, 2.5, true, null, \"x\"], \"nested\": {\"a\": {\"b\": []}}}\n"));

    private static final String[] NOISE = {"{", "}", "[", "]", "(", ")", "<", ">", "<!--", "]]>", "\"", "'",
        "&", "&x;", "*x", "&x", ": ", "- ", "---\n", "\\", "${", "@{", "/*", "*/", "#", "\t", "\u0000", "\u001b",
        "\ufeff", "\ud800", "<!DOCTYPE x [<!ENTITY x SYSTEM \"http://127.0.0.1:1/\">]>", "key=value\n"};

    private final Random random;

    FuzzInputs(long seed) {
        this.random = new Random(seed);
    }

    /** The next input: a sample with one to three mutations applied. */
    Input next() {
        Sample sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
        byte[] bytes = sample.text().getBytes(StandardCharsets.UTF_8);
        StringBuilder recipe = new StringBuilder(sample.name());
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            int op = random.nextInt(9);
            recipe.append(' ').append(op);
            bytes = mutate(op, bytes);
        }
        return new Input(sample.name(), bytes, recipe.toString());
    }

    private byte[] mutate(int op, byte[] in) {
        int len = in.length;
        int at = len == 0 ? 0 : random.nextInt(len + 1);
        switch (op) {
            case 0: // truncation
                return Arrays.copyOf(in, at);
            case 1: { // byte flips
                byte[] out = in.clone();
                for (int k = 0; k < 1 + random.nextInt(8) && len > 0; k++) {
                    out[random.nextInt(len)] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
            case 2: // an inserted control character
                return splice(in, at, at, new byte[] {(byte) random.nextInt(32)});
            case 3: { // a duplicated line: duplicated keys, repeated elements
                String text = new String(in, StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                String line = lines[random.nextInt(lines.length)] + "\n";
                return splice(in, at, at, line.repeat(1 + random.nextInt(3)).getBytes(StandardCharsets.UTF_8));
            }
            case 4: // unbalanced brackets, quotes, entities, a stray DTD
                return splice(in, at, at, NOISE[random.nextInt(NOISE.length)].getBytes(StandardCharsets.UTF_8));
            case 5: { // a huge repeat of a slice of the input
                int from = len == 0 ? 0 : random.nextInt(len);
                int to = Math.min(len, from + 1 + random.nextInt(40));
                byte[] slice = len == 0 ? new byte[] {'x'} : Arrays.copyOfRange(in, from, Math.max(from + 1, to));
                int times = Math.min(MAX_REPEAT_BYTES / slice.length, 100 + random.nextInt(20_000));
                byte[] rep = new byte[slice.length * times];
                for (int k = 0; k < times; k++) {
                    System.arraycopy(slice, 0, rep, k * slice.length, slice.length);
                }
                return splice(in, at, at, rep);
            }
            case 6: { // deep nesting
                String open = new String[] {"[", "{", "(", "<a>", "- ", "  "}[random.nextInt(6)];
                return splice(in, at, at, open.repeat(500 + random.nextInt(5_000)).getBytes(StandardCharsets.UTF_8));
            }
            case 7: { // a deleted range
                int to = Math.min(len, at + random.nextInt(64));
                return splice(in, at, to, new byte[0]);
            }
            default: { // another sample spliced in: the wrong syntax for the name
                Sample other = SAMPLES.get(random.nextInt(SAMPLES.size()));
                return splice(in, at, at, other.text().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }
}
