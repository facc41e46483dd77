package io.github.twelvefactor.engine;

import io.github.twelvefactor.source.SourceFile;

/** A rule that looks at one file at a time. Called concurrently: keep no mutable state. */
public non-sealed interface FileRule extends Rule {

    /** Cheap test on the file's kind, path and scope: should {@link #check} run at all? */
    boolean accepts(SourceFile file);

    void check(SourceFile file, Reporter out);
}
