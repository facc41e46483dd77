package io.github.twelvefactor.engine;

/** The catalogue entry of one rule, read from its {@link RuleDefinition}. */
public record RuleMeta(String id, Factor factor, Severity severity, String summary, String remediation,
        boolean readsTests, String bad, String good) {

    public static RuleMeta of(Class<?> ruleClass) {
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
