package io.github.twelvefactor.engine;

import java.util.List;

import org.apache.maven.model.Model;

import io.github.twelvefactor.source.SourceFile;

/**
 * What a {@link ProjectRule} sees of one module: every file read (test files included), the
 * module's pom model (null when audited without Maven), and the paths of the files that were
 * listed but never read because their name says they are binary ({@code lib/foo.jar}), relative to
 * the module's basedir with {@code /}, sorted. Binary test files are left out of
 * {@code binaryFiles} exactly when test files are left out of {@code files}.
 */
public record ModuleView(List<SourceFile> files, Model model, SourceFile pom, List<String> binaryFiles) {

    public ModuleView {
        files = List.copyOf(files);
        binaryFiles = binaryFiles == null ? List.of() : List.copyOf(binaryFiles);
    }

    /** A view without binary files: for rules and tests that need none. */
    public ModuleView(List<SourceFile> files, Model model, SourceFile pom) {
        this(files, model, pom, List.of());
    }
}
