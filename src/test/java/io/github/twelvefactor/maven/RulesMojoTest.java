package io.github.twelvefactor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Rule;
import io.github.twelvefactor.engine.RuleCatalog;

/** The rules goal prints every rule of the catalogue, and one rule in full. */
@MojoTest
class RulesMojoTest {
    private static final String POM = "src/test/resources/mojo/basic/pom.xml";

    /** Collects what the goal prints at info level. */
    static final class Captured extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    @InjectMojo(goal = "rules", pom = POM)
    void listsEveryRuleOnce(RulesMojo mojo) throws Exception {
        Captured log = new Captured();
        mojo.setLog(log);
        mojo.execute();
        String all = String.join("\n", log.lines);
        List<Rule> rules = RuleCatalog.load().rules();
        assertTrue(rules.size() >= 8, "catalogue too small: " + rules.size());
        for (Rule r : rules) {
            long rows = log.lines.stream().filter(l -> l.startsWith("  " + r.meta().id() + " ")).count();
            assertEquals(1, rows, r.meta().id() + " in\n" + all);
        }
        assertTrue(all.contains("III. Config  https://12factor.net/config"), all);
        assertTrue(log.lines.get(log.lines.size() - 1).startsWith(rules.size() + " rules."), all);
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    @InjectMojo(goal = "rules", pom = POM)
    @MojoParameter(name = "rule", value = "file-logging")
    void printsOneRuleInFull(RulesMojo mojo) throws Exception {
        Captured log = new Captured();
        mojo.setLog(log);
        mojo.execute();
        String all = String.join("\n", log.lines);
        assertTrue(log.lines.get(0).startsWith("file-logging  (XI. Logs, warning)"), all);
        assertTrue(all.contains("Remediation: "), all);
        assertTrue(all.contains("More: https://12factor.net/logs"), all);
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    @InjectMojo(goal = "rules", pom = POM)
    @MojoParameter(name = "rule", value = "no-such-rule")
    void unknownRuleListsTheKnownIds(RulesMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Unknown rule id 'no-such-rule' (twelvefactor.rule). Known rule ids: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("file-logging"), e.getMessage());
    }
}
