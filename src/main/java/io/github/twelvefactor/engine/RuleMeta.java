package io.github.twelvefactor.engine;

/** The catalogue entry of one rule, read from its {@link RuleDefinition}. */
public record RuleMeta(String id, Factor factor, Severity severity, String summary, String remediation,
        boolean readsTests, String bad, String good) {

    /**
     * Read once per class: rules ask for their id on every file, and reading the annotation builds
     * eight proxy calls each time (it was the hottest method of a cold audit).
     */
    private static final ClassValue<RuleMeta> BY_CLASS = new ClassValue<>() {
        @Override
        protected RuleMeta computeValue(Class<?> type) {
            return read(type);
        }
    };

    public static RuleMeta of(Class<?> ruleClass) {
        return BY_CLASS.get(ruleClass);
    }

    private static RuleMeta read(Class<?> ruleClass) {
        RuleDefinition d = ruleClass.getAnnotation(RuleDefinition.class);
        if (d == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleDefinition");
        }
        return new RuleMeta(d.id(), d.factor(), d.severity(), d.summary(), d.remediation(), d.readsTests(), d.bad(),
                d.good());
    }

    public String helpUri() {
        return factor.url();
    }

    // Written out rather than left to the record: a record's generated equals and hashCode are bound
    // on first use by an invokedynamic bootstrap, which cost every build that writes a report about
    // 40 ms of a cold JVM (reports key their rule tables by this record). Same fields, same meaning.
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleMeta m && java.util.Objects.equals(id, m.id) && factor == m.factor
                && severity == m.severity && java.util.Objects.equals(summary, m.summary)
                && java.util.Objects.equals(remediation, m.remediation) && readsTests == m.readsTests
                && java.util.Objects.equals(bad, m.bad) && java.util.Objects.equals(good, m.good);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, factor, severity, summary, remediation, readsTests, bad, good);
    }
}
