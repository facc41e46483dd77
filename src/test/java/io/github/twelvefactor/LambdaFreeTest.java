package io.github.twelvefactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Auditor;

/**
 * Every build starts a fresh JVM, and each lambda or method reference the audit meets there is a
 * class the JDK spins at run time, about half a millisecond each (150 more made a warm build 78 ms
 * slower; taking ~130 out made the bench's cold audit ~0.25 s faster, see the README's speed
 * section). So the classes a cold or warm audit of a plain tree runs hold none. The classes listed
 * here still do, on paths that tree does not take (javaparser's trees, suppressions, baselines,
 * resource filtering, the {@code rules} goal): a class off the list that gains a lambda fails, and
 * so does one on it that no longer has any.
 */
class LambdaFreeTest {
    private static final Set<String> ALLOWED = Set.of(
            "engine.Baseline", "engine.FilteredResources", "engine.Severity", "engine.Suppressions",
            "maven.AbstractScanMojo", "maven.RulesMojo",
            "rules.ConfigProfiles", "rules.EnvironmentNames", "rules.JavaNodes",
            "rules.backing.EmbeddedDatabaseRule", "rules.backing.HardcodedBackingServiceRule",
            "rules.build.BuildTimeConfigRule", "rules.build.EnvironmentBuildProfileRule",
            "rules.codebase.EnvNameBranchingRule", "rules.config.CommittedEnvFileRule", "rules.config.JavaLiterals",
            "rules.config.JavaSecrets", "rules.config.JavaSnippets", "rules.config.KnownSecretFormatRule",
            "rules.config.ProfileConfigSectionRule", "rules.config.SecretFormats", "rules.logs.FileLoggingRule",
            "rules.port.ExternalServletContainerRule", "rules.port.HardcodedPortRule",
            "rules.processes.LocalStateRule", "rules.support.ConnectionStrings", "source.JavaParsers");

    private static final byte[] MARK = "java/lang/invoke/LambdaMetafactory".getBytes(StandardCharsets.UTF_8);

    /** The classes under {@code root} whose constant pool names the lambda factory, as {@code package.Class$Inner}. */
    private static Set<String> withLambdas(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        List<Path> classes = new ArrayList<>();
        try (var files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(classes::add);
        }
        for (Path f : classes) {
            if (contains(Files.readAllBytes(f), MARK)) {
                String name = root.relativize(f).toString().replace('\\', '/').replace('/', '.');
                out.add(name.substring(0, name.length() - ".class".length()));
            }
        }
        return out;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Path classesOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void onlyTheListedClassesHoldLambdas() throws Exception {
        Path root = classesOf(Auditor.class).resolve("io/github/twelvefactor");
        assertTrue(Files.isDirectory(root.resolve("engine")), root.toString());
        Set<String> found = withLambdas(root);
        Set<String> unexpected = new TreeSet<>(found);
        unexpected.removeAll(ALLOWED);
        assertEquals(Set.of(), unexpected, "lambdas or method references where a build meets them: write a loop, a plain"
                + " comparator or an anonymous class (each lambda is a class spun at run time in every build)");
        Set<String> stale = new TreeSet<>(ALLOWED);
        stale.removeAll(found);
        assertEquals(Set.of(), stale, "listed classes that hold no lambda any more: remove them from the list");
    }

    /** The check sees a lambda and a method reference, and passes a class with neither. */
    @Test
    void theCheckFindsLambdas() throws Exception {
        Path root = classesOf(LambdaFreeTest.class);
        Set<String> found = withLambdas(root.resolve("io/github/twelvefactor"));
        assertTrue(found.contains("LambdaFreeTest$WithLambda"), found.toString());
        assertTrue(found.contains("LambdaFreeTest$WithMethodReference"), found.toString());
        assertFalse(found.contains("LambdaFreeTest$WithAnonymousClass"), found.toString());
    }

    @SuppressWarnings("unused")
    private static final class WithLambda {
        final Supplier<String> s = () -> "x";
    }

    @SuppressWarnings("unused")
    private static final class WithMethodReference {
        final Supplier<String> s = String::new;
    }

    @SuppressWarnings("unused")
    private static final class WithAnonymousClass {
        final Supplier<String> s = new Supplier<>() {
            @Override
            public String get() {
                return "x";
            }
        };
    }
}
