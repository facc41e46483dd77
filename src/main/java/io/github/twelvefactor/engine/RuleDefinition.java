package io.github.twelvefactor.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's catalogue entry, kept on the rule class itself so that the catalogue, the reports and
 * the code cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {
    /** Stable kebab-case id, as in RULES.md. */
    String id();

    Factor factor();

    Severity severity();

    /** One line: what the rule finds. */
    String summary();

    /** What to do instead. */
    String remediation();

    /** A short example of what the rule finds (a config line, a Java statement...). */
    String bad() default "";

    /** The same example, written the twelve-factor way. */
    String good() default "";

    /** True when the rule also reads test sources and test resources without {@code includeTests}. */
    boolean readsTests() default false;
}
