package io.github.twelvefactor.engine;

import java.util.List;
import java.util.Set;

import org.apache.maven.model.Model;

import io.github.twelvefactor.source.SourceFile;

/**
 * What a {@link ProjectRule} sees of one module: every file read (test files included), the
 * module's pom model (null when audited without Maven), the pom file (null when not audited), the
 * paths of the files that were listed but never read because their name says they are binary
 * ({@code lib/foo.jar}), relative to the module's basedir with {@code /}, sorted (binary test files
 * are left out exactly when test files are left out of {@code files}), and the
 * {@code groupId:artifactId} of every project built in the same Maven session (empty when unknown,
 * e.g. outside Maven).
 */
public record ModuleView(List<SourceFile> files, Model model, SourceFile pom, List<String> binaryFiles,
        Set<String> reactorArtifacts) {

    public ModuleView {
        files = List.copyOf(files);
        binaryFiles = binaryFiles == null ? List.of() : List.copyOf(binaryFiles);
        reactorArtifacts = reactorArtifacts == null ? Set.of() : Set.copyOf(reactorArtifacts);
    }

    /** A view without binary files that knows nothing of the reactor: for rules and tests that need neither. */
    public ModuleView(List<SourceFile> files, Model model, SourceFile pom) {
        this(files, model, pom, List.of(), Set.of());
    }

    /** A view that knows nothing of the reactor. */
    public ModuleView(List<SourceFile> files, Model model, SourceFile pom, List<String> binaryFiles) {
        this(files, model, pom, binaryFiles, Set.of());
    }

    /** A view without binary files. */
    public ModuleView(List<SourceFile> files, Model model, SourceFile pom, Set<String> reactorArtifacts) {
        this(files, model, pom, List.of(), reactorArtifacts);
    }
}
