package io.github.twelvefactor.engine;

/** Where a rule reports what it found in one file. */
public interface Reporter {

    /** A finding at a 1-based line and column (0 when unknown). */
    void report(int line, int column, String message);

    /**
     * A finding quieter than its rule (e.g. {@code info} where the rule says {@code warning}):
     * it gets {@code severity} when that is less severe than the rule's configured severity, else
     * the configured one. A rule may lower one finding this way, never raise it, and a user who
     * turns the rule down still turns this finding down with it.
     */
    default void report(int line, int column, String message, Severity severity) {
        report(line, column, message);
    }

    /**
     * A finding that involves a secret value. The engine masks {@code secret} in the snippet and in
     * every message of the file; the rule must mask it in its own message with {@link Redaction}.
     */
    void reportSecret(int line, int column, String message, String secret);
}
