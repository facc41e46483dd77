package io.github.twelvefactor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import io.github.twelvefactor.source.JavaParsers;
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * Audits one module: lists its files, reads and classifies each once, runs the file rules on all
 * cores, then the project rules, then applies severities, suppressions and redaction and sorts the
 * findings. Knows nothing of Maven beyond the pom model.
 */
public final class Auditor {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** How often, at most, progress is reported on a big tree. */
    public static final long PROGRESS_INTERVAL_NANOS = 5_000_000_000L;

    private final RuleCatalog catalog;
    private final Consumer<String> progress;
    private final long progressIntervalNanos;

    public Auditor(RuleCatalog catalog) {
        this(catalog, null, PROGRESS_INTERVAL_NANOS);
    }

    private Auditor(RuleCatalog catalog, Consumer<String> progress, long progressIntervalNanos) {
        this.catalog = catalog;
        this.progress = progress;
        this.progressIntervalNanos = progressIntervalNanos;
    }

    /**
     * The same auditor, telling {@code sink} how many files it has audited, no more than once per
     * {@code intervalNanos}: a big tree shows that it moves, a small one says nothing.
     */
    public Auditor withProgress(Consumer<String> sink, long intervalNanos) {
        return new Auditor(catalog, sink, intervalNanos);
    }

    /**
     * @throws IllegalArgumentException when a rule setting names an unknown rule or severity
     * @throws IOException              when the module's folder cannot be listed
     */
    public AuditResult audit(AuditRequest request) throws IOException {
        long start = System.nanoTime();
        Map<Rule, Severity> active = catalog.configure(request.ruleSettings());
        FileWalker.Listing listing = new FileWalker(request).list();
        Path realRoot = request.rootDir().toRealPath();
        JavaParsers parsers = new JavaParsers();
        List<FileRule> fileRules = new ArrayList<>();
        List<ProjectRule> projectRules = new ArrayList<>();
        for (Rule r : active.keySet()) {
            if (r instanceof FileRule f) {
                fileRules.add(f);
            } else if (r instanceof ProjectRule p) {
                projectRules.add(p);
            }
        }

        Path realBase = request.basedir().toRealPath();
        FilteredResources filtered = new FilteredResources(request.model(), realBase);
        int n = listing.files().size();
        FileRun[] runs = new FileRun[n];
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        AtomicInteger done = new AtomicInteger();
        AtomicLong lastReport = new AtomicLong(start);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                runs[i] = runFile(listing.files().get(i), realRoot, realBase, request, parsers, fileRules, filtered);
                reportProgress(done.incrementAndGet(), n, lastReport);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("audit interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("audit failed: " + e.getCause().getClass().getSimpleName(), e.getCause());
        } finally {
            pool.shutdown();
        }

        List<FileIssue> issues = new ArrayList<>(listing.issues());
        List<FileRun> read = new ArrayList<>();
        for (FileRun run : runs) {
            if (run.issue != null) {
                issues.add(run.issue);
            }
            if (run.file != null) {
                read.add(run);
            }
        }
        List<String> binaries = listing.binaries().stream()
                .map(p -> realBase.relativize(p).toString().replace('\\', '/')).toList();
        List<FileRun> unread = runProjectRules(projectRules, read, binaries, request, issues);
        for (FileRun run : read) {
            if (run.file.problem() != null) {
                issues.add(new FileIssue(run.file.displayPath(), FileIssue.Kind.UNPARSABLE, run.file.problem().getMessage()));
            }
            XmlFile xml = run.file.xml();
            if (xml != null && xml.externalEntityIgnored()) {
                issues.add(new FileIssue(run.file.displayPath(), FileIssue.Kind.NOTICE,
                        "declares an external entity: not resolved, not fetched"));
            }
        }

        List<Finding> findings = new ArrayList<>();
        int suppressed = 0;
        for (FileRun run : read) {
            Suppressions sup = Suppressions.none(run.file) ? null : new Suppressions(run.file);
            for (FileRun.Raw raw : run.raws) {
                if (sup != null && sup.suppressed(raw.rule().meta().id(), raw.line())) {
                    suppressed++;
                    continue;
                }
                findings.add(run.toFinding(raw, active.get(raw.rule())));
            }
        }
        for (FileRun run : unread) {
            for (FileRun.Raw raw : run.raws) {
                findings.add(run.toFinding(raw, active.get(raw.rule())));
            }
        }
        issues.sort(Comparator.comparing(FileIssue::path).thenComparing(FileIssue::kind));
        findings.sort(ORDER);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new AuditResult(List.copyOf(Fingerprints.assign(findings)), suppressed, List.copyOf(issues),
                read.size(), millis);
    }

