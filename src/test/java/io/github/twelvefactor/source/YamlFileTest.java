package io.github.twelvefactor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import io.github.twelvefactor.RandomTexts;

class YamlFileTest {

    @Test
    void containersPointAtTheirKeyAndScalarsAtTheirValue() {
        YamlFile yaml = YamlFile.parse("""
                "%prod":
                  quarkus:
                    log:
                      level: WARN
                list:
                  - a
                """);
        Map<String, Integer> lines = yaml.entries().stream()
                .collect(Collectors.toMap(ConfigEntry::key, ConfigEntry::line));
        assertEquals(1, lines.get("%prod"));
        assertEquals(2, lines.get("%prod.quarkus"));
        assertEquals(3, lines.get("%prod.quarkus.log"));
        assertEquals(4, lines.get("%prod.quarkus.log.level"));
        assertEquals(5, lines.get("list"));
        assertEquals(6, lines.get("list[0]"));
    }

    @Test
    void mergedContainersFallBackToTheirFirstLine() {
        // a key merged in with <<: has no key of its own in this mapping: its map's first line stands for it
        YamlFile yaml = YamlFile.parse("""
                base: &base
                  pool:
                    size: 5
                app:
                  <<: *base
                """);
        ConfigEntry merged = yaml.entries().stream().filter(e -> e.key().equals("app.pool")).findFirst().orElseThrow();
        assertEquals(3, merged.line());
    }

    /**
     * Only null and merge keys are tagged (see YamlFile's resolver): a null reads as an empty value, a
     * merge key merges, and numbers, booleans and dates keep their text as written.
     */
    @Test
    void scalarsKeepTheirTextAndNullsReadEmpty() {
        YamlFile yaml = YamlFile.parse("""
                port: 08080
                enabled: Yes
                ratio: .5e3
                day: 2026-11-29
                none: ~
                empty:
                spelled: NULL
                word: nullable
                defaults: &d
                  user: app
                merged:
                  <<: *d
                """);
        Map<String, String> values = new java.util.HashMap<>();
        for (ConfigEntry e : yaml.entries()) {
            values.put(e.key(), e.value());
        }
        assertEquals("08080", values.get("port"));
        assertEquals("Yes", values.get("enabled"));
        assertEquals(".5e3", values.get("ratio"));
        assertEquals("2026-11-29", values.get("day"));
        assertEquals("", values.get("none"));
        assertEquals("", values.get("empty"));
        assertEquals("", values.get("spelled"));
        assertEquals("nullable", values.get("word"));
        assertEquals("app", values.get("merged.user"));
    }

    /** The resolver tags null and merge as snakeyaml's own does, and everything else as a string. */
    @Test
    void resolverAgreesWithSnakeyamlsOnNullAndMerge() {
        Resolver snakeyaml = new Resolver();
        for (String v : RandomTexts.of(29, 20_000, 3, "~", "null", "Null", "NULL", "nUll", " ", "<<", "<", "n", "N", "0",
                "true", "1.5", "\n", "x")) {
            Tag theirs = snakeyaml.resolve(NodeId.scalar, v, true);
            Tag expected = theirs.equals(Tag.NULL) || theirs.equals(Tag.MERGE) ? theirs : Tag.STR;
            assertEquals(expected, new YamlFile.NullsAndMerges().resolve(NodeId.scalar, v, true), v);
            assertEquals(Tag.STR, new YamlFile.NullsAndMerges().resolve(NodeId.scalar, v, false), v);
        }
        assertEquals(Tag.SEQ, new YamlFile.NullsAndMerges().resolve(NodeId.sequence, null, true));
        assertEquals(Tag.MAP, new YamlFile.NullsAndMerges().resolve(NodeId.mapping, null, true));
    }
}
