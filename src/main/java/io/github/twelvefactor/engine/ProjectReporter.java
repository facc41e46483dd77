package io.github.twelvefactor.engine;

import io.github.twelvefactor.source.SourceFile;

/** Where a {@link ProjectRule} reports: at a place in one of the module's files. */
public interface ProjectReporter {
    Reporter at(SourceFile file);

    /**
     * Where to report on a file by its path relative to the module's basedir: one of
     * {@link ModuleView#binaryFiles()} (which has no {@link SourceFile}: its findings have no snippet
     * and cannot be suppressed by a comment), or the path of a file that was read.
     *
     * @throws IllegalArgumentException when the module listed no such file
     */
    default Reporter atPath(String modulePath) {
        throw new UnsupportedOperationException("this reporter reports on read files only");
    }
}
