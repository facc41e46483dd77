package io.github.twelvefactor.rules.support;

import java.util.List;
import java.util.function.Predicate;

/**
 * Decides what a value written where a secret goes actually ships, once placeholders are read:
 * a literal, the literal default of a placeholder, a token that Maven resource filtering fills in
 * at build time, or nothing worth a finding (a placeholder without default, a mix of text and
 * references, a value the caller's test rejects).
 */
public final class SecretJudge {

    /** What ships. */
    public enum Kind {
        /** The value is a literal written in the file. */
        LITERAL,
        /** The value is a placeholder whose literal default ships ({@code ${DB_PASSWORD:s3cret}}). */
        DEFAULT,
        /** Maven resource filtering replaces the value at build time: it is baked into the artifact. */
        BUILD_TIME
    }

    /**
     * A finding's value: for {@link Kind#BUILD_TIME} the Maven token ({@code @db.password@}), which
     * is not itself secret; otherwise the secret, to be masked.
     */
    public record Verdict(Kind kind, String value) {
        public boolean secret() {
            return kind != Kind.BUILD_TIME;
        }
    }

    /**
     * {@link #plainSecret} as a predicate, made once: a method reference is a class spun at run time
     * in every place it is written (see {@code Finding.comparePlace}).
     */
    public static final Predicate<String> PLAIN_SECRET = new Predicate<>() {
        @Override
        public boolean test(String literal) {
            return plainSecret(literal);
        }
    };

    private SecretJudge() {
    }

    /**
     * The verdict on {@code raw} (as written, quotes and all), or null when nothing ships that
     * {@code isSecret} accepts.
     *
     * @param mavenFiltered whether Maven filters the file (see {@link Placeholders})
     * @param isSecret      the caller's test of a literal, e.g. {@link SecretValues#looksLikeSecret}
     */
    public static Verdict judge(String raw, boolean mavenFiltered, Predicate<String> isSecret) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<Placeholders.Part> parts = Placeholders.parse(raw, mavenFiltered);
        Placeholders.Part reference = null;
        for (Placeholders.Part p : parts) {
            if (p.kind() == Placeholders.Kind.BUILD_TIME) {
                return new Verdict(Kind.BUILD_TIME, p.text());
            }
            if (p.kind() == Placeholders.Kind.RUNTIME) {
                reference = p;
            }
        }
        if (reference == null) {
            String literal = SecretValues.normalize(raw);
            return isSecret.test(literal) ? new Verdict(Kind.LITERAL, literal) : null;
        }
        String fallback = Placeholders.literalDefault(raw, mavenFiltered);
        if (fallback == null) {
            return null; // no default, or text mixed with references: resolved at run time
        }
        String literal = SecretValues.normalize(fallback);
        return isSecret.test(literal) ? new Verdict(Kind.DEFAULT, literal) : null;
    }

    /** {@link SecretValues#looksLikeSecret}, and not a URL or connection string holding a password. */
    public static boolean plainSecret(String literal) {
        return SecretValues.looksLikeSecret(literal) && ConnectionStrings.find(literal).isEmpty();
    }
}
