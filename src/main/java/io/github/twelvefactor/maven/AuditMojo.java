package io.github.twelvefactor.maven;

import java.io.IOException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.fusesource.jansi.Ansi;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.Baseline;
import io.github.twelvefactor.engine.RuleCatalog;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.report.ConsoleReport;
import io.github.twelvefactor.report.ReportWriter;

/**
 * Audits the module against the twelve factors, prints the findings, writes the reports and fails
 * the build when a finding at or above {@code failOnSeverity} is neither suppressed nor in the baseline.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class AuditMojo extends AbstractScanMojo {
    static final Set<String> FORMATS = Set.of("console", "sarif", "json", "html");

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    /** Fail the build on findings at or above this severity: {@code error}, {@code warning}, {@code info} or {@code none}. */
    @Parameter(property = "twelvefactor.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** Report formats, comma-separated: any of {@code console}, {@code sarif}, {@code json}, {@code html}. */
    @Parameter(property = "twelvefactor.formats", defaultValue = "console,sarif,html")
    private String formats;

    /** Where the reports go. */
    @Parameter(property = "twelvefactor.outputDirectory", defaultValue = "${project.build.directory}/twelvefactor")
    private File outputDirectory;

    /**
     * Reuse the file rules' results of the last audit for files whose bytes did not change (same
     * digest of their bytes, same rules, same plugin build); stored in {@code outputDirectory}. A
     * stale, foreign or corrupt cache file is discarded and rewritten. {@code false} reads and writes
     * no cache.
     */
    @Parameter(property = "twelvefactor.cache", defaultValue = "true")
    private boolean cache;

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
        AuditResult result = applyBaseline(scan(catalog));
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
                    return styled(text, null);
                }

                @Override
                public String failure(String text) {
                    return styled(text, Ansi.Color.RED);
                }

                @Override
                public String notice(String text) {
                    return styled(text, Ansi.Color.YELLOW);
                }
            });
        }
        List<Path> written;
        try {
            ReportWriter.Written reports = ReportWriter.write(formatSet, outputDirectory.toPath(), result,
                    catalog.configure(rules), reactorRoot(), pluginVersion(), project.getArtifactId(), Auditor.pluginBuild());
            for (Path p : reports.written()) {
                log.info("twelvefactor: report written to " + p);
            }
            for (Path p : reports.kept()) {
                log.info("twelvefactor: report unchanged, kept: " + p);
            }
            written = reports.all();
        } catch (IOException e) {
            throw new MojoExecutionException("twelvefactor: cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        if (failAt != null) {
            long failing = result.failing(failAt);
            if (failing > 0) {
                throw new MojoFailureException("twelvefactor: " + failing + (result.baselineApplied() ? " new" : "")
                        + (failing == 1 ? " finding" : " findings")
                        + " at or above severity '" + failAt.id() + "' (" + result.count(Severity.ERROR) + " errors, "
                        + result.count(Severity.WARNING) + " warnings, " + result.count(Severity.INFO) + " info)"
                        + (written.isEmpty() ? "" : "; reports in " + outputDirectory));
            }
        }
    }

    /**
     * Bold text, in {@code color} when one is given, as Maven's own {@code MessageUtils} styles
     * strong, failure and warning text; plain when Maven turned colours off ({@code -B},
     * {@code -Dstyle.color=never}, no terminal), a switch Maven sets on the jansi it shares with plugins.
     */
    static String styled(String text, Ansi.Color color) {
        if (!Ansi.isEnabled()) {
            return text;
        }
        Ansi a = Ansi.ansi().bold();
        return (color == null ? a : a.fg(color)).a(text).reset().toString();
    }

    @Override
    protected Path cacheFile() {
        return cache && outputDirectory != null ? outputDirectory.toPath().resolve(Auditor.CACHE_FILE_NAME) : null;
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

    /** The result with the baseline file's verdicts, when the file exists; a malformed file fails. */
    private AuditResult applyBaseline(AuditResult result) throws MojoExecutionException {
        Path file = baselineFile();
        if (!Files.isRegularFile(file)) {
            return result;
        }
        try {
            return Baseline.read(file).apply(result);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("twelvefactor: cannot read the baseline file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private String pluginVersion() {
        return plugin != null && plugin.getVersion() != null ? plugin.getVersion() : "unknown";
    }
}
