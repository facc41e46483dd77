package io.github.twelvefactor.engine;

import java.util.List;
import java.util.Set;

import org.apache.maven.model.Model;

import io.github.twelvefactor.source.SourceFile;

/**
 * What a {@link ProjectRule} sees of one module: every file read (test files included), the
 * module's pom model (null when audited without Maven), the pom file (null when not audited), and
 * the {@code groupId:artifactId} of every project built in the same Maven session (empty when
 * unknown, e.g. outside Maven).
 */
public record ModuleView(List<SourceFile> files, Model model, SourceFile pom, Set<String> reactorArtifacts) {

    public ModuleView {
        reactorArtifacts = reactorArtifacts == null ? Set.of() : Set.copyOf(reactorArtifacts);
    }

    /** A view that knows nothing of the reactor. */
    public ModuleView(List<SourceFile> files, Model model, SourceFile pom) {
        this(files, model, pom, Set.of());
    }
}
