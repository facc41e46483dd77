package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.RandomTexts;

class PlaceholdersTest {

    @Test
    void aLiteralShipsAsItIs() {
        assertEquals("prod", Placeholders.shipped("prod"));
        assertEquals("jdbc:h2:mem:x", Placeholders.shipped(" jdbc:h2:mem:x "));
        assertFalse(Placeholders.hasPlaceholder("prod"));
    }

    @Test
    void aPlaceholderShipsItsDefaultOrNothing() {
        assertEquals("", Placeholders.shipped("${SPRING_PROFILES_ACTIVE}"));
        assertEquals("", Placeholders.shipped("${LOG_FILE:}"));
        assertEquals("dev", Placeholders.shipped("${SPRING_PROFILES_ACTIVE:dev}"));
        assertEquals("dev", Placeholders.shipped("${PROFILE:-dev}"));
        assertEquals("", Placeholders.shipped("${PROFILE:?must be set}"));
        assertEquals("dev", Placeholders.shipped("${A:${B:dev}}"));
        assertEquals("dev", Placeholders.shipped("${PROFILE:`dev`}"));
        assertEquals("jdbc:h2:mem:x", Placeholders.shipped("${DB_URL:jdbc:h2:mem:x}"));
        assertEquals("logs/app.log", Placeholders.shipped("${LOG_DIR:logs}/app.log"));
        assertEquals("", Placeholders.shipped("$PROFILE"));
        assertEquals("", Placeholders.shipped("%PROFILE%"));
        assertEquals("", Placeholders.shipped("#{systemProperties['p']}"));
        assertTrue(Placeholders.hasPlaceholder("${X:dev}"));
        assertTrue(Placeholders.hasPlaceholder("$PROFILE"));
    }

    @Test
    void aKebabCasePropertyIsNotADefault() {
        // compose's ${VAR-default} is not read: Spring's ${app-name} would look the same
        assertEquals("", Placeholders.shipped("${app-name}"));
    }

    @Test
    void mavenFillsItsOwnTokensAtBuildTime() {
        assertTrue(Placeholders.hasMavenToken("@spring.profiles.active@"));
        assertFalse(Placeholders.hasMavenToken("user@example.com"));
        assertTrue(Placeholders.hasMavenProperty("${env}", true));
        assertFalse(Placeholders.hasMavenProperty("${env}", false));
        assertFalse(Placeholders.hasMavenProperty("${SPRING_PROFILES_ACTIVE:dev}", true));
    }

    /** hasPlaceholder runs its patterns only after the marks they start with: the same answers as always running them. */
    @Test
    void hasPlaceholderAnswersAsItsPatternsAlone() {
        Pattern shellVar = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
        Pattern wholeValue = Pattern.compile("%[A-Za-z0-9_]+%|#\\{.*}|ENC\\(.*\\)|\\{cipher}.*|vault:.*|op://.*");
        for (String v : RandomTexts.of(13, 20_000, 6, "$", "${", "}", "{", "%", "A", "_", "1", "#", "#{", "ENC(", ")",
                "{cipher}", "vault:", "op://", " ", "\t", "\n", "x", "secret", "enc(")) {
            boolean expected = v.contains("${") || shellVar.matcher(v).find() || wholeValue.matcher(v.strip()).matches();
            assertEquals(expected, Placeholders.hasPlaceholder(v), v);
        }
    }
}
