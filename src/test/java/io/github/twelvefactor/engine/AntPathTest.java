package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.codehaus.plexus.util.SelectorUtils;
import org.junit.jupiter.api.Test;

/** A pattern looked at once answers as {@code SelectorUtils.matchPath} answers for every path. */
class AntPathTest {

    private static String normalised(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        return p.endsWith("/") ? p + "**" : p;
    }

    @Test
    void answersAsSelectorUtilsDoes() {
        List<String> patterns = List.of("twelvefactor-baseline.json", "src/legacy", "src/legacy/", "/src/legacy",
                "src//legacy", "src/legacy/**", "**/legacy/**", "*.yml", "src/*/a.yml", "src/?ain", "%regex[.*\\.yml]",
                " docs\\old ", "a", "a/b/c.txt", "**", "/", "src/main/resources/application-prod.yml");
        Random rnd = new Random(7);
        String[] parts = {"src", "legacy", "main", "a", "b", "c.txt", "a.yml", "twelvefactor-baseline.json", "docs", "old",
            "resources", "application-prod.yml", "Main", ""};
        int hits = 0;
        for (String pattern : patterns) {
            AntPath compiled = AntPath.of(pattern);
            String p = normalised(pattern);
            for (int n = 0; n < 3000; n++) {
                StringBuilder b = new StringBuilder(rnd.nextInt(8) == 0 ? "/" : "");
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                    b.append(parts[rnd.nextInt(parts.length)]).append(k > 1 ? "/" : "");
                }
                if (rnd.nextInt(6) == 0) {
                    b.append('/');
                }
                String path = b.toString();
                boolean expected = SelectorUtils.matchPath(p, path, "/", true);
                assertEquals(expected, compiled.matches(path), () -> "'" + pattern + "' on '" + path + "'");
                hits += expected ? 1 : 0;
            }
        }
        assertTrue(hits > 2000, "paths match often enough to test the hits: " + hits);
    }

    @Test
    void aFolderPatternNamesItsFolder() {
        assertTrue(AntPath.of("legacy/").namesFolder("legacy/"));
        assertTrue(AntPath.of("src/**").namesFolder("src/"));
        assertFalse(AntPath.of("src/**").namesFolder("source/"));
        assertFalse(AntPath.of("src/**").namesFolder("src"), "only a folder's path, with its slash");
        assertFalse(AntPath.of("*.yml").namesFolder("a.yml/"));
    }

    @Test
    void anExactPatternIsTakenAsWritten() {
        // no trim and no trailing-slash rule: as Maven's resource filtering reads its includes
        assertEquals(SelectorUtils.matchPath(" a.yml", "a.yml", "/", true), AntPath.exact(" a.yml").matches("a.yml"));
        assertTrue(AntPath.exact("config\\*.yml").matches("config/a.yml"));
        assertEquals(SelectorUtils.matchPath("config/", "config/a.yml", "/", true), AntPath.exact("config/").matches("config/a.yml"));
    }
}
