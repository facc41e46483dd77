package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.source.SourceFile;

/**
 * The rule index the build writes lists exactly the rules the service loader finds, with the same
 * catalogue entries; and a catalogue read from it creates a rule only when the rule runs.
 */
class RuleIndexTest {
    private static final ClassLoader LOADER = Rule.class.getClassLoader();

    @Test
    void theBuiltIndexListsWhatTheServiceLoaderFinds() {
        List<RuleIndex.Entry> index = RuleIndex.read(LOADER);
        assertNotNull(index, RuleIndex.RESOURCE + " is written in process-classes");
        assertEquals(32, index.size());
        assertEquals(RuleIndex.discover(LOADER), index, "run mvn process-classes to write the index again");
    }

    @Test
    void withoutAnIndexThereIsNothingToRead() {
        assertEquals(null, RuleIndex.read(new ClassLoader(null) {
        }), "a class loader without the index: the catalogue falls back to the service loader");
    }

    @Test
    void linesKeepEveryCharacterOfTheEntries() {
        RuleMeta meta = new RuleMeta("odd-rule", Factor.III, Severity.WARNING, "tab\there, newline\nthere",
                "back\\slash \\t literal, CR\r, unicode \u00e9\u4e2d", true, "", "x\\");
        RuleIndex.Entry e = new RuleIndex.Entry("a.b.OddRule", false, meta);
        String line = RuleIndex.line(e);
        assertFalse(line.contains("\n"), line);
        assertEquals(e, RuleIndex.parse(line));
        assertThrows(IllegalArgumentException.class, () -> RuleIndex.parse("a.b.C\tfile\tonly-three"));
        assertThrows(IllegalArgumentException.class, () -> RuleIndex.parse(line.replace("\tproject\t", "\tneither\t")));
    }

    @Test
    void aCatalogueFromTheIndexCreatesARuleOnlyWhenItRuns() {
        RuleCatalog catalog = RuleCatalog.find();
        assertEquals(32, catalog.rules().size());
        for (Rule r : catalog.rules()) {
            assertFalse(DeferredRule.created(r), r + " created while the catalogue was read");
        }
        catalog.configure(Map.of("system-exit", "warning"));
        FileRule exit = (FileRule) catalog.get("system-exit");
        assertFalse(DeferredRule.created(exit), "configuring creates nothing");
        SourceFile file = new SourceFile(Path.of("src/main/java/App.java"), "src/main/java/App.java",
                "src/main/java/App.java", "class App { void stop() { System.exit(1); } }", null);
        assertTrue(exit.accepts(file));
        assertTrue(DeferredRule.created(exit));
        assertEquals(0, catalog.rules().stream().filter(r -> r != exit && DeferredRule.created(r)).count(),
                "only the rule that ran was created");
        Rule direct = new io.github.twelvefactor.rules.disposability.SystemExitRule();
        assertEquals(direct.meta(), exit.meta());
        assertEquals(direct.getClass().getName(), exit.toString());
        assertTrue(catalog.get("database-parity") instanceof ProjectRule);
    }
}
