package io.github.twelvefactor.maven;

import java.util.Map;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.Rule;
import io.github.twelvefactor.engine.RuleCatalog;
import io.github.twelvefactor.engine.RuleMeta;
import io.github.twelvefactor.engine.Severity;

/**
 * Prints the rule catalogue grouped by factor: id, default severity (and the effective one where
 * the pom's {@code <rules>} changes it) and summary; with {@code -Dtwelvefactor.rule=ID}, one rule
 * with its remediation and a bad and a good example.
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = false, aggregator = true)
public final class RulesMojo extends AbstractMojo {

    /** Per-rule severity, as configured for {@code audit}: shown as the effective severity. */
    @Parameter
    private Map<String, String> rules;

    /** Print only this rule, in full. */
    @Parameter(property = "twelvefactor.rule")
    private String rule;

    @Override
    public void execute() throws MojoExecutionException {
        RuleCatalog catalog = RuleCatalog.load();
        Map<Rule, Severity> effective;
        try {
            effective = catalog.configure(rules);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Log log = getLog();
        if (rule != null && !rule.isBlank()) {
            Rule r = catalog.get(rule.trim());
            if (r == null) {
                throw new MojoExecutionException("Unknown rule id '" + rule.trim() + "' (twelvefactor.rule). Known rule ids: "
                        + catalog.knownIds());
            }
            RuleMeta m = r.meta();
            log.info(m.id() + "  (" + m.factor().label() + ", " + severity(m, effective.get(r)) + ")");
            log.info("  " + m.summary());
            log.info("  Remediation: " + m.remediation());
            if (!m.bad().isEmpty()) {
                log.info("  Bad:");
                m.bad().lines().forEach(l -> log.info("      " + l));
            }
            if (!m.good().isEmpty()) {
                log.info("  Good:");
                m.good().lines().forEach(l -> log.info("      " + l));
            }
            log.info("  More: " + m.helpUri());
            return;
        }
        Factor current = null;
        for (Rule r : catalog.rules()) {
            RuleMeta m = r.meta();
            if (m.factor() != current) {
                current = m.factor();
                log.info(current.label() + "  " + current.url());
            }
            log.info(String.format("  %-28s %-18s %s", m.id(), severity(m, effective.get(r)), m.summary()));
        }
        log.info(catalog.rules().size() + " rules. Details of one: mvn twelvefactor:rules -Dtwelvefactor.rule=<id>");
    }

    /** {@code warning}, or {@code warning -> error} / {@code warning -> off} where the pom changes it. */
    private static String severity(RuleMeta m, Severity effective) {
        String base = m.severity().id();
        if (effective == null) {
            return base + " -> off";
        }
        return effective == m.severity() ? base : base + " -> " + effective.id();
    }
}
