package io.github.twelvefactor.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that survive lines moving: rule id + path + the flagged line's normalised (and
 * already redacted) text + the occurrence index of that same triple, hashed. The secret itself
 * never goes into the hash.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** Returns the findings, in the same order, each with its fingerprint. */
    public static List<Finding> assign(List<Finding> sorted) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            String key = f.ruleId() + '\u0000' + f.path() + '\u0000' + normalise(f.snippet());
            Integer before = seen.get(key);
            int occurrence = before == null ? 0 : before;
            seen.put(key, occurrence + 1);
            out.add(f.withFingerprint(sha256(key + '\u0000' + occurrence)));
        }
        return out;
    }

    static String normalise(String line) {
        return line == null ? "" : line.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
