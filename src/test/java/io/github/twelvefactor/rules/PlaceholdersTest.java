package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
