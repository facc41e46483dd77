package io.github.twelvefactor.rules.dependencies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.model.BuildBase;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.PomCoordinates;
import io.github.twelvefactor.rules.PomModel;

/**
 * A build plugin declared in this pom whose version no pom sets: neither the plugin element, nor a
 * {@code pluginManagement} (this pom's or a parent's), nor a parent's plugin.
 *
 * <p>What Maven really hands over, and how each case reads:
 * <ul>
 * <li>A version written in any pom carries the location of that pom: pinned.</li>
 * <li>A plugin of the packaging's lifecycle ({@code maven-compiler-plugin} for a jar...) gets its
 * version from Maven's default lifecycle bindings, located in
 * {@code org.apache.maven:maven-core:<version>:default-lifecycle-bindings}; the managed plugins of
 * the super POM ({@code maven-dependency-plugin}, {@code maven-antrun-plugin}...) from
 * {@code maven-model-builder:<version>:super-pom}. Both change with the Maven that runs the build:
 * unpinned.</li>
 * <li>Any other plugin without version is resolved by Maven, before the first mojo runs, to the
 * newest release in the repository that runs on this Maven, and the version is written into the model
 * without a location: unpinned.</li>
 * <li>In a raw model (no Maven: tests and tools) a missing version is looked up in this pom's
 * {@code pluginManagement}; when the pom has a parent that may pin it, the rule stays silent. A
 * model read without locations cannot tell a written version from a resolved one: a version there
 * counts as pinned.</li>
 * </ul>
 * Plugins Maven binds by default and the pom never mentions are not findings: there is no line to
 * point at, and every Maven build has them. A plugin inherited from a parent is reported by the
 * parent's audit.
 */
@RuleDefinition(id = "unpinned-plugin", factor = Factor.II, severity = Severity.WARNING,
        bad = "<plugin>\n  <artifactId>maven-surefire-plugin</artifactId>\n</plugin>",
        good = "<plugin>\n  <artifactId>maven-surefire-plugin</artifactId>\n  <version>3.5.4</version>\n</plugin>",
        summary = "A build plugin whose version no pom sets (Maven picks its default or the newest release)",
        remediation = "Give the plugin an explicit <version>, in the plugin element or once in <pluginManagement> "
                + "(or inherit one from a parent such as spring-boot-starter-parent), so that every Maven and every day "
                + "builds with the same plugin; maven-enforcer's requirePluginVersions keeps it that way.")
public final class UnpinnedPluginRule implements ProjectRule {

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        PomModel pom = PomModel.of(module);
        if (pom == null || pom.model().getBuild() == null) {
            return;
        }
        Reporter reporter = out.at(pom.pom());
        Set<String> seen = new HashSet<>();
        for (Profile p : pom.model().getProfiles()) {
            if (p.getBuild() != null) {
                check(pom, p.getBuild(), p, reporter, seen);
            }
        }
        check(pom, pom.model().getBuild(), null, reporter, seen);
    }

    /**
     * {@code seen}: an active profile's plugins are in the effective build too; each element is
     * judged once, as its profile's.
     */
    private static void check(PomModel pom, BuildBase build, Profile profile, Reporter out, Set<String> seen) {
        for (Plugin plugin : build.getPlugins()) {
            PomModel.Place place = pom.elementPlace(new PomCoordinates.Coordinate(PomCoordinates.Kind.PLUGIN,
                    plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion(), plugin, profile));
            if (place == null || !seen.add(place.line() + " " + plugin.getKey())) {
                continue;
            }
            String problem = problem(pom, plugin, profile);
            if (problem != null) {
                out.report(place.line(), place.column(), "plugin " + plugin.getKey()
                        + (profile == null ? "" : " in profile '" + profile.getId() + "'") + " " + problem);
            }
        }
    }

    /** What is wrong with the plugin's version, or null when a pom pins it (or may, unseen). */
    private static String problem(PomModel pom, Plugin plugin, Profile profile) {
        String version = plugin.getVersion();
        if (version != null && !version.isBlank()) {
            InputLocation loc = plugin.getLocation("version");
            if (loc == null && !pom.tracksLocations()) {
                return null; // a model without locations: a pom wrote it, there is no telling which
            }
            if (loc == null) {
                return "has no version: Maven resolved it from the repository (" + version + " today)";
            }
            String maven = PomModel.mavenDefault(loc);
            return maven == null ? null : "has no version: Maven " + maven + "'s default " + version + " applies";
        }
        for (Plugin managed : managed(pom, profile)) {
            if (managed.getKey().equals(plugin.getKey()) && managed.getVersion() != null && !managed.getVersion().isBlank()) {
                return null;
            }
        }
        if (pom.model().getParent() != null) {
            return null; // a raw model: the parent may manage it
        }
        return "has no version: Maven picks its default or the newest release";
    }

    private static List<Plugin> managed(PomModel pom, Profile profile) {
        List<Plugin> out = new ArrayList<>();
        if (profile != null && profile.getBuild() != null && profile.getBuild().getPluginManagement() != null) {
            out.addAll(profile.getBuild().getPluginManagement().getPlugins());
        }
        if (pom.model().getBuild().getPluginManagement() != null) {
            out.addAll(pom.model().getBuild().getPluginManagement().getPlugins());
        }
        return out;
    }
}
