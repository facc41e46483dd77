package io.github.twelvefactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Strings glued from chosen pieces, for tests that hold a hand-written matcher to the regular
 * expression it replaced: pieces near what the pattern looks for reach its corners far more often
 * than random characters would. Seeded, so a failure repeats.
 */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** {@code count} strings of 0 to {@code maxPieces} pieces each, from a generator seeded with {@code seed}. */
    public static List<String> of(long seed, int count, int maxPieces, String... pieces) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(maxPieces + 1);
            for (int k = 0; k < n; k++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            out.add(s.toString());
        }
        return out;
    }
}
