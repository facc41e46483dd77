package io.github.twelvefactor.rules.admin;

import java.util.Locale;
import java.util.Set;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.Placeholders;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * Spring runs its SQL scripts ({@code schema.sql}, {@code data.sql}) at every start against any
 * database: {@code spring.sql.init.mode=always}, legacy {@code spring.datasource.initialization-mode=always},
 * in main config. Not reported: {@code embedded} (Spring's default, in-memory databases only),
 * {@code never}, placeholders (the deploy decides), and development or test profiles.
 */
@RuleDefinition(id = "startup-data-init", factor = Factor.XII, severity = Severity.INFO,
        summary = "SQL init scripts run at every start of the app (spring.sql.init.mode=always)",
        remediation = "Run schema and data changes as a one-off admin process of the release (a Flyway or Liquibase "
                + "migration, a job run once per deploy) and leave spring.sql.init.mode at embedded or never.",
        bad = "spring.sql.init.mode=always",
        good = "spring.sql.init.mode=never\n# seed data as a Flyway migration or a one-off job")
public final class StartupDataInitRule implements FileRule {
    private static final Set<String> KEYS = Set.of("spring.sql.init.mode", "spring.datasource.initialization-mode");

    @Override
    public boolean accepts(SourceFile file) {
        return (file.kind() == FileKind.PROPERTIES || file.kind() == FileKind.YAML) && file.isMainConfig()
                && file.mentions("always");
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        ConfigProfiles profiles = null;
        for (ConfigEntry e : file.configEntries()) {
            if (!KEYS.contains(e.key()) || e.value() == null || Placeholders.hasPlaceholder(e.value())
                    || !e.value().strip().toLowerCase(Locale.ROOT).equals("always")) {
                continue;
            }
            profiles = profiles == null ? ConfigProfiles.of(file) : profiles;
            if (!profiles.developmentOnly(e)) {
                out.report(e.line(), e.column(), e.key() + "=always in " + file.fileName()
                        + " runs the SQL init scripts at every start");
            }
        }
    }
}
