package io.github.twelvefactor.engine;

/** Masks secrets: at most the first two characters and the length are ever shown. */
public final class Redaction {
    private Redaction() {
    }

    /** {@code pa******** (10 chars)}; values of four characters or fewer show no character. */
    public static String mask(String secret) {
        if (secret == null) {
            return "";
        }
        int n = secret.codePointCount(0, secret.length());
        int shown = n > 4 ? 2 : 0;
        String head = secret.substring(0, secret.offsetByCodePoints(0, shown));
        return head + "*".repeat(Math.max(3, Math.min(8, n - shown))) + " (" + n + " chars)";
    }

    /** Replaces every occurrence of {@code secret} in {@code text} with its mask. */
    public static String scrub(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, mask(secret));
    }
}
