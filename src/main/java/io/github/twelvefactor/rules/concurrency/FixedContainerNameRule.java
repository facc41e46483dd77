package io.github.twelvefactor.rules.concurrency;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ComposeServices;
import io.github.twelvefactor.source.ComposeFile;

/**
 * A compose {@code container_name:} on the project's own app service ({@link ComposeServices}:
 * built by compose, or the project's image): Docker allows one container per name, so
 * {@code docker compose up --scale app=2} fails. A name made of variables
 * ({@code ${APP_NAME:-orders}}) is just as fixed within one deploy and fires too.
 *
 * <p>Not reported: backing services (postgres, redis, kafka, keycloak...) and images the project
 * does not name: they run one instance by design.
 */
@RuleDefinition(id = "fixed-container-name", factor = Factor.VIII, severity = Severity.WARNING,
        bad = "services:\n  app:\n    build: .\n    container_name: shop",
        good = "services:\n  app:\n    build: .   # compose names the replicas shop-app-1, shop-app-2...",
        summary = "A compose container_name: on the app's own service, which stops docker compose up --scale",
        remediation = "Remove container_name: from the app's service; compose names containers <project>-<service>-<n>, "
                + "and other services reach the app by its service name, which resolves to every replica.")
public final class FixedContainerNameRule implements ProjectRule {

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        for (ComposeServices.Entry e : ComposeServices.of(module)) {
            ComposeFile.Value name = e.service().containerName();
            if (e.app() && name != null && !name.text().isBlank()) {
                out.at(e.file()).report(name.line(), name.column(), "container_name: " + name.text()
                        + " fixes the container of service '" + e.service().name()
                        + "': a second replica cannot start (docker compose up --scale)");
            }
        }
    }
}
