package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link TextDecoding} looks for a NUL and a high bit in one pass over the first 8 KiB; {@link
 * #reference} is the two passes it replaced. Both must give the same text, note and "binary" on
 * bytes built around the places that decide: a NUL before, at and after the 8 KiB probe, high bytes
 * inside and beyond it, BOMs, valid and broken UTF-8.
 */
class TextDecodingTest {

    @Test
    void decidesAsTheTwoPassesItReplaced() {
        Random random = new Random(20261129);
        byte[][] pieces = {"plain text\n".getBytes(StandardCharsets.US_ASCII), {0}, "é".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
            {(byte) 0x80}, "€".getBytes(StandardCharsets.UTF_8), {'a'}};
        int[] sizes = {0, 1, 2, 3, 7, 8, 9, 100, 8190, 8191, 8192, 8193, 8200, 20_000};
        for (int round = 0; round < 3_000; round++) {
            int size = sizes[random.nextInt(sizes.length)];
            byte[] b = new byte[size];
            for (int i = 0; i < size; i++) {
                b[i] = (byte) ('a' + random.nextInt(26));
            }
            // a few pieces at random places, often near the probe's end
            for (int k = random.nextInt(4); k > 0 && size > 0; k--) {
                byte[] piece = pieces[random.nextInt(pieces.length)];
                int at = random.nextBoolean() ? random.nextInt(size) : Math.max(0, Math.min(size - 1, 8190 + random.nextInt(5)));
                System.arraycopy(piece, 0, b, at, Math.min(piece.length, size - at));
            }
            if (random.nextInt(5) == 0 && size >= 3) {
                b[0] = (byte) 0xEF;
                b[1] = (byte) 0xBB;
                b[2] = (byte) 0xBF;
            }
            TextDecoding.Decoded expected = reference(b);
            TextDecoding.Decoded actual = TextDecoding.decode(b);
            assertEquals(expected, actual, "round " + round + ", " + size + " bytes");
        }
    }

    @Test
    void aNulInTheFirst8KiBIsBinaryAndLaterIsNot() {
        byte[] early = new byte[9000];
        java.util.Arrays.fill(early, (byte) 'x');
        early[8191] = 0;
        assertNull(TextDecoding.decode(early));
        early[8191] = 'x';
        early[8192] = 0;
        assertEquals(8999, TextDecoding.decode(early).text().replace("\0", "").length());
    }

    /** The decoding before the passes were joined. */
    private static TextDecoding.Decoded reference(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return new TextDecoding.Decoded(new String(b, StandardCharsets.UTF_16), null);
        }
        int probe = Math.min(b.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (b[i] == 0) {
                return null;
            }
        }
        int offset = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        boolean ascii = true;
        for (int i = offset; i < b.length; i++) {
            ascii &= b[i] >= 0;
        }
        if (ascii) {
            return new TextDecoding.Decoded(new String(b, offset, b.length - offset, StandardCharsets.ISO_8859_1), null);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return new TextDecoding.Decoded(text, null);
        } catch (CharacterCodingException e) {
            return new TextDecoding.Decoded(new String(b, StandardCharsets.ISO_8859_1), "not UTF-8: read as ISO-8859-1");
        }
    }
}
