package io.github.twelvefactor.engine;

import java.util.List;

/** Masks secrets: at most the first two characters and the length are ever shown. */
public final class Redaction {
    private Redaction() {
    }

    // How the secret rules' messages open: the rules' own words, never the scanned file's, so that
    // scrubMessage leaves them as they are. Without that, a password as common in samples as
    // "secret" turned "Hardcoded secret in 'MYSQL_PASSWORD'" into "Hardcoded se**** (6 chars) in
    // 'MYSQL_PASSWORD'" (and a placeholder default "default" garbled its message alike): nothing was
    // hidden, for the words are the same whatever the secret, and the message could not be read.

    /** Opens a finding on a secret given to a named key; the key and the masked value follow. */
    public static final String SECRET_IN = "Hardcoded secret in '";
    /** Opens a finding on a secret written as a placeholder's default. */
    public static final String SECRET_AS_DEFAULT = "Hardcoded secret as the default of the placeholder in '";
    /** Opens a finding on a secret handed to a method or constructor. */
    public static final String SECRET_PASSED_TO = "Hardcoded secret passed to ";
    /** Opens a finding on a secret stored under a key. */
    public static final String SECRET_STORED_UNDER = "Hardcoded secret stored under '";
    /** Opens a finding on a secret given as the default of a look-up. */
    public static final String DEFAULT_FOR_SECRET = "Hardcoded default for secret '";
    /** Opens a finding on credentials written into an Authorization header. */
    public static final String AUTHORIZATION_CREDENTIALS = "Hardcoded credentials in the Authorization header: ";

    private static final List<String> OPENINGS = List.of(SECRET_AS_DEFAULT, SECRET_IN, SECRET_PASSED_TO,
            SECRET_STORED_UNDER, DEFAULT_FOR_SECRET, AUTHORIZATION_CREDENTIALS);

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
     * {@code ****word}; a message's opening words, when they are one of the secret rules' own
     * openings ({@link #SECRET_IN} and the others), are left as they are.
     */
    public static String scrubMessage(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf(secret, opening(text)); at >= 0; at = text.indexOf(secret, at + 1)) {
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

    /** The length of the secret rules' own opening that {@code text} starts with; 0 when none. */
    private static int opening(String text) {
        int longest = 0;
        for (String o : OPENINGS) {
            if (o.length() > longest && text.startsWith(o)) {
                longest = o.length();
            }
        }
        return longest;
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
