package io.github.twelvefactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Auditor;

/**
 * The layering of DESIGN.md, checked by reading imports: the engine, readers, rules and reports
 * know no Maven type but the pom model; the Mojos hold no rule logic. And no class of the plugin
 * keeps mutable state in a static field ({@link StaticState}): Maven's {@code -T} runs modules side
 * by side in one JVM with one copy of the plugin's classes.
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

    /**
     * Static fields that hold mutable objects on purpose, each with why no build can disturb
     * another through it. Keep it short: an entry that no longer offends fails the test.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "io.github.twelvefactor.source.Mentions.PASS",
            "the rules' shared word pass: a WordAutomaton and the tables of its words, private, filled by the"
                    + " constructor and never written after",
            "io.github.twelvefactor.engine.RuleMeta.BY_CLASS",
            "a ClassValue: each rule class's catalogue entry, read from its annotation once; the same for every build",
            "io.github.twelvefactor.rules.config.JavaSnippets.PARSER",
            "a ThreadLocal: each thread gets its own parser, with a fixed configuration; no other thread sees it",
            "io.github.twelvefactor.engine.GitWorkTree.LAST_INDEX",
            "the last git index parsed, swapped whole through an AtomicReference and reused only for the same git"
                    + " folder and the very same index bytes; its arrays are never written after it is stored",
            "io.github.twelvefactor.engine.RuleCatalog$Loaded.CATALOG",
            "the rule catalogue: immutable but for each DeferredRule's one instance, created on first use under a"
                    + " lock and never replaced; rules keep no state",
            "io.github.twelvefactor.rules.config.SecretFormats.KEYWORD_MASK",
            "the word pass's bits of the rule's keywords: private, computed by the class initializer and never"
                    + " written after",
            "io.github.twelvefactor.rules.support.JavaLexer.ASCII",
            "Character's answers for the 128 ASCII chars: private, filled by the class initializer and never"
                    + " written after");

    @Test
    void noClassKeepsMutableStateInAStaticField() throws Exception {
        Path classes = Path.of(Auditor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io/github/twelvefactor"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.endsWith("package-info")) {
                    all.add(Class.forName(name, true, getClass().getClassLoader()));
                }
            }
        }
        assertTrue(all.size() > 100, "found only " + all.size() + " classes under " + classes);
        Map<String, String> found = StaticState.violations(all);
        Map<String, String> offending = new TreeMap<>(found);
        offending.keySet().removeAll(ALLOWED.keySet());
        assertEquals(Map.of(), offending, "static fields that hold mutable state");
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.removeAll(found.keySet());
        assertEquals(Set.of(), stale, "allowed entries that no longer offend: remove them");
    }

    /** The check itself fails where it must: a planted mutable static of every kind is caught. */
    @Test
    void theStaticStateCheckCatchesMutableState() {
        Map<String, String> found = StaticState.violations(List.of(Planted.class));
        String p = Planted.class.getName() + ".";
        assertEquals(Set.of(p + "LIST", p + "FINAL_LIST", p + "ARRAY", p + "MAP_OF_LISTS", p + "RECORD_WITH_MAP",
                p + "COUNTER", p + "BUILDER", p + "WRAPPED_ARRAY"), found.keySet(), found.toString());
    }

    @SuppressWarnings("unused")
    private static final class Planted {
        record Holder(String name, Map<String, String> values) {
        }

        record Fine(String name, List<String> values) {
        }

        static List<String> LIST = new ArrayList<>();
        static final List<String> FINAL_LIST = new ArrayList<>();
        static final String[] ARRAY = {"a"};
        static final Map<String, List<String>> MAP_OF_LISTS = Map.of("a", new ArrayList<>());
        static final Holder RECORD_WITH_MAP = new Holder("a", new HashMap<>());
        static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();
        static final StringBuilder BUILDER = new StringBuilder();
        static final List<Object> WRAPPED_ARRAY = List.of(new int[1]);
        // fine
        static final List<String> NAMES = List.of("a", "b");
        static final Map<String, Set<String>> NESTED = Map.of("a", Set.of("b"));
        static final Fine RECORD = new Fine("a", List.of("b"));
        static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile("a+");
        static final java.util.Comparator<String> ORDER = java.util.Comparator.comparing(String::length);
        static final java.util.function.Function<String, Integer> LENGTH = String::length;
        static final int COUNT = 3;
        static final Integer BOXED = 1000;
        static final String NAME = "x";
        static final java.util.Optional<String> MAYBE = java.util.Optional.of("x");
        static final List<String> WRAPPED = java.util.Collections.unmodifiableList(List.of("x"));
    }
}
