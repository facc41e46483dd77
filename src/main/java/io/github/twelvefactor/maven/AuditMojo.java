package io.github.twelvefactor.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.shared.utils.logging.MessageUtils;

import io.github.twelvefactor.engine.AuditRequest;
import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.RuleCatalog;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.report.ConsoleReport;
import io.github.twelvefactor.report.ReportWriter;

/**
 * Audits the module against the twelve factors, prints the findings, writes the reports and fails
 * the build when a finding at or above {@code failOnSeverity} is not suppressed.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class AuditMojo extends AbstractMojo {
    static final Set<String> FORMATS = Set.of("console", "sarif", "json", "html");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    /** Skip the audit. */
    @Parameter(property = "twelvefactor.skip", defaultValue = "false")
    private boolean skip;

    /** Fail the build on findings at or above this severity: {@code error}, {@code warning}, {@code info} or {@code none}. */
    @Parameter(property = "twelvefactor.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** Per-rule severity: rule id to {@code error}, {@code warning}, {@code info} or {@code off}. */
    @Parameter
    private Map<String, String> rules;

    /** Ant-style globs, relative to the module's folder, of the files to audit. Default: all. */
    @Parameter(property = "twelvefactor.includes")
    private List<String> includes;

    /** Ant-style globs, relative to the module's folder, of files to leave out (comma-separated as a property). */
    @Parameter(property = "twelvefactor.excludes")
    private List<String> excludes;

    /** Also run every rule on test sources and test resources. */
    @Parameter(property = "twelvefactor.includeTests", defaultValue = "false")
    private boolean includeTests;

    /** Report formats, comma-separated: any of {@code console}, {@code sarif}, {@code json}, {@code html}. */
    @Parameter(property = "twelvefactor.formats", defaultValue = "console,sarif,html")
    private String formats;

    /** Where the reports go. */
    @Parameter(property = "twelvefactor.outputDirectory", defaultValue = "${project.build.directory}/twelvefactor")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("twelvefactor: audit skipped (twelvefactor.skip=true)");
            return;
        }
        Severity failAt = parseFailOnSeverity(failOnSeverity);
        Set<String> formatSet = parseFormats(formats);
        RuleCatalog catalog = RuleCatalog.load();
        AuditRequest request = new AuditRequest(project.getBasedir().toPath(), reactorRoot(),
                Path.of(project.getBuild().getDirectory()), nestedModuleDirs(), includes, excludes, includeTests,
                rules, project.getModel(), AuditRequest.DEFAULT_MAX_FILE_SIZE, reactorArtifacts(project, session));
        AuditResult result;
        try {
            catalog.configure(rules);
            result = new Auditor(catalog).audit(request);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("twelvefactor: cannot audit " + project.getBasedir() + ": " + e.getMessage(), e);
        }
        if (formatSet.contains("console")) {
            ConsoleReport.render(result, failAt, new ConsoleReport.Sink() {
                @Override
                public void info(String line) {
                    log.info(line);
                }

                @Override
                public void warn(String line) {
                    log.warn(line);
                }

                @Override
                public void error(String line) {
                    log.error(line);
                }

                @Override
                public String strong(String text) {
                    return MessageUtils.buffer().strong(text).toString();
                }

                @Override
                public String failure(String text) {
                    return MessageUtils.buffer().failure(text).toString();
                }

                @Override
                public String notice(String text) {
                    return MessageUtils.buffer().warning(text).toString();
                }
            });
        }
        List<Path> written;
        try {
            written = ReportWriter.write(formatSet, outputDirectory.toPath(), result, catalog.configure(rules),
                    reactorRoot(), pluginVersion(), project.getArtifactId());
        } catch (IOException e) {
            throw new MojoExecutionException("twelvefactor: cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        for (Path p : written) {
            log.info("twelvefactor: report written to " + p);
        }
        if (failAt != null) {
            long failing = result.findings().stream().filter(f -> f.severity().atLeast(failAt)).count();
            if (failing > 0) {
                throw new MojoFailureException("twelvefactor: " + failing + (failing == 1 ? " finding" : " findings")
                        + " at or above severity '" + failAt.id() + "' (" + result.count(Severity.ERROR) + " errors, "
                        + result.count(Severity.WARNING) + " warnings, " + result.count(Severity.INFO) + " info)"
                        + (written.isEmpty() ? "" : "; reports in " + outputDirectory));
            }
        }
    }

    static Severity parseFailOnSeverity(String value) throws MojoExecutionException {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("none")) {
            return null;
        }
        Severity s = Severity.parse(v);
        if (s == null) {
            throw new MojoExecutionException("Invalid value '" + value + "' for failOnSeverity (twelvefactor.failOnSeverity)."
                    + " Accepted: " + Severity.accepted() + ", none");
        }
        return s;
    }

    static Set<String> parseFormats(String value) throws MojoExecutionException {
        Set<String> out = new LinkedHashSet<>();
        for (String f : (value == null ? "" : value).split(",")) {
            String t = f.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (!FORMATS.contains(t)) {
                throw new MojoExecutionException("Invalid format '" + f.trim() + "' in formats (twelvefactor.formats)."
                        + " Accepted: " + String.join(", ", new java.util.TreeSet<>(FORMATS)));
            }
            out.add(t);
        }
        return out;
    }

    /** The reactor's top folder: reports' paths are relative to it, the same in every module. */
    private Path reactorRoot() {
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
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Set<Path> dirs = new LinkedHashSet<>();
        for (String m : project.getModules()) {
            Path p = base.resolve(m).normalize();
            dirs.add(p.toString().endsWith(".xml") ? p.getParent() : p);
        }
        if (session != null) {
            for (MavenProject other : session.getAllProjects()) {
                Path p = other.getBasedir().toPath().toAbsolutePath().normalize();
                if (!p.equals(base) && p.startsWith(base)) {
                    dirs.add(p);
                }
            }
        }
        return new ArrayList<>(dirs);
    }

    private String pluginVersion() {
        return plugin != null && plugin.getVersion() != null ? plugin.getVersion() : "unknown";
    }
}
