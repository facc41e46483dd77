package io.github.twelvefactor.rules.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.EnvironmentNames;
import io.github.twelvefactor.rules.Placeholders;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.Dockerfile;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * The active environment fixed in the artifact or the image: {@code spring.profiles.active},
 * {@code quarkus.profile}, {@code micronaut.environments} in main config (and as a
 * {@code spring.profiles.active} context parameter of {@code web.xml}); in a Dockerfile,
 * {@code ENV SPRING_PROFILES_ACTIVE=...} (and {@code QUARKUS_PROFILE}, {@code MICRONAUT_ENVIRONMENTS},
 * or a {@code -Dspring.profiles.active=} inside {@code JAVA_OPTS}/{@code JAVA_TOOL_OPTIONS}), and
 * {@code --spring.profiles.active=} / {@code -Dspring.profiles.active=} in {@code CMD} or
 * {@code ENTRYPOINT}.
 *
 * <p>Placeholders: the value is judged by what ships when the environment sets nothing
 * ({@link Placeholders#shipped}). {@code ${SPRING_PROFILES_ACTIVE}} or {@code $PROFILE} leave the
 * choice to the deploy and stay silent; {@code ${SPRING_PROFILES_ACTIVE:dev}} fires, because every
 * deploy that forgets the variable silently runs as {@code dev} (the same reading RULES.md gives a
 * secret's default). Maven's {@code @spring.profiles.active@} (and {@code ${...}} in a filtered
 * resource) is filled in at build time, so it fires whatever it holds. A Dockerfile {@code ENV}
 * fires whatever its value, {@code ${ARG}} included: it is written into the image at build time.
 * The value {@code default} (Spring's own no-profile) and empty values are silent.
 */
@RuleDefinition(id = "baked-active-profile", factor = Factor.III, severity = Severity.WARNING,
        bad = "spring.profiles.active=prod",
        good = "# no active profile in the artifact; the deploy sets SPRING_PROFILES_ACTIVE if it must",
        summary = "The active environment fixed in the artifact or the image (spring.profiles.active=prod)",
        remediation = "Remove the setting from the artifact and the image; let each deploy choose its profile at run "
                + "time (SPRING_PROFILES_ACTIVE / QUARKUS_PROFILE / MICRONAUT_ENVIRONMENTS in the platform's "
                + "environment), or better, replace profiles with environment variables for the values that differ.")
public final class BakedActiveProfileRule implements FileRule {
    private static final Set<String> KEYS = Set.of("spring.profiles.active", "quarkus.profile", "micronaut.environments");
    private static final Set<String> ENV_NAMES = Set.of("SPRING_PROFILES_ACTIVE", "QUARKUS_PROFILE",
            "MICRONAUT_ENVIRONMENTS");
    /** Anchored at a word's start and possessive, so a long line costs one pass (fuzzing found the quadratic form). */
    private static final Pattern ENV_PAIR = Pattern.compile("(?<!\\S)([^\\s=]++)=(\"(?:[^\"\\\\]|\\\\.)*+\"|'[^']*+'|\\S*+)");
    /** A profile set on a command line or in JAVA_OPTS: group 1 the setting, group 2 its value. */
    private static final Pattern ARGUMENT = Pattern.compile(
            "(?<![\\w.-])(--spring\\.profiles\\.active|-Dspring\\.profiles\\.active|-Dquarkus\\.profile"
                    + "|-Dmicronaut\\.environments|SPRING_PROFILES_ACTIVE|QUARKUS_PROFILE|MICRONAUT_ENVIRONMENTS)"
                    + "=(\"[^\"]*\"|'[^']*'|\\$\\{[^}]*}|[^\\s\"',\\]]*)");

    @Override
    public boolean accepts(SourceFile file) {
        return switch (file.kind()) {
            case PROPERTIES, YAML -> file.isMainConfig() && (file.mentions("profile")
                    || file.mentions("environments"));
            case XML -> file.path().startsWith("src/main/") && file.mentions("spring.profiles.active");
            case DOCKERFILE -> true;
            default -> false;
        };
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        if (file.kind() == FileKind.DOCKERFILE) {
            checkDockerfile(file, out);
        } else if (file.kind() == FileKind.XML) {
            checkWebXml(file, out);
        } else {
            String reported = null;
            for (ConfigEntry e : file.configEntries()) {
                String key = ConfigEntry.withoutListIndex(e.key());
                if (KEYS.contains(key) && e.value() != null && !key.equals(reported)) {
                    if (report(out, e.line(), e.column(), key, e.value(), file.isMavenFiltered(), "in " + file.fileName())) {
                        reported = key;
                    }
                }
            }
        }
    }

    private static void checkWebXml(SourceFile file, Reporter out) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        List<XmlFile.Element> els = xml.elements();
        for (int i = 0; i + 1 < els.size(); i++) {
            XmlFile.Element name = els.get(i);
            XmlFile.Element value = els.get(i + 1);
            if (name.name().equals("param-name") && name.text().equals("spring.profiles.active")
                    && value.name().equals("param-value")) {
                report(out, value.line(), 0, name.text(), value.text(), file.isMavenFiltered(),
                        "as a context parameter of " + file.fileName());
            }
        }
    }

    private static void checkDockerfile(SourceFile file, Reporter out) {
        Dockerfile docker = file.dockerfile();
        if (docker == null) {
            return;
        }
        for (Dockerfile.Instruction in : docker.instructions()) {
            String kw = in.keyword();
            if (kw.equals("ENV")) {
                for (String[] kv : envPairs(in.arguments())) {
                    String normalised = kv[0].toUpperCase(Locale.ROOT).replace('.', '_');
                    String v = unquote(kv[1]);
                    // an environment's name, or a build argument written into the image; not a
                    // feature or backend profile such as mysql
                    if (ENV_NAMES.contains(normalised) && !v.isBlank()
                            && (v.contains("$") || EnvironmentNames.deployIn(v) != null)) {
                        out.report(in.line(), 0, "ENV " + kv[0] + "=" + v
                                + " fixes the active environment in the image");
                    } else {
                        arguments(out, in, kv[1], "ENV " + kv[0]);
                    }
                }
            } else if (kw.equals("CMD") || kw.equals("ENTRYPOINT")) {
                String text = in.isExecForm() ? String.join(" ", in.execForm()) : in.arguments();
                arguments(out, in, text, kw);
            }
        }
    }

    /** Looks for a profile set on a command line; reports the first one whose shipped value is not empty. */
    private static void arguments(Reporter out, Dockerfile.Instruction in, String text, String where) {
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            if (report(out, in.line(), 0, m.group(1), unquote(m.group(2)), false, "in " + where)) {
                return;
            }
        }
    }

    /** Reports a setting whose value fixes an environment; false when the value leaves the choice to the deploy. */
    private static boolean report(Reporter out, int line, int column, String key, String rawValue, boolean filtered,
            String where) {
        String value = unquote(rawValue.strip());
        if (Placeholders.hasMavenToken(value) || Placeholders.hasMavenProperty(value, filtered)) {
            out.report(line, column, key + "=" + value + " " + where + " is filled in by Maven at build time: "
                    + "the environment is fixed in the artifact");
            return true;
        }
        String shipped = Placeholders.shipped(value);
        if (shipped.isEmpty() || shipped.equalsIgnoreCase("default")) {
            return false;
        }
        if (EnvironmentNames.deployIn(shipped) == null) {
            // profiles that switch a feature or a backend, not an environment: Spring Cloud Config
            // Server's documented `native`, `metrics`, `swagger`, `mysql`
            return false;
        }
        String what = Placeholders.hasPlaceholder(value)
                ? key + " defaults to '" + shipped + "' " + where + " when the environment sets nothing"
                : key + "=" + shipped + " " + where + " fixes the active environment";
        out.report(line, column, what);
        return true;
    }

    /** {@code ENV K=V K2="V 2"} or the legacy {@code ENV K V}: {key, value} pairs. */
    static List<String[]> envPairs(String args) {
        String a = args.strip();
        int firstSpace = a.indexOf(' ');
        int firstEq = a.indexOf('=');
        if (firstEq < 0 || (firstSpace >= 0 && firstSpace < firstEq)) {
            return firstSpace < 0 ? List.of() : List.<String[]>of(new String[] {a.substring(0, firstSpace), a.substring(firstSpace + 1)});
        }
        List<String[]> out = new java.util.ArrayList<>();
        Matcher m = ENV_PAIR.matcher(a);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
