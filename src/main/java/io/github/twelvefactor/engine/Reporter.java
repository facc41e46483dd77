package io.github.twelvefactor.engine;

/** Where a rule reports what it found in one file. */
public interface Reporter {

    /** A finding at a 1-based line and column (0 when unknown). */
    void report(int line, int column, String message);

    /**
     * A finding that involves a secret value. The engine masks {@code secret} in the snippet and in
     * every message of the file; the rule must mask it in its own message with {@link Redaction}.
     */
    void reportSecret(int line, int column, String message, String secret);
}
