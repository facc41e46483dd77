package io.github.twelvefactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Rule;
import io.github.twelvefactor.engine.RuleCatalog;
import io.github.twelvefactor.engine.RuleMeta;

/** The README's rule table and the code's catalogue say the same: id, factor and default severity. */
class ReadmeCatalogTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ([IVX]+) \\| (error|warning|info) \\|", Pattern.MULTILINE);

    @Test
    void readmeRuleTableMatchesTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(readme);
        java.util.List<String> twice = new java.util.ArrayList<>();
        while (m.find()) {
            if (documented.put(m.group(1), m.group(2) + " " + m.group(3)) != null) {
                twice.add(m.group(1));
            }
        }
        assertEquals(java.util.List.of(), twice, "rules listed more than once in the README");
        Map<String, String> code = new TreeMap<>();
        StringBuilder rows = new StringBuilder();
        for (Rule r : RuleCatalog.load().rules()) {
            RuleMeta meta = r.meta();
            code.put(meta.id(), meta.factor().numeral() + " " + meta.severity().id());
            rows.append("| `").append(meta.id()).append("` | ").append(meta.factor().numeral()).append(" | ")
                    .append(meta.severity().id()).append(" | ").append(meta.summary().replace("|", "\\|")).append(" |\n");
        }
        assertEquals(code, documented, "README rule table (right) must list exactly the rules in the code (left);"
                + " the rows the code gives:\n" + rows);
    }

    @Test
    void everyRuleHasItsFactorRemediationAndABadAndAGoodExample() {
        java.util.List<String> incomplete = new java.util.ArrayList<>();
        for (Rule r : RuleCatalog.load().rules()) {
            RuleMeta m = r.meta();
            if (m.summary().isBlank() || m.remediation().isBlank() || m.bad().isBlank() || m.good().isBlank()
                    || !m.helpUri().startsWith("https://12factor.net/")) {
                incomplete.add(m.id());
            }
        }
        assertEquals(java.util.List.of(), incomplete, "rules without summary, remediation, bad or good example");
        assertEquals(32, RuleCatalog.load().rules().size(), "RULES.md defines 32 rules");
    }
}
