package io.github.twelvefactor.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1
 * (old {@code .properties} files). Binary content (a NUL byte in the first 8 KiB, without a UTF-16
 * BOM) gives null.
 */
final class TextDecoding {
    record Decoded(String text, String note) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return new Decoded(new String(b, StandardCharsets.UTF_16), null);
        }
        int offset = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        // one pass over the first 8 KiB for both questions: a NUL (binary) and a high bit (not ASCII)
        int probe = Math.min(b.length, 8192);
        int high = 0;
        for (int i = offset; i < probe; i++) {
            byte x = b[i];
            if (x == 0) {
                return null;
            }
            high |= x;
        }
        if (high >= 0 && ascii(b, probe)) {
            // most source files: one copy into a compact string, no decoder, no char buffer
            return new Decoded(new String(b, offset, b.length - offset, StandardCharsets.ISO_8859_1), null);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, StandardCharsets.ISO_8859_1), "not UTF-8: read as ISO-8859-1");
        }
    }

    /** True when every byte from {@code from} is 7-bit: then UTF-8 and Latin-1 read the same text. */
    private static boolean ascii(byte[] b, int from) {
        int i = from;
        // eight bytes at a time: a set high bit in any of them shows in the OR
        for (; i + 8 <= b.length; i += 8) {
            if (((b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6] | b[i + 7]) & 0x80) != 0) {
                return false;
            }
        }
        for (; i < b.length; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
