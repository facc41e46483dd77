package io.github.twelvefactor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which words name a deploy (an environment such as {@code prod} or {@code staging}) and which
 * name the developer's own machine or the test suite. Profile expressions ({@code prod},
 * {@code prod-eu}, {@code dev | staging}, {@code !prod}) are split into words on anything that is
 * not a letter or digit; a deploy name may carry trailing digits ({@code prod2}, {@code dev1}).
 */
public final class EnvironmentNames {
    /** Names of deploys, as teams spell them. */
    static final Set<String> DEPLOYS = Set.of("dev", "develop", "development", "test", "qa", "uat",
            "staging", "stage", "stg", "prod", "production", "prd", "live", "local", "docker", "cloud", "k8s",
            "kubernetes", "openshift", "preprod", "int", "integration", "sit", "demo", "sandbox", "perf");

    /** Names of the developer's machine and of the test suite: config for them never reaches a deploy. */
    private static final Set<String> DEVELOPMENT = Set.of("dev", "develop", "development", "local", "test");

    /**
     * The profile the test suite runs with (Spring's {@code @ActiveProfiles("test")}, Quarkus'
     * {@code %test.}): it belongs to the build, not to a deploy.
     */
    public static final String TEST_SUITE = "test";

    private EnvironmentNames() {
    }

    /** The words of a profile name or expression, lower-cased: {@code [prod, eu]} for {@code prod-EU}. */
    public static List<String> words(String expression) {
        List<String> out = new ArrayList<>();
        if (expression == null) {
            return out;
        }
        // the runs of [a-z0-9] in the lower-cased text (a split on [^a-z0-9]+ without a pattern per call)
        String lower = expression.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && isWordChar(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** The deploy a word names ({@code prod} for {@code prod} or {@code prod2}), or null. */
    public static String deploy(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DEPLOYS.contains(w)) {
            return w;
        }
        // trailing digits after a letter: prod for prod2 (w.replaceFirst("(?<=[a-z])[0-9]+$", ""), but
        // for a line break at the end, which no deploy's name has, without a pattern per call)
        int digits = w.length();
        while (digits > 0 && w.charAt(digits - 1) >= '0' && w.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (digits == w.length() || digits == 0 || w.charAt(digits - 1) < 'a' || w.charAt(digits - 1) > 'z') {
            return null;
        }
        String stripped = w.substring(0, digits);
        return DEPLOYS.contains(stripped) ? stripped : null;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    public static boolean isDeploy(String word) {
        return deploy(word) != null;
    }

    /**
     * The first word of {@code expression} that names a deploy other than the test suite's
     * profile, or null: {@code prod} for {@code prod-eu}, null for {@code mysql} or {@code test}.
     */
    public static String deployIn(String expression) {
        for (String w : words(expression)) {
            String d = deploy(w);
            if (d != null && !d.equals(TEST_SUITE)) {
                return d;
            }
        }
        return null;
    }

    /**
     * True when every profile named in {@code expression} is the developer's or the test suite's
     * ({@code dev}, {@code local}, {@code test}, {@code dev-h2}, {@code dev | test}). A negation
     * ({@code !prod}) is active in the default run too, so it never counts as development only.
     */
    public static boolean developmentOnly(String expression) {
        if (expression == null || expression.isBlank() || expression.contains("!")) {
            return false;
        }
        for (String profile : expression.split("[,|&()\\s]+")) {
            if (!profile.isEmpty() && words(profile).stream().map(EnvironmentNames::deploy)
                    .noneMatch(d -> d != null && DEVELOPMENT.contains(d))) {
                return false;
            }
        }
        return true;
    }
}
