package io.github.twelvefactor.engine;

import io.github.twelvefactor.source.SourceFile;

/** Where a {@link ProjectRule} reports: at a place in one of the module's files. */
public interface ProjectReporter {
    Reporter at(SourceFile file);
}
