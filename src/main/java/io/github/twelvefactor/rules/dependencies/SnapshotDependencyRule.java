package io.github.twelvefactor.rules.dependencies;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.maven.model.InputLocation;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.PomModel;
import io.github.twelvefactor.rules.PomCoordinates;
import io.github.twelvefactor.rules.PomCoordinates.Coordinate;

/**
 * A {@code -SNAPSHOT} (or timestamped snapshot, {@code 1.0-20240102.030405-6}) version on a
 * dependency, managed dependency, plugin, plugin dependency, extension or parent that this build
 * does not make itself: the same pom builds something else whenever the snapshot repository moves.
 *
 * <p>Not a finding: the project's own version; a project of the same reactor
 * ({@link ModuleView#reactorArtifacts()}); a sibling of the same multi-module project when one
 * module is built alone (same groupId and the same version as this project: the version train of
 * one source tree); this audit plugin itself (a team trying a snapshot of the audit is not building
 * its app from one). A version that comes from a reactor project's management is reported once, in
 * that project's pom; one that comes from an outside parent or BOM is reported where this pom
 * uses it.
 */
@RuleDefinition(id = "snapshot-dependency", factor = Factor.II, severity = Severity.ERROR,
        bad = "<artifactId>pricing-client</artifactId><version>1.3.0-SNAPSHOT</version>",
        good = "<artifactId>pricing-client</artifactId><version>1.3.0</version>",
        summary = "A -SNAPSHOT dependency, plugin, extension or parent that this reactor does not build",
        remediation = "Depend on a released version (or build the module in this reactor); a snapshot changes under "
                + "the same coordinates, so the same commit no longer builds the same artifact. If you need unreleased "
                + "changes, release them (even as 1.2.0-rc1) or vendor the module into this reactor.")
public final class SnapshotDependencyRule implements ProjectRule {
    private static final Pattern SNAPSHOT = Pattern.compile("(^|-)SNAPSHOT$|-\\d{8}\\.\\d{6}-\\d+$");
    private static final String SELF = "io.github.twelvefactor:twelvefactor-maven-plugin";

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
            if (version == null || !SNAPSHOT.matcher(version.trim()).find() || builtHere(pom, c, version, module)) {
                continue;
            }
            PomModel.Place place = pom.place(c, "version", module.reactorArtifacts());
            String coordinates = key(pom, c) + ":" + version.trim();
            if (place == null || !reported.add(place.line() + " " + coordinates)) {
                continue;
            }
            reporter.report(place.line(), place.column(), "SNAPSHOT " + c.kind().label() + " " + coordinates + c.where()
                    + " is not built in this reactor" + origin(pom, c.element().getLocation("version")));
        }
    }

    static String key(PomModel pom, Coordinate c) {
        boolean plugin = c.kind() == PomCoordinates.Kind.PLUGIN || c.kind() == PomCoordinates.Kind.MANAGED_PLUGIN;
        String group = c.groupId() == null && plugin ? "org.apache.maven.plugins" : pom.resolve(c.groupId(), c.profile());
        return group + ":" + pom.resolve(c.artifactId(), c.profile());
    }

    private static boolean builtHere(PomModel pom, Coordinate c, String version, ModuleView module) {
        String key = key(pom, c);
        if (key.equals(SELF) || module.reactorArtifacts().contains(key)) {
            return true;
        }
        String group = key.substring(0, key.indexOf(':'));
        return group.equals(pom.groupId())
                && (key.endsWith(":" + pom.model().getArtifactId()) || version.trim().equals(pom.version()));
    }

    /** " (version from g:a:v)" when the version was set by another pom than this one. */
    static String origin(PomModel pom, InputLocation loc) {
        if (loc == null || pom.here(loc) || loc.getSource() == null || loc.getSource().getModelId() == null) {
            return "";
        }
        return " (version from " + loc.getSource().getModelId() + ")";
    }
}