    private void reportProgress(int done, int total, AtomicLong lastReport) {
        if (progress == null || done == total) {
            return;
        }
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last >= progressIntervalNanos && lastReport.compareAndSet(last, now)) {
            progress.accept("twelvefactor: " + done + " of " + total + " files audited");
        }
    }

    private FileRun runFile(Path path, Path realRoot, Path realBase, AuditRequest request, JavaParsers parsers,
            List<FileRule> rules, FilteredResources filtered) {
        String display = realRoot.relativize(path).toString().replace('\\', '/');
        String modulePath = realBase.relativize(path).toString().replace('\\', '/');
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            return FileRun.failed(new FileIssue(display, FileIssue.Kind.SKIPPED, "unreadable: " + e.getClass().getSimpleName()));
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded == null) {
            boolean expectedText = io.github.twelvefactor.source.FileKind.of(path.getFileName().toString())
                    != io.github.twelvefactor.source.FileKind.TEXT;
            return FileRun.failed(expectedText ? new FileIssue(display, FileIssue.Kind.SKIPPED, "binary content") : null);
        }
        SourceFile file = new SourceFile(path, modulePath, display, decoded.text(), parsers);
        file.setMavenFiltered(filtered.filtered(path));
        FileRun run = new FileRun(file);
        for (FileRule rule : rules) {
            if (file.isTest() && !request.includeTests() && !rule.meta().readsTests()) {
                continue;
            }
            try {
                if (rule.accepts(file)) {
                    rule.check(file, run.reporter(rule));
                }
            } catch (RuntimeException | StackOverflowError e) {
                run.internalErrors.add(new FileIssue(display, FileIssue.Kind.INTERNAL_ERROR,
                        "rule " + rule.meta().id() + " failed: " + e.getClass().getSimpleName()));
            }
        }
        if (decoded.note() != null) {
            run.internalErrors.add(new FileIssue(display, FileIssue.Kind.NOTICE, decoded.note()));
        }
        file.releaseJava();
        return run;
    }

    /**
     * Runs the project rules; returns the runs of the binary files they reported on (files that were
     * listed but not read: no snippet, no suppression comment).
     */
    private List<FileRun> runProjectRules(List<ProjectRule> rules, List<FileRun> runs, List<String> binaries,
            AuditRequest request, List<FileIssue> issues) {
        for (FileRun run : runs) {
            issues.addAll(run.internalErrors);
        }
        if (rules.isEmpty()) {
            return List.of();
        }
        Map<String, FileRun> unread = new TreeMap<>();
        List<String> binariesNoTests = binaries.stream()
                .filter(p -> Scope.of(p) != Scope.TEST)
                .toList();
        Map<String, FileRun> byPath = new HashMap<>();
        Map<SourceFile, FileRun> byFile = new java.util.IdentityHashMap<>();
        List<SourceFile> all = new ArrayList<>();
        List<SourceFile> noTests = new ArrayList<>();
        SourceFile pom = null;
        for (FileRun run : runs) {
            byFile.put(run.file, run);
            byPath.put(run.file.path(), run);
            all.add(run.file);
            if (!run.file.isTest()) {
                noTests.add(run.file);
            }
            if (run.file.path().equals("pom.xml")) {
                pom = run.file;
            }
        }
        for (ProjectRule rule : rules) {
            boolean tests = request.includeTests() || rule.meta().readsTests();
            ModuleView view = new ModuleView(tests ? all : noTests, request.model(), pom,
                    tests ? binaries : binariesNoTests, request.reactorArtifacts());
            try {
                rule.check(view, new ProjectReporter() {
                    @Override
                    public Reporter at(SourceFile file) {
                        FileRun run = byFile.get(file);
                        if (run == null) {
                            throw new IllegalArgumentException("not a file of this module");
                        }
                        return run.reporter(rule);
                    }

                    @Override
                    public Reporter atPath(String modulePath) {
                        FileRun run = byPath.get(modulePath);
                        if (run != null) {
                            return run.reporter(rule);
                        }
                        if (!view.binaryFiles().contains(modulePath)) {
                            throw new IllegalArgumentException("not a file of this module");
                        }
                        return unread.computeIfAbsent(modulePath, p -> FileRun.unread(
                                request.display(request.basedir().resolve(p)))).reporter(rule);
                    }
                });
            } catch (RuntimeException | StackOverflowError e) {
                issues.add(new FileIssue(request.display(request.basedir()), FileIssue.Kind.INTERNAL_ERROR,
                        "rule " + rule.meta().id() + " failed: " + e.getClass().getSimpleName()));
            }
        }
        return List.copyOf(unread.values());
    }

    /** The findings of one file before severities, suppression and redaction are applied. */
    private static final class FileRun {
        /** {@code cap}: the severity the rule asked for this finding, or null for the rule's own. */
        record Raw(Rule rule, int line, int column, String message, Severity cap) {
        }

        final SourceFile file;
        /** The path reports show: the file's, or that of a binary file that was not read. */
        final String display;
        final FileIssue issue;
        final List<Raw> raws = new ArrayList<>();
        final Set<String> secrets = new LinkedHashSet<>();
        final List<FileIssue> internalErrors = new ArrayList<>();

        FileRun(SourceFile file) {
            this(file, file.displayPath(), null);
        }

        private FileRun(SourceFile file, String display, FileIssue issue) {
            this.file = file;
            this.display = display;
            this.issue = issue;
        }

        static FileRun failed(FileIssue issue) {
            return new FileRun(null, null, issue);
        }

        /** A file listed but not read (binary by name): findings only, at its path. */
        static FileRun unread(String display) {
            return new FileRun(null, display, null);
        }

        Reporter reporter(Rule rule) {
            return new Reporter() {
                @Override
                public void report(int line, int column, String message) {
                    report(line, column, message, null);
                }

                @Override
                public void report(int line, int column, String message, Severity cap) {
                    synchronized (FileRun.this) {
                        raws.add(new Raw(rule, line, column, message, cap));
                    }
                }

                @Override
                public void reportSecret(int line, int column, String message, String secret) {
                    synchronized (FileRun.this) {
                        if (secret != null && !secret.isEmpty()) {
                            secrets.add(secret);
                        }
                        raws.add(new Raw(rule, line, column, message, null));
                    }
                }
            };
        }

        Finding toFinding(Raw raw, Severity configured) {
            RuleMeta meta = raw.rule().meta();
            Severity severity = raw.cap() != null && !raw.cap().atLeast(configured) ? raw.cap() : configured;
            String snippet = file == null ? "" : file.line(raw.line()).strip();
            String message = raw.message();
            for (String s : secrets) {
                snippet = Redaction.scrubSnippet(snippet, s);
                message = Redaction.scrubMessage(message, s);
            }
            if (snippet.length() > 240) {
                snippet = snippet.substring(0, 240) + "…";
            }
            return new Finding(meta.id(), meta.factor(), severity, display, raw.line(), raw.column(),
                    message, meta.remediation(), snippet, "");
        }
    }
}
