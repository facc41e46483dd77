package io.github.twelvefactor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

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
}
