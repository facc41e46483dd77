package io.github.twelvefactor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.RandomTexts;

class ConfigEntryTest {

    @Test
    void aListIndexAtTheEndIsDropped() {
        assertEquals("spring.profiles.active", ConfigEntry.withoutListIndex("spring.profiles.active[0]"));
        assertEquals("a[1].b", ConfigEntry.withoutListIndex("a[1].b[12]"));
        assertEquals("a[]", ConfigEntry.withoutListIndex("a[]"));
        assertEquals("a[x]", ConfigEntry.withoutListIndex("a[x]"));
        assertEquals("", ConfigEntry.withoutListIndex("[7]"));
    }

    /** The same answers as the replaceFirst it replaced, for keys that do not end in a line break. */
    @Test
    void answersAsThePatternItReplaced() {
        for (String key : RandomTexts.of(23, 20_000, 6, "a", ".", "[", "]", "0", "12", "x", "[1]", "[]", "\u0661", " ")) {
            assertEquals(key.replaceFirst("\\[\\d+]$", ""), ConfigEntry.withoutListIndex(key), key);
        }
    }
}
