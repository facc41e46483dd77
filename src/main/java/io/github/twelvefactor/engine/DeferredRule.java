package io.github.twelvefactor.engine;

import io.github.twelvefactor.source.SourceFile;

/**
 * A catalogue rule known from the {@link RuleIndex} alone: its class is loaded and the rule
 * created when it first runs. A build whose modules all come from the cache runs no rule, and
 * then loads no rule class and nothing those classes pull in. The rule is created once, under a
 * lock, and shared: rules keep no state.
 */
final class DeferredRule {
    private DeferredRule() {
    }

    /** The catalogue entry for an indexed rule, a file or a project rule as the index says. */
    static Rule of(RuleIndex.Entry entry, ClassLoader loader) {
        return entry.fileRule() ? new File(entry.meta(), new Instance<>(entry.className(), loader, FileRule.class))
                : new Project(entry.meta(), new Instance<>(entry.className(), loader, ProjectRule.class));
    }

    /** Whether {@code rule}, a catalogue entry, has created its instance yet: for tests. */
    static boolean created(Rule rule) {
        if (!(rule instanceof Deferred<?> d)) {
            throw new IllegalArgumentException(rule + " is not a deferred rule");
        }
        return d.rule.rule != null;
    }

    /** The rule's one instance, created on first use. */
    private static final class Instance<T extends Rule> {
        private final String className;
        private final ClassLoader loader;
        private final Class<T> kind;
        private volatile T rule;

        Instance(String className, ClassLoader loader, Class<T> kind) {
            this.className = className;
            this.loader = loader;
            this.kind = kind;
        }

        T get() {
            T r = rule;
            if (r == null) {
                synchronized (this) {
                    r = rule;
                    if (r == null) {
                        try {
                            r = kind.cast(Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
                        } catch (ReflectiveOperationException | ClassCastException e) {
                            // the index was written from these very classes: this is a broken build
                            throw new IllegalStateException("rule " + className + " cannot be created: " + e, e);
                        }
                        rule = r;
                    }
                }
            }
            return r;
        }

        @Override
        public String toString() {
            return className;
        }
    }

    /** What both kinds hold: the entry, and the instance to come. */
    private abstract static class Deferred<T extends Rule> {
        private final RuleMeta meta;
        final Instance<T> rule;

        Deferred(RuleMeta meta, Instance<T> rule) {
            this.meta = meta;
            this.rule = rule;
        }

        public RuleMeta meta() {
            return meta;
        }

        @Override
        public String toString() {
            return rule.toString();
        }
    }

    // plain classes, not records: maps key rules by identity, and a record's equals and hashCode are
    // bound on first use by an invokedynamic bootstrap that costs a cold JVM tens of milliseconds
    private static final class File extends Deferred<FileRule> implements FileRule {
        File(RuleMeta meta, Instance<FileRule> rule) {
            super(meta, rule);
        }

        @Override
        public boolean accepts(SourceFile file) {
            return rule.get().accepts(file);
        }

        @Override
        public void check(SourceFile file, Reporter out) {
            rule.get().check(file, out);
        }
    }

    private static final class Project extends Deferred<ProjectRule> implements ProjectRule {
        Project(RuleMeta meta, Instance<ProjectRule> rule) {
            super(meta, rule);
        }

        @Override
        public void check(ModuleView module, ProjectReporter out) {
            rule.get().check(module, out);
        }
    }
}
