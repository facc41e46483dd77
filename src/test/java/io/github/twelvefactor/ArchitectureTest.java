package io.github.twelvefactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked by reading imports: the engine, readers, rules and reports
 * know no Maven type but the pom model; the Mojos hold no rule logic.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/twelvefactor");

    private static List<String> violations(String folder, java.util.function.Predicate<String> forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(folder))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ") && forbidden.test(line.substring(7).replace("static ", "").trim())) {
                        out.add(MAIN.relativize(f) + ": " + line);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void onlyTheMojosKnowMaven() throws IOException {
        for (String folder : List.of("engine", "source", "rules", "report")) {
            assertTrue(Files.isDirectory(MAIN.resolve(folder)), folder);
            assertEquals(List.of(), violations(folder,
                    i -> i.startsWith("org.apache.maven.") && !i.startsWith("org.apache.maven.model.")), folder);
        }
    }

    @Test
    void theMojosHoldNoRuleLogic() throws IOException {
        assertEquals(List.of(), violations("maven",
                i -> i.startsWith("io.github.twelvefactor.rules") || i.startsWith("io.github.twelvefactor.source")
                        || i.startsWith("com.github.javaparser") || i.startsWith("org.yaml")));
    }
}
