package io.github.twelvefactor.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.model.Model;

/**
 * What to audit, free of Maven's plumbing: a module's folder, the reactor's root folder (reports'
 * paths are relative to it), the folders of other modules inside this one (they audit themselves),
 * the user's filters and rule settings, and the pom model (null outside Maven).
 *
 * @param basedir      the module's folder
 * @param rootDir      the reactor's root folder
 * @param buildDir     the module's build folder (usually {@code target}), never audited; may be null
 * @param excludedDirs folders of other modules nested in this one
 * @param includes     Ant-style globs relative to basedir; empty means everything
 * @param excludes     Ant-style globs relative to basedir
 * @param includeTests run every rule on test sources and resources too
 * @param ruleSettings rule id to {@code error|warning|info|off}
 * @param model        the module's pom model, or null
 * @param maxFileSize  files above this many bytes are skipped and named
 * @param reactorArtifacts {@code groupId:artifactId} of every project of the Maven session: their
 *                     {@code -SNAPSHOT} versions are built here, not fetched; empty when unknown
 */
public record AuditRequest(Path basedir, Path rootDir, Path buildDir, List<Path> excludedDirs,
        List<String> includes, List<String> excludes, boolean includeTests, Map<String, String> ruleSettings,
        Model model, long maxFileSize, Set<String> reactorArtifacts) {

    public static final long DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

    public AuditRequest {
        basedir = basedir.toAbsolutePath().normalize();
        rootDir = rootDir == null ? basedir : rootDir.toAbsolutePath().normalize();
        buildDir = buildDir == null ? null : buildDir.toAbsolutePath().normalize();
        excludedDirs = excludedDirs == null ? List.of() : List.copyOf(excludedDirs);
        includes = patterns(includes);
        excludes = patterns(excludes);
        ruleSettings = ruleSettings == null ? Map.of() : Map.copyOf(ruleSettings);
        reactorArtifacts = reactorArtifacts == null ? Set.of() : Set.copyOf(reactorArtifacts);
    }

    /** The patterns given, blank ones left out (a loop: see {@link Finding#comparePlace} on lambdas). */
    private static List<String> patterns(List<String> given) {
        List<String> kept = new java.util.ArrayList<>();
        if (given != null) {
            for (String s : given) {
                if (s != null && !s.isBlank()) {
                    kept.add(s);
                }
            }
        }
        return java.util.Collections.unmodifiableList(kept);
    }

    /** A request that knows nothing of the reactor (no Maven session). */
    public AuditRequest(Path basedir, Path rootDir, Path buildDir, List<Path> excludedDirs, List<String> includes,
            List<String> excludes, boolean includeTests, Map<String, String> ruleSettings, Model model,
            long maxFileSize) {
        this(basedir, rootDir, buildDir, excludedDirs, includes, excludes, includeTests, ruleSettings, model,
                maxFileSize, Set.of());
    }

    /** A request for a plain folder with every default: for tests and tools. */
    public static AuditRequest of(Path basedir) {
        return new AuditRequest(basedir, basedir, basedir.resolve("target"), List.of(), List.of(), List.of(), false,
                Map.of(), null, DEFAULT_MAX_FILE_SIZE);
    }

    public AuditRequest withIncludeTests(boolean value) {
        return new AuditRequest(basedir, rootDir, buildDir, excludedDirs, includes, excludes, value, ruleSettings,
                model, maxFileSize, reactorArtifacts);
    }

    public AuditRequest withRuleSettings(Map<String, String> value) {
        return new AuditRequest(basedir, rootDir, buildDir, excludedDirs, includes, excludes, includeTests, value,
                model, maxFileSize, reactorArtifacts);
    }

    public AuditRequest withModel(Model value) {
        return new AuditRequest(basedir, rootDir, buildDir, excludedDirs, includes, excludes, includeTests,
                ruleSettings, value, maxFileSize, reactorArtifacts);
    }

    public AuditRequest withReactorArtifacts(Set<String> value) {
        return new AuditRequest(basedir, rootDir, buildDir, excludedDirs, includes, excludes, includeTests,
                ruleSettings, model, maxFileSize, value);
    }

    /** A path as reports show it: relative to the reactor's root folder, with {@code /}. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = rootDir;
        try {
            abs = file.toRealPath();
            root = rootDir.toRealPath();
        } catch (java.io.IOException e) {
            // keep the absolute forms
        }
        String rel = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return rel.replace('\\', '/');
    }
}
