package io.github.twelvefactor.rules.support;

/**
 * What to hand the engine as "the secret" so that its snippet never shows it: the engine masks
 * exact occurrences only, and a value as judged can differ from the value as written (quotes,
 * compose's {@code $$}, {@code .properties} escapes, XML entities, Java escapes).
 */
public final class SecretText {
    private SecretText() {
    }

    /**
     * {@code secret} when the line holds it verbatim; otherwise the rest of the line from
     * {@code column} (1-based; the whole line when unknown), which then is masked whole.
     */
    public static String asWritten(String lineText, int column, String secret) {
        if (secret != null && !secret.isEmpty() && lineText.contains(secret)) {
            return secret;
        }
        String rest = column >= 1 && column <= lineText.length() ? lineText.substring(column - 1) : lineText;
        return rest.strip().isEmpty() ? secret : rest.strip();
    }
}
