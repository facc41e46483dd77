package io.github.twelvefactor.rules.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which Maven property names hold deploy config: values that differ per deploy and must come from
 * the environment at run time, not from the build. Names are split into words on {@code . _ -}
 * and camelCase humps: {@code jdbc.*}, {@code db.*} (and {@code database.*}, {@code datasource.*}),
 * a last word that is an address or a credential ({@code *.url}, {@code *.host}, {@code *.password},
 * {@code *.username}, {@code *.token}, {@code *.api-key}...), and the active profile or environment
 * ({@code spring.profiles.active}, {@code quarkus.profile}, {@code micronaut.environments}).
 * Maven's own coordinates ({@code project.url}, {@code project.scm.url}, {@code settings.*}) are not
 * deploy config; {@code env.DB_URL} is judged by {@code DB_URL}.
 */
final class DeployConfigNames {
    private static final Set<String> FIRST = Set.of("jdbc", "db", "database", "datasource", "r2dbc");
    private static final Set<String> LAST = Set.of("url", "uri", "host", "hostname", "endpoint", "password", "passwd",
            "pwd", "secret", "token", "username", "user", "credentials");
    private static final Set<String> KEY_KINDS = Set.of("api", "access", "secret", "private", "signing", "encryption");
    private static final Set<String> MAVEN_OWN = Set.of("project", "pom", "settings", "maven");

    private DeployConfigNames() {
    }

    static boolean isDeployConfig(String name) {
        String n = name.startsWith("env.") ? name.substring(4) : name;
        List<String> words = words(n);
        if (words.isEmpty() || MAVEN_OWN.contains(words.get(0))) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (FIRST.contains(words.get(0)) || LAST.contains(last)) {
            return true;
        }
        if (last.equals("key") && words.size() > 1 && KEY_KINDS.contains(words.get(words.size() - 2))) {
            return true;
        }
        return isActiveProfile(n);
    }

    /** {@code spring.profiles.active}, {@code quarkus.profile}, {@code micronaut.environments}, {@code profiles.active}. */
    static boolean isActiveProfile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith("profiles.active") || n.equals("quarkus.profile") || n.equals("micronaut.environments")
                || n.equals("spring_profiles_active") || n.equals("quarkus_profile");
    }

    /** Lower-cased words of a name: {@code [db, password]} for {@code dbPassword}, {@code DB_PASSWORD}, {@code db.password}. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String part : name.split("[._\\-\\s]+")) {
            for (String w : part.split("(?<=[a-z0-9])(?=[A-Z])")) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
