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

    /**
     * Masks {@code secret} in a message a rule wrote (and already masked) where it stands as a
     * whole word, so that the password {@code pass} does not turn the key {@code password} into
     * {@code ****word}.
     */
    public static String scrubMessage(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
            int end = at + secret.length();
            boolean wordBefore = at > 0 && isNamePart(text.charAt(at - 1));
            boolean wordAfter = end < text.length() && isNamePart(text.charAt(end));
            if (at >= from && !wordBefore && !wordAfter) {
                out.append(text, from, at).append(mask(secret));
                from = end;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Letters, digits and the separators of dotted, kebab and snake names. */
    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    /**
     * Masks {@code secret} in a line of the scanned file: first where it stands as a whole word, then
     * anywhere it is still written (the snippet must never show it, even inside a key's name).
     */
    public static String scrubSnippet(String text, String secret) {
        return scrub(scrubMessage(text, secret), secret);
    }

    /** Replaces every occurrence of {@code secret} in {@code text} with its mask. */
    public static String scrub(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, mask(secret));
    }
}
