package io.github.twelvefactor.rules;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.Profile;

/** The coordinates a pom model names (groupId, artifactId, version), each with the element that names it. */
public final class PomCoordinates {

    private PomCoordinates() {
    }

    /** What kind of element names a coordinate. */
    public enum Kind {
        PARENT("parent"), DEPENDENCY("dependency"), MANAGED_DEPENDENCY("managed dependency"),
        PLUGIN("plugin"), MANAGED_PLUGIN("managed plugin"), PLUGIN_DEPENDENCY("plugin dependency"),
        EXTENSION("extension");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isDependency() {
            return this == DEPENDENCY || this == MANAGED_DEPENDENCY || this == PLUGIN_DEPENDENCY;
        }
    }

    /**
     * One coordinate the build uses. {@code element} is the {@link Dependency}, {@link Plugin},
     * {@link Extension} or {@link Parent}; {@code profile} the profile that declares it, or null.
     */
    public record Coordinate(Kind kind, String groupId, String artifactId, String version, InputLocationTracker element,
            Profile profile) {
        public String key() {
            return groupId + ":" + artifactId;
        }

        /** " in profile 'x'", or "". */
        public String where() {
            return profile == null ? "" : " in profile '" + profile.getId() + "'";
        }
    }

    /**
     * Every coordinate of a model, profiles' first: the parent, dependencies and managed ones,
     * plugins, managed plugins and their dependencies, build extensions.
     */
    static List<Coordinate> of(Model model) {
        List<Coordinate> out = new ArrayList<>();
        Parent parent = model.getParent();
        if (parent != null) {
            out.add(new Coordinate(Kind.PARENT, parent.getGroupId(), parent.getArtifactId(), parent.getVersion(), parent,
                    null));
        }
        // profiles first: Maven merges an active profile into the build, and a rule that reports an
        // element once should name the profile that declares it
        for (Profile p : model.getProfiles()) {
            collect(out, p.getDependencies(), p.getDependencyManagement(), p.getBuild(), p);
        }
        collect(out, model.getDependencies(), model.getDependencyManagement(), model.getBuild(), null);
        if (model.getBuild() != null) {
            for (Extension e : model.getBuild().getExtensions()) {
                out.add(new Coordinate(Kind.EXTENSION, e.getGroupId(), e.getArtifactId(), e.getVersion(), e, null));
            }
        }
        return out;
    }

    private static void collect(List<Coordinate> out, List<Dependency> deps, DependencyManagement managed,
            BuildBase build, Profile profile) {
        for (Dependency d : deps) {
            out.add(dependency(Kind.DEPENDENCY, d, profile));
        }
        if (managed != null) {
            for (Dependency d : managed.getDependencies()) {
                out.add(dependency(Kind.MANAGED_DEPENDENCY, d, profile));
            }
        }
        if (build == null) {
            return;
        }
        plugins(out, Kind.PLUGIN, build.getPlugins(), profile);
        PluginManagement pm = build.getPluginManagement();
        if (pm != null) {
            plugins(out, Kind.MANAGED_PLUGIN, pm.getPlugins(), profile);
        }
    }

    private static void plugins(List<Coordinate> out, Kind kind, List<Plugin> plugins, Profile profile) {
        for (Plugin p : plugins) {
            out.add(new Coordinate(kind, p.getGroupId(), p.getArtifactId(), p.getVersion(), p, profile));
            for (Dependency d : p.getDependencies()) {
                out.add(dependency(Kind.PLUGIN_DEPENDENCY, d, profile));
            }
        }
    }

    private static Coordinate dependency(Kind kind, Dependency d, Profile profile) {
        return new Coordinate(kind, d.getGroupId(), d.getArtifactId(), d.getVersion(), d, profile);
    }
}
