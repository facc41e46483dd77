package io.github.twelvefactor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import io.github.twelvefactor.engine.AtomicFiles;
import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.ContentDigest;
import io.github.twelvefactor.engine.Rule;
import io.github.twelvefactor.engine.Severity;

/**
 * Writes the file reports a user asked for into the output folder.
 *
 * <p>SARIF and HTML show nothing that changes from one build to the next but what the audit found
 * (no time, no cache figures), so a build that would write them byte for byte as they are keeps them:
 * {@value #STAMP_FILE} holds a digest of everything they show, and each one's size and modification
 * time as written. A report that was deleted or touched since is written again. JSON holds the audit's
 * time and is always written.
 */
public final class ReportWriter {
    /** The digest of the last reports' content and each one's size and time, beside them. */
    public static final String STAMP_FILE = "twelvefactor-reports.stamp";

    /** The report files: those written now, and those kept as they were (their content would not change). */
    public record Written(List<Path> written, List<Path> kept) {
        /** All of them, in format order. */
        public List<Path> all() {
            List<Path> all = new ArrayList<>(written);
            all.addAll(kept);
            return all;
        }
    }

    private ReportWriter() {
    }

    /**
     * Writes every report asked for.
     *
     * @param category the module's name: SARIF's {@code automationDetails.id}, which lets GitHub take
     *                 one run per module of a reactor
     * @return the files written
     */
    public static List<Path> write(Set<String> formats, Path outputDirectory, AuditResult result,
            Map<Rule, Severity> rules, Path reactorRoot, String toolVersion, String category) throws IOException {
        return write(formats, outputDirectory, result, rules, reactorRoot, toolVersion, category, null).written();
    }

    /**
     * Writes the reports asked for, keeping a SARIF or HTML file whose content would not change.
     *
     * @param build the plugin's build (a rebuilt snapshot renders its reports its own way), or null
     *              to write every report
     */
    public static Written write(Set<String> formats, Path outputDirectory, AuditResult result, Map<Rule, Severity> rules,
            Path reactorRoot, String toolVersion, String category, String build) throws IOException {
        ReportContext ctx = ReportContext.of(toolVersion, reactorRoot, rules, result).withCategory(category);
        String key = build == null ? null : key(ctx, build);
        Map<String, String> before = key == null ? Map.of() : readStamps(outputDirectory, key);
        Map<String, String> after = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        if (formats.contains("sarif")) {
            keepOrWrite("sarif", ctx, outputDirectory, before, after, written, kept);
        }
        if (formats.contains("json")) {
            written.add(new JsonReport().writeTo(ctx, outputDirectory));
        }
        if (formats.contains("html")) {
            keepOrWrite("html", ctx, outputDirectory, before, after, written, kept);
        }
        if (key != null && !after.isEmpty() && !after.equals(before)) {
            StringBuilder text = new StringBuilder(key).append('\n');
            for (Map.Entry<String, String> e : after.entrySet()) {
                text.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
            }
            AtomicFiles.replace(outputDirectory.resolve(STAMP_FILE), text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Written(List.copyOf(written), List.copyOf(kept));
    }

    /**
     * A digest of everything SARIF and HTML show: the plugin's build (which fixes every rule's texts)
     * and version, where the reactor lies, the module's name, each rule's id and severity, and the
     * result but its time and cache figures. Written out field by field and digested as the cache
     * digests files ({@link ContentDigest}): hashing every rule's texts with SHA-256 cost about as much,
     * on a cold JVM, as writing the SARIF it was meant to spare.
     */
    static String key(ReportContext ctx, String build) {
        AuditResult r = ctx.result();
        StringBuilder k = new StringBuilder("reports 2\n").append(build).append('\n').append(ctx.toolVersion()).append('\n')
                .append(ctx.reactorRoot()).append('\n').append(ctx.category()).append('\n');
        for (Map.Entry<io.github.twelvefactor.engine.RuleMeta, Severity> e : ctx.rules().entrySet()) {
            k.append(e.getKey().id()).append('=').append(e.getValue()).append(',');
        }
        k.append('\n');
        for (io.github.twelvefactor.engine.Finding f : r.findings()) {
            k.append(f.ruleId()).append('\t').append(f.factor()).append('\t').append(f.severity()).append('\t')
                    .append(f.path()).append('\t').append(f.line()).append('\t').append(f.column()).append('\t')
                    .append(f.message()).append('\t').append(f.remediation()).append('\t').append(f.snippet()).append('\t')
                    .append(f.fingerprint()).append('\n');
        }
        for (io.github.twelvefactor.engine.FileIssue i : r.fileIssues()) {
            k.append(i.path()).append('\t').append(i.kind()).append('\t').append(i.reason()).append('\n');
        }
        k.append(r.suppressed()).append('\t').append(r.filesScanned()).append('\t').append(r.baselineApplied()).append('\n');
        for (String b : new TreeSet<>(r.baselined())) {
            k.append(b).append('\t');
        }
        k.append('\n');
        for (String b : r.fixedBaselineEntries()) {
            k.append(b).append('\t');
        }
        return ContentDigest.hex(k.toString());
    }

    /** Writes a report, or keeps its file when the file's stamp is the one recorded for this content. */
    private static void keepOrWrite(String format, ReportContext ctx, Path outputDirectory, Map<String, String> before,
            Map<String, String> after, List<Path> written, List<Path> kept) throws IOException {
        Path file = outputDirectory.resolve(format.equals("sarif") ? SarifReport.FILE_NAME : HtmlReport.FILE_NAME);
        if (unchanged(file, before)) {
            kept.add(file);
        } else if (format.equals("sarif")) {
            written.add(new SarifReport().writeTo(ctx, outputDirectory));
        } else {
            written.add(new HtmlReport().writeTo(ctx, outputDirectory));
        }
        after.put(file.getFileName().toString(), stamp(file));
    }

    /** The stamps of the last reports when they were written for {@code key}; none otherwise. */
    private static Map<String, String> readStamps(Path outputDirectory, String key) {
        List<String> lines;
        try {
            lines = Files.readAllLines(outputDirectory.resolve(STAMP_FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable or not text: every report is written again
        }
        if (lines.isEmpty() || !lines.get(0).equals(key)) {
            return Map.of();
        }
        Map<String, String> stamps = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                stamps.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return stamps;
    }

    private static boolean unchanged(Path file, Map<String, String> before) {
        String stamp = before.get(file.getFileName().toString());
        return stamp != null && !stamp.equals("none") && stamp.equals(stamp(file));
    }

    /** A file's size and modification time, or "none" when it cannot be read. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "\t" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return "none";
        }
    }
}
