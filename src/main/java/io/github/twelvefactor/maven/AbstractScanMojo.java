package io.github.twelvefactor.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Profile;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import io.github.twelvefactor.engine.AuditRequest;
import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.RuleCatalog;

/**
 * What {@code audit} and {@code baseline} share: the parameters that decide what is scanned and how
 * (so that a baseline accepts exactly what the audit would find), and the scan itself.
 */
abstract class AbstractScanMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Skip the goal. */
    @Parameter(property = "twelvefactor.skip", defaultValue = "false")
    protected boolean skip;

    /** Per-rule severity: rule id to {@code error}, {@code warning}, {@code info} or {@code off}. */
    @Parameter
    protected Map<String, String> rules;

    /** Ant-style globs, relative to the module's folder, of the files to audit. Default: all. */
    @Parameter(property = "twelvefactor.includes")
    protected List<String> includes;

    /** Ant-style globs, relative to the module's folder, of files to leave out (comma-separated as a property). */
    @Parameter(property = "twelvefactor.excludes")
    protected List<String> excludes;

    /** Also run every rule on test sources and test resources. */
    @Parameter(property = "twelvefactor.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /**
     * The baseline file: findings it lists are reported but do not fail the build. {@code audit}
     * reads it when present; {@code baseline} writes it.
     */
    @Parameter(property = "twelvefactor.baseline", defaultValue = "${project.basedir}/twelvefactor-baseline.json")
    protected File baseline;

    /** Scans the module with the configured rules; a bad rule setting fails with its message. */
    protected AuditResult scan(RuleCatalog catalog) throws MojoExecutionException {
        try {
            catalog.configure(rules);
            AuditResult result = new Auditor(catalog).withProgress(getLog()::info, Auditor.PROGRESS_INTERVAL_NANOS)
                    .withCache(cacheFile()).audit(auditRequest());
            AuditResult.Work work = result.work();
            getLog().info("twelvefactor: " + result.filesScanned() + " files read, " + work.javaParsed() + " parsed as Java"
                    + (work.cacheStatus() == null ? "" : ", " + work.fromCache() + " from the cache (cache "
                    + work.cacheStatus() + ")"));
            return result;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("twelvefactor: cannot audit " + project.getBasedir() + ": " + e.getMessage(), e);
        }
    }

    /** Where the file results are cached between audits, or null for no cache. */
    protected Path cacheFile() {
        return null;
    }

    /** The request for this module, from the shared parameters. */
    protected AuditRequest auditRequest() {
        return new AuditRequest(project.getBasedir().toPath(), reactorRoot(),
                Path.of(project.getBuild().getDirectory()), nestedModuleDirs(), includes, excludesAndBaseline(), includeTests,
                rules, project.getModel(), AuditRequest.DEFAULT_MAX_FILE_SIZE, reactorArtifacts(project, session));
    }

    /**
     * The user's excludes plus the baseline file: its hints quote the flagged lines (redacted), and a
     * rule must not find them again there.
     */
    private List<String> excludesAndBaseline() {
        List<String> out = new ArrayList<>(excludes == null ? List.of() : excludes);
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path file = baselineFile().toAbsolutePath().normalize();
        if (file.startsWith(base)) {
            out.add(base.relativize(file).toString().replace('\\', '/'));
        }
        return out;
    }

    /** The baseline file's path, never null. */
    protected Path baselineFile() {
        return baseline != null ? baseline.toPath()
                : project.getBasedir().toPath().resolve(io.github.twelvefactor.engine.Baseline.FILE_NAME);
    }

    /** The reactor's top folder: reports' paths are relative to it, the same in every module. */
    protected Path reactorRoot() {
        MavenProject top = session == null ? null : session.getTopLevelProject();
        if (top != null && top.getBasedir() != null) {
            return top.getBasedir().toPath();
        }
        if (session != null && session.getExecutionRootDirectory() != null) {
            return Path.of(session.getExecutionRootDirectory());
        }
        return project.getBasedir().toPath();
    }

    /**
     * {@code groupId:artifactId} of every project in the session, selected ({@code -pl}) or not:
     * their {@code -SNAPSHOT} versions are built here rather than fetched.
     */
    static Set<String> reactorArtifacts(MavenProject project, MavenSession session) {
        List<MavenProject> all = new ArrayList<>(List.of(project));
        if (session != null) {
            for (List<MavenProject> projects : java.util.Arrays.asList(session.getAllProjects(), session.getProjects())) {
                if (projects != null) {
                    all.addAll(projects);
                }
            }
        }
        Set<String> out = new java.util.TreeSet<>();
        for (MavenProject p : all) {
            if (p != null && p.getGroupId() != null && p.getArtifactId() != null) {
                out.add(p.getGroupId() + ":" + p.getArtifactId());
            }
        }
        return out;
    }

    /** Folders of other modules inside this one: they audit themselves. */
    private List<Path> nestedModuleDirs() {
        List<Path> others = new ArrayList<>();
        if (session != null) {
            for (MavenProject other : session.getAllProjects()) {
                others.add(other.getBasedir().toPath());
            }
        }
        return moduleDirs(project.getBasedir().toPath(), project.getModules(), project.getModel().getProfiles(), others);
    }

    /**
     * The folders under {@code basedir} that the module leaves to others: its modules, those of
     * every profile too, active or not (a module of an inactive profile is another project, audited
     * when its profile is on; read from here it would mix its files with this module's, say one
     * quickstart's H2 with another's PostgreSQL), and the reactor's projects below it.
     */
    static List<Path> moduleDirs(Path basedir, List<String> modules, List<Profile> profiles, List<Path> reactorDirs) {
        Path base = basedir.toAbsolutePath().normalize();
        Set<Path> dirs = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(modules);
        for (Profile profile : profiles) {
            all.addAll(profile.getModules());
        }
        for (String m : all) {
            Path p = base.resolve(m).normalize();
            dirs.add(p.toString().endsWith(".xml") ? p.getParent() : p);
        }
        for (Path other : reactorDirs) {
            Path p = other.toAbsolutePath().normalize();
            if (!p.equals(base) && p.startsWith(base)) {
                dirs.add(p);
            }
        }
        return new ArrayList<>(dirs);
    }
}
