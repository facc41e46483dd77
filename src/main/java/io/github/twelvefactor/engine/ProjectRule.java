package io.github.twelvefactor.engine;

/** A rule that compares several files of one module (e.g. test config against main config). */
public non-sealed interface ProjectRule extends Rule {
    void check(ModuleView module, ProjectReporter out);
}
