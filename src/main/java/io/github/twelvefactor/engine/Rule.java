package io.github.twelvefactor.engine;

/**
 * A check. Implementations are small final classes annotated with {@link RuleDefinition} and
 * listed in {@code META-INF/services/io.github.twelvefactor.engine.Rule}; they implement
 * {@link FileRule} (one file at a time) or {@link ProjectRule} (needs several files at once).
 */
public sealed interface Rule permits FileRule, ProjectRule {
    default RuleMeta meta() {
        return RuleMeta.of(getClass());
    }
}
