package io.github.twelvefactor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The formats the audit goal accepts, and its default as the generated plugin descriptor states it. */
class AuditFormatsTest {
    @Test
    void htmlIsAcceptedAlongsideTheOthers() throws Exception {
        assertEquals(List.of("console", "html", "json", "sarif"),
                List.copyOf(AuditMojo.parseFormats(" Console , HTML,json,sarif ")));
        assertEquals(Set.of("console", "sarif", "json", "html"), AuditMojo.FORMATS);
    }

    @Test
    void theDefaultIsConsoleSarifHtml() throws Exception {
        String descriptor;
        try (InputStream in = AuditMojo.class.getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
            assertNotNull(in, "maven-plugin-plugin writes the descriptor before the tests run");
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(descriptor.contains("<formats implementation=\"java.lang.String\" default-value=\"console,sarif,html\">"
                + "${twelvefactor.formats}</formats>"), "default formats in plugin.xml");
    }
}
