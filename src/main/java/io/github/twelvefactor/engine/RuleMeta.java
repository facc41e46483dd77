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
}
