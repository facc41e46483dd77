package io.github.twelvefactor.engine;

import java.util.List;

import org.apache.maven.model.Model;

import io.github.twelvefactor.source.SourceFile;

/**
 * What a {@link ProjectRule} sees of one module: every file read (test files included), and the
 * module's pom model (null when audited without Maven).
 */
public record ModuleView(List<SourceFile> files, Model model, SourceFile pom) {
}
