package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    @ParameterizedTest(name = "placeholder: {0}")
    @ValueSource(strings = {"${DB_PASSWORD}", "${spring.datasource.password}", "${DB_PASSWORD:}", "${db-password}",
        "$DB_PASSWORD", "${DB_PASSWORD:-x}", "${DB_PASSWORD?must be set}", "${DB_PASSWORD:?must be set}", "%DB_PASSWORD%",
        "#{systemEnvironment['DB_PASSWORD']}", "ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)", "{cipher}AQA4hd8ZL2c",
        "vault:secret/data/app#password", "op://vault/item/password", "sm://db-password", "{{ .Values.db.password }}",
        "${{ secrets.DB_PASSWORD }}", "${A:${B:x}}", "  ${DB_PASSWORD}  ", "@db.password@"})
    void placeholders(String value) {
        assertTrue(Placeholders.isPlaceholder(value, false));
        assertTrue(Placeholders.containsPlaceholder(value, false));
    }

    @ParameterizedTest(name = "not a placeholder: {0}")
    @ValueSource(strings = {"plain", "pa$$word", "user@example.com", "50%", "{0}", "ENC(", "vault:", "$", "$1"})
    void literals(String value) {
        assertFalse(Placeholders.isPlaceholder(value, false));
    }

    @ParameterizedTest(name = "{0} defaults to {1}")
    @CsvSource(delimiter = '|', value = {
        "${DB_PASSWORD:fallback1}|fallback1",
        "${DB_PASSWORD:-fallback2}|fallback2",
        "${DB_PASSWORD-fallback3}|fallback3",
        "${DB_PASSWORD:=fallback4}|fallback4",
        "${a.b:x:y:z}|x:y:z",
        "${A:${B:nested}}|nested",
        "${url:`http://h:1/x`}|http://h:1/x",
        "${DB_PASSWORD:}|''"})
    void literalDefaults(String value, String expected) {
        assertEquals(expected, Placeholders.literalDefault(value, false));
    }

    @ParameterizedTest(name = "no literal default: {0}")
    @ValueSource(strings = {"${DB_PASSWORD}", "${A:${B}}", "${A:pre-${B}}", "${DB_PASSWORD?required}",
        "${DB_PASSWORD:?required}", "plain", "x${A:y}", "ENC(abc)"})
    void noLiteralDefault(String value) {
        assertNull(Placeholders.literalDefault(value, false));
    }

    @Test
    void composeDollarDollarIsALiteralDollar() {
        List<Placeholders.Part> parts = Placeholders.parse("pa$$word", false);
        assertEquals(List.of(new Placeholders.Part(Placeholders.Kind.LITERAL, "pa$word", null)), parts);
    }

    @Test
    void mixedValuesKeepTheirLiteralParts() {
        List<Placeholders.Part> parts = Placeholders.parse("jdbc:postgresql://${DB_HOST:localhost}:5432/app", false);
        assertEquals(3, parts.size());
        assertEquals(Placeholders.Kind.LITERAL, parts.get(0).kind());
        assertEquals("jdbc:postgresql://", parts.get(0).text());
        assertEquals(Placeholders.Kind.RUNTIME, parts.get(1).kind());
        assertEquals("localhost", parts.get(1).fallback());
        assertEquals(":5432/app", parts.get(2).text());
        assertTrue(Placeholders.containsPlaceholder("jdbc:postgresql://${DB_HOST:localhost}:5432/app", false));
        assertFalse(Placeholders.isPlaceholder("jdbc:postgresql://${DB_HOST:localhost}:5432/app", false));
    }

    @ParameterizedTest(name = "Maven fills in {0}")
    @ValueSource(strings = {"@db.password@", "${db.password}", "${env.DB_PASSWORD}", "${project.version}"})
    void mavenFilteredTokensAreBakedIn(String value) {
        assertFalse(Placeholders.isPlaceholder(value, true));
        assertTrue(Placeholders.containsBuildTimeToken(value, true));
        assertFalse(Placeholders.containsBuildTimeToken(value, false));
    }

    @ParameterizedTest(name = "survives Maven filtering: {0}")
    @ValueSource(strings = {"${DB_PASSWORD}", "${db.password:x}", "$DB_PASSWORD", "ENC(abc)"})
    void survivesFiltering(String value) {
        assertTrue(Placeholders.isPlaceholder(value, true));
        assertFalse(Placeholders.containsBuildTimeToken(value, true));
    }

    @Test
    void emptyAndNullHaveNoParts() {
        assertTrue(Placeholders.parse("", false).isEmpty());
        assertTrue(Placeholders.parse(null, false).isEmpty());
        assertFalse(Placeholders.isPlaceholder("", false));
    }
}
