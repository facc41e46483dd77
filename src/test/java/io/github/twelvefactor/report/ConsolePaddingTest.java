package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The console table pads by hand exactly as the {@code String.format} patterns it replaced did. */
class ConsolePaddingTest {

    @Test
    void padsAsFormatDoes() {
        Random rnd = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            String text = "x".repeat(rnd.nextInt(12)) + (rnd.nextBoolean() ? "" : String.valueOf(rnd.nextInt(100_000)));
            int width = 1 + rnd.nextInt(10);
            assertEquals(String.format("%-" + width + "s", text), ConsoleReport.left(text, width), text + " / " + width);
            assertEquals(String.format("%" + width + "s", text), ConsoleReport.right(text, width), text + " / " + width);
        }
        assertEquals(String.format("%-26s %6d %8d %5d  %s", "IV. Backing services", 3, 12, 0, "u"),
                ConsoleReport.left("IV. Backing services", 26) + " " + ConsoleReport.right("3", 6) + " "
                        + ConsoleReport.right("12", 8) + " " + ConsoleReport.right("0", 5) + "  u");
    }
}
