package io.github.twelvefactor.source;

/** Where in a module a file sits. */
public enum Scope {
    /** {@code src/main/**}. */
    MAIN,
    /** {@code src/test/**} (and other {@code src/*test*} source sets such as {@code src/it}). */
    TEST,
    /** Anything else: the module root, {@code docker/}, {@code deploy/}, {@code config/}... */
    OTHER;

    public static Scope of(String modulePath) {
        if (modulePath.startsWith("src/main/")) {
            return MAIN;
        }
        if (modulePath.startsWith("src/test/") || modulePath.startsWith("src/it/")
                || modulePath.startsWith("src/integration-test/") || modulePath.startsWith("src/testFixtures/")) {
            return TEST;
        }
        return OTHER;
    }
}
