package io.github.twelvefactor.rules.dependencies;

import java.util.HashSet;
import java.util.Set;

import org.apache.maven.model.Dependency;

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
 * A dependency with {@code <scope>system</scope>} or a {@code <systemPath>}: a jar taken from a
 * path on the build machine instead of a repository, declared nowhere Maven can fetch it (and left
 * out of the packaged artifact by most packaging plugins). Dependencies, managed dependencies and
 * plugin dependencies, profiles included; one finding per dependency, at its scope (or at its
 * systemPath when the scope is not written as {@code system}).
 */
@RuleDefinition(id = "system-scope-dependency", factor = Factor.II, severity = Severity.ERROR,
        bad = "<dependency>\n  <groupId>com.acme</groupId><artifactId>tax</artifactId><version>1.0</version>\n  <scope>system</scope><systemPath>${project.basedir}/lib/tax.jar</systemPath>\n</dependency>",
        good = "<dependency>\n  <groupId>com.acme</groupId><artifactId>tax</artifactId><version>1.0</version>\n</dependency>  <!-- deployed once to the company repository -->",
        summary = "A system-scoped dependency or a <systemPath>: a jar from the build machine's disk",
        remediation = "Publish the jar to a repository the build uses (your Nexus/Artifactory, or "
                + "mvn deploy:deploy-file), or install it with mvn install:install-file in a documented setup step, "
                + "and depend on it with an ordinary compile or runtime scope; drop <systemPath>.")
public final class SystemScopeDependencyRule implements ProjectRule {

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        PomModel pom = PomModel.of(module);
        if (pom == null) {
            return;
        }
        Reporter reporter = out.at(pom.pom());
        Set<String> reported = new HashSet<>();
        for (Coordinate c : pom.coordinates()) {
            if (!c.kind().isDependency()) {
                continue;
            }
            Dependency d = (Dependency) c.element();
            boolean system = "system".equals(trim(pom.resolve(d.getScope(), c.profile())));
            String path = shown(trim(pom.resolve(d.getSystemPath(), c.profile())), module);
            if (!system && (path == null || path.isEmpty())) {
                continue;
            }
            PomModel.Place place = pom.place(c, system ? "scope" : "systemPath", module.reactorArtifacts());
            String coordinates = SnapshotDependencyRule.key(pom, c);
            if (place == null || !reported.add(place.line() + " " + coordinates)) {
                continue;
            }
            String what = system ? "system-scoped " + c.kind().label() : c.kind().label() + " with a systemPath";
            reporter.report(place.line(), place.column(), what + " " + coordinates + c.where()
                    + (path == null || path.isEmpty() ? "" : " from " + path));
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    /** The effective model holds the interpolated path: show it as the pom wrote it, not as this machine's. */
    private static String shown(String path, ModuleView module) {
        if (path == null || path.isEmpty() || module.pom() == null) {
            return path;
        }
        java.nio.file.Path base = module.pom().absolutePath().toAbsolutePath().getParent();
        try {
            java.nio.file.Path p = java.nio.file.Path.of(path).toAbsolutePath().normalize();
            if (base != null && p.startsWith(base.normalize())) {
                return "${project.basedir}/" + base.normalize().relativize(p).toString().replace('\\', '/');
            }
        } catch (java.nio.file.InvalidPathException e) {
            return path;
        }
        return path;
    }
}
