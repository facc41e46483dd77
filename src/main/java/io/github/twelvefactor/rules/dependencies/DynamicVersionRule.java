package io.github.twelvefactor.rules.dependencies;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.PomModel;
import io.github.twelvefactor.rules.PomCoordinates.Coordinate;

/**
 * A version that Maven picks at build time: a range ({@code [1.0,2.0)}, {@code (,1.0]},
 * {@code [1.2,)}, unions of ranges) or the {@code LATEST} / {@code RELEASE} meta-versions, on a
 * dependency, managed dependency, plugin, plugin dependency, extension or parent (also when a
 * property holds it).
 *
 * <p>Only coordinates are read: version requirements inside plugin configuration (enforcer's
 * {@code requireMavenVersion}/{@code requireJavaVersion}, {@code <prerequisites>}) are not versions
 * of anything the build fetches. {@code [1.2.3]} (exactly 1.2.3) is pinned and stays silent.
 */
@RuleDefinition(id = "dynamic-version", factor = Factor.II, severity = Severity.ERROR,
        bad = "<version>[2.17,3.0)</version>",
        good = "<version>2.17.2</version>",
        summary = "A version range, LATEST or RELEASE on a dependency, plugin or extension",
        remediation = "Pin one exact version (<version>2.17.2</version>) and let a bot (Dependabot, Renovate, "
                + "versions-maven-plugin) propose upgrades as reviewed commits; a range or LATEST resolves to whatever "
                + "the repository holds on the day of the build.")
public final class DynamicVersionRule implements ProjectRule {
    /** One range: bracket, optional bounds with a comma, bracket. */
    private static final Pattern RANGE = Pattern.compile("[\\[(][^\\[\\]()]*,[^\\[\\]()]*[\\])]");

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        PomModel pom = PomModel.of(module);
        if (pom == null) {
            return;
        }
        Reporter reporter = out.at(pom.pom());
        Set<String> reported = new HashSet<>();
        for (Coordinate c : pom.coordinates()) {
            String version = pom.resolve(c.version(), c.profile());
            String kind = version == null ? null : dynamic(version.trim());
            if (kind == null) {
                continue;
            }
            PomModel.Place place = pom.place(c, "version", module.reactorArtifacts());
            String coordinates = SnapshotDependencyRule.key(pom, c);
            if (place == null || !reported.add(place.line() + " " + coordinates)) {
                continue;
            }
            reporter.report(place.line(), place.column(), kind + " " + version.trim() + " on " + c.kind().label() + " "
                    + coordinates + c.where() + SnapshotDependencyRule.origin(pom, c.element().getLocation("version")));
        }
    }

    /** "version range", "meta-version", or null for a version that names one release. */
    static String dynamic(String version) {
        if (version.equals("LATEST") || version.equals("RELEASE")) {
            return "meta-version";
        }
        if ((version.startsWith("[") || version.startsWith("(")) && RANGE.matcher(version).find()) {
            return "version range";
        }
        return null;
    }
}
