package io.github.twelvefactor.rules.parity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.parity.DatabaseSightings.Sighting;

/**
 * Two database engines for one app across its environments: an embedded or file engine (H2,
 * HSQLDB, Derby, SQLite) in one place and a server engine (PostgreSQL, MySQL, MariaDB, Oracle,
 * SQL Server) in another. Places are main and test config, profile files and sections, compose
 * services, XML config, JDBC URLs in Java, and driver artifacts in the pom
 * ({@link DatabaseSightings}).
 *
 * <p>One finding per divergence: per file (the pom counts as one) and embedded engine, at the first
 * line where that file names it, and naming the most telling place of a server engine (main config
 * before profiles, other config, compose, pom, main code, test config, test code; another file
 * before the same one) with its file and line. The finding is {@code info} instead of
 * {@code warning} when Testcontainers runs that server engine too (a Testcontainers module in the
 * pom, a {@code jdbc:tc:} URL, a {@code PostgreSQLContainer} in code): the team already tests on
 * the real engine somewhere, and the embedded one is a leftover rather than the only test path.
 * A module with only embedded or only server engines is at parity and stays silent.
 */
@RuleDefinition(id = "database-parity", factor = Factor.X, severity = Severity.WARNING, readsTests = true,
        bad = "<artifactId>h2</artifactId><scope>test</scope>   <!-- beside org.postgresql:postgresql -->",
        good = "<artifactId>testcontainers-postgresql</artifactId><scope>test</scope>   <!-- the same engine as production -->",
        summary = "An embedded database (H2, HSQLDB, Derby, SQLite) in one environment, a server database in another",
        remediation = "Run the same database engine everywhere: test and develop against the production engine with "
                + "Testcontainers (jdbc:tc:postgresql:16:///app, or @ServiceConnection) or a compose service, and drop "
                + "the embedded engine and its driver.")
public final class DatabaseParityRule implements ProjectRule {
    // plain comparators and loops, no lambdas: a project rule runs in every module (see Finding.comparePlace)
    private static final Comparator<Sighting> ORDER = new Comparator<>() {
        @Override
        public int compare(Sighting a, Sighting b) {
            int c = a.path().compareTo(b.path());
            return c != 0 ? c : Integer.compare(a.line(), b.line());
        }
    };

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        DatabaseSightings sightings = DatabaseSightings.of(module);
        List<Sighting> servers = new ArrayList<>();
        List<Sighting> embeddedOnes = new ArrayList<>();
        for (Sighting s : sightings.all) {
            if (!s.engine().embedded()) {
                servers.add(s);
            } else if (s.file() != null) {
                embeddedOnes.add(s);
            }
        }
        if (servers.isEmpty()) {
            return;
        }
        embeddedOnes.sort(ORDER);
        Map<String, Sighting> divergences = new LinkedHashMap<>();
        for (Sighting s : embeddedOnes) {
            divergences.putIfAbsent(s.path() + "\u0000" + s.engine(), s);
        }
        for (Sighting embedded : divergences.values()) {
            Sighting server = closest(servers, embedded);
            boolean tested = sightings.testcontainers.contains(server.engine());
            String message = embedded.engine().label() + " (" + embedded.place() + ") here, but "
                    + server.engine().label() + " in " + server.at() + " (" + server.place()
                    + "): two database engines for one app"
                    + (tested ? "; Testcontainers for " + server.engine().label() + " is also used" : "");
            if (tested) {
                out.at(embedded.file()).report(embedded.line(), 0, message, Severity.INFO);
            } else {
                out.at(embedded.file()).report(embedded.line(), 0, message);
            }
        }
    }

    /** The server sighting to name beside an embedded one: another file's first, then by rank, then place. */
    private static Sighting closest(List<Sighting> servers, Sighting embedded) {
        Sighting best = null;
        for (Sighting s : servers) {
            if (best == null || compareAsPartner(s, best, embedded) < 0) {
                best = s;
            }
        }
        return best;
    }

    private static int compareAsPartner(Sighting a, Sighting b, Sighting embedded) {
        int c = Integer.compare(a.path().equals(embedded.path()) ? 1 : 0, b.path().equals(embedded.path()) ? 1 : 0);
        if (c == 0) {
            c = Integer.compare(a.rank(), b.rank());
        }
        return c != 0 ? c : ORDER.compare(a, b);
    }
}
