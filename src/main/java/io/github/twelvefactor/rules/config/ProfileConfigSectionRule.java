package io.github.twelvefactor.rules.config;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.EnvironmentNames;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * Environment groups inside one config file: a YAML (or {@code #---} properties) document activated
 * for a deploy ({@code spring.config.activate.on-profile: prod}, legacy {@code spring.profiles}),
 * Quarkus profile keys ({@code %prod.}, {@code %dev.}, {@code %staging.}), and
 * {@code <springProfile name="prod">} in {@code logback-spring.xml} / {@code log4j2-spring.xml}.
 * One finding per group, at its first line.
 *
 * <p>Spring groups count when they name a deploy ({@link EnvironmentNames}), as in
 * {@code profile-specific-config}: a document for {@code mysql} or {@code kafka} switches a
 * feature. Quarkus groups count whatever their name (RULES.md: {@code %<custom>.}), but for the
 * test suite's {@code %test.}. A Spring group for the test suite's {@code test} profile is fine too.
 */
@RuleDefinition(id = "profile-config-section", factor = Factor.III, severity = Severity.WARNING,
        bad = "---\nspring.config.activate.on-profile: prod\nspring.datasource.url: jdbc:postgresql://prod-db/shop",
        good = "spring.datasource.url: ${DATABASE_URL}   # one value, set per deploy",
        summary = "Settings grouped per environment inside one config file (on-profile documents, %prod. keys)",
        remediation = "Remove the per-environment section: keep one value per setting, written as a placeholder "
                + "(${DB_URL}) where deploys differ, and let each deploy set the environment variable.")
public final class ProfileConfigSectionRule implements FileRule {

    @Override
    public boolean accepts(SourceFile file) {
        return switch (file.kind()) {
            case PROPERTIES, YAML -> file.isMainConfig()
                    && (file.mentions("profile") || file.mentions("%"));
            case XML -> file.mentions("pringProfile");
            default -> false;
        };
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        if (file.kind() == FileKind.XML) {
            checkXml(file, out);
            return;
        }
        ConfigProfiles profiles = ConfigProfiles.of(file);
        Set<String> seen = new HashSet<>();
        for (ConfigEntry e : file.configEntries()) {
            String key = e.key();
            String quarkus = ConfigProfiles.quarkusProfile(key);
            if (quarkus != null) {
                boolean testOnly = EnvironmentNames.words(quarkus).stream().allMatch(EnvironmentNames.TEST_SUITE::equals);
                if (!testOnly && seen.add("%" + quarkus)) {
                    out.report(e.line(), e.column(), "Quarkus %" + quarkus + ". keys: settings for the '" + quarkus
                            + "' profile inside " + file.fileName());
                }
                continue;
            }
            if (e.value() == null || e.value().isBlank() || !ConfigProfiles.isActivation(key)) {
                continue;
            }
            String expression = e.value().strip();
            String env = EnvironmentNames.deployIn(expression);
            if (env != null && seen.add("doc" + profiles.document(e))) {
                String setting = key.startsWith("spring.profiles") ? "spring.profiles" : "spring.config.activate.on-profile";
                out.report(e.line(), e.column(), "document activated for '" + expression + "' (" + setting
                        + "): settings for the '" + env + "' environment inside " + file.fileName());
            }
        }
    }

    private static void checkXml(SourceFile file, Reporter out) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        for (XmlFile.Element el : xml.elements()) {
            if (!el.name().toLowerCase(Locale.ROOT).equals("springprofile")) {
                continue;
            }
            String name = el.attribute("name");
            String env = EnvironmentNames.deployIn(name);
            if (env != null) {
                out.report(el.line(), 0, "<" + el.name() + " name=\"" + name + "\">: logging set up per environment ('"
                        + env + "') inside " + file.fileName());
            }
        }
    }
}
