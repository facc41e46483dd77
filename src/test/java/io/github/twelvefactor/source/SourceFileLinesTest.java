package io.github.twelvefactor.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link SourceFile#splitLines} cuts lines as the regex split it replaced did, empty ones kept. */
class SourceFileLinesTest {

    @Test
    void cutsLikeTheRegexSplit() {
        String[] pieces = {"\r\n", "\r", "\n", "a", "bc", "", " ", "\n\r", "\r\r\n"};
        Random rnd = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                b.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertArrayEquals(text.split("\r\n|\r|\n", -1), SourceFile.splitLines(text), () -> text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Test
    void keepsEmptyLinesAtBothEnds() {
        assertArrayEquals(new String[] {"", "a", "", "b", ""}, SourceFile.splitLines("\na\r\n\rb\n"));
        assertArrayEquals(new String[] {""}, SourceFile.splitLines(""));
    }
}
