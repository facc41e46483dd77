package io.github.twelvefactor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

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
    /** Place, then message (see {@link Finding#comparePlace} for why no comparator chain). */
    private static final Comparator<Finding> ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int c = Finding.comparePlace(a, b);
            return c != 0 ? c : a.message().compareTo(b.message());
        }
    };
    private static final Comparator<FileIssue> ISSUE_ORDER = new Comparator<>() {
        @Override
        public int compare(FileIssue a, FileIssue b) {
            int c = a.path().compareTo(b.path());
            return c != 0 ? c : a.kind().compareTo(b.kind());
        }
    };

    /** How often, at most, progress is reported on a big tree. */
    public static final long PROGRESS_INTERVAL_NANOS = 5_000_000_000L;

    /**
     * How long one file may take, reading and every rule, before it is given up on: far above what
     * any file within the size limit needs (the slowest of the fuzz test's inputs takes under a
     * second on a busy two-core machine), so only a pathological input meets it.
     */
    public static final long FILE_BUDGET_NANOS = 10_000_000_000L;

    /** The cache's file name in the output folder. */
    public static final String CACHE_FILE_NAME = ResultCache.FILE_NAME;

    private final RuleCatalog catalog;
    private final Consumer<String> progress;
    private final long progressIntervalNanos;
    private final Path cacheFile;
    private final long fileBudgetNanos;

    public Auditor(RuleCatalog catalog) {
        this(catalog, null, PROGRESS_INTERVAL_NANOS, null, FILE_BUDGET_NANOS);
    }

    private Auditor(RuleCatalog catalog, Consumer<String> progress, long progressIntervalNanos, Path cacheFile,
            long fileBudgetNanos) {
        this.catalog = catalog;
        this.progress = progress;
        this.progressIntervalNanos = progressIntervalNanos;
        this.cacheFile = cacheFile;
        this.fileBudgetNanos = fileBudgetNanos;
    }

    /**
     * The same auditor, giving up on a file whose reading and rules take longer than {@code nanos}:
     * that file is named as skipped, and every other file is still audited.
     */
    public Auditor withFileBudget(long nanos) {
        return new Auditor(catalog, progress, progressIntervalNanos, cacheFile, nanos);
    }

    /**
     * The same auditor, reusing the file rules' results of the last audit stored in {@code file}
     * for files whose bytes did not change, and storing this audit's there; null turns the cache off.
     */
    public Auditor withCache(Path file) {
        return new Auditor(catalog, progress, progressIntervalNanos, file, fileBudgetNanos);
    }

    /**
     * The same auditor, telling {@code sink} how many files it has audited, no more than once per
     * {@code intervalNanos}: a big tree shows that it moves, a small one says nothing.
     */
    public Auditor withProgress(Consumer<String> sink, long intervalNanos) {
        return new Auditor(catalog, sink, intervalNanos, cacheFile, fileBudgetNanos);
    }

    /**
     * The plugin's build: its jar's entries with their CRC-32s (another content, another build), for
     * whatever must not outlive a rebuilt snapshot, as the cache and the reports.
     */
    public static String pluginBuild() {
        return AuditCache.buildId();
    }

    /**
     * @throws IllegalArgumentException when a rule setting names an unknown rule or severity
     * @throws IOException              when the module's folder cannot be listed
     */
    public AuditResult audit(AuditRequest request) throws IOException {
        long start = System.nanoTime();
        java.time.Instant now = java.time.Instant.now();
        long startedWall = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        Map<Rule, Severity> active = catalog.configure(request.ruleSettings());
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
        // the cache is read while the tree is walked: neither needs the other, and both stand between
        // a build with nothing changed and its result
        FutureTask<AuditCache> opening = cacheFile == null ? null : new FutureTask<>(new Callable<AuditCache>() {
            @Override
            public AuditCache call() throws IOException { // no lambda: see Finding.comparePlace
                return AuditCache.open(cacheFile, fileRules, request, realRoot, realBase);
            }
        });
        if (opening != null) {
            Thread reader = new Thread(opening, "twelvefactor-cache");
            reader.setDaemon(true);
            reader.start();
        }
        FileWalker.Listing listing = new FileWalker(request).list();
        AuditCache cache = opening == null ? null : opened(opening);
        AuditResult whole = cache == null ? null : cache.unchangedModule(listing, start);
        if (whole != null) {
            return whole;
        }
        FilteredResources filtered = new FilteredResources(request.model(), realBase);
        int n = listing.files().size();
        FileRun[] runs = new FileRun[n];
        AtomicLong lastReport = new AtomicLong(start);
        FileScheduler scheduler = new FileScheduler(Math.min(4, Runtime.getRuntime().availableProcessors()), fileBudgetNanos);
        List<FileScheduler.Overrun> overruns;
        try {
            // no lambdas (see Finding.comparePlace)
            FileScheduler.Task<FileRun> task = new FileScheduler.Task<>() {
                @Override
                public FileRun run(int i, FileScheduler.Stage stage) {
                    return runFile(listing.files().get(i), listing.paths().get(i), listing.attributes().get(i), realRoot,
                            request, parsers, fileRules, filtered, cache, stage);
                }
            };
            IntConsumer progress = new IntConsumer() {
                @Override
                public void accept(int done) {
                    reportProgress(done, n, lastReport);
                }
            };
            overruns = scheduler.run(n, task, runs, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("audit interrupted", e);
        }
        for (FileScheduler.Overrun o : overruns) {
            runs[o.index()] = FileRun.failed(new FileIssue(request.display(listing.files().get(o.index())),
                    FileIssue.Kind.SKIPPED, "stopped after " + budgetText() + " while "
                    + o.stage() + ": the rest of the audit went on"));
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
        List<String> binaries = listing.binaries();
        List<FileRun> unread = runProjectRules(projectRules, read, binaries, request, issues);
        for (FileRun run : read) {
            String problem = run.file.problem() != null ? run.file.problem().getMessage() : run.cachedProblem;
            if (problem != null) {
                issues.add(new FileIssue(run.file.displayPath(), FileIssue.Kind.UNPARSABLE, problem));
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
            Suppressions sup = run.raws.isEmpty() || Suppressions.none(run.file) ? null : new Suppressions(run.file);
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
        issues.sort(ISSUE_ORDER);
        findings.sort(ORDER);
        List<Finding> assigned = List.copyOf(Fingerprints.assign(findings));
        List<FileIssue> allIssues = List.copyOf(issues);
        String cacheStatus = cache == null ? null
                : cache.save(read, runs, listing, startedWall, assigned, suppressed, allIssues);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int fromCache = 0;
        for (FileRun run : read) {
            fromCache += run.fromCache ? 1 : 0;
        }
        return new AuditResult(assigned, suppressed, allIssues, read.size(), millis, Set.of(), List.of(), false,
                new AuditResult.Work(parsers.parsedCount(), fromCache, cacheStatus));
    }

    /** The cache the reader thread opened; what it threw is thrown here, as if opened on this thread. */
    private static AuditCache opened(FutureTask<AuditCache> opening) throws IOException {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("audit interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("the cache could not be read: " + cause, cause);
        }
    }

    private String budgetText() {
        return fileBudgetNanos >= 1_000_000_000L ? fileBudgetNanos / 1_000_000_000L + " s" : fileBudgetNanos / 1_000_000L + " ms";
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

    private FileRun runFile(Path path, String modulePath, java.nio.file.attribute.BasicFileAttributes walked,
            Path realRoot, AuditRequest request, JavaParsers parsers, List<FileRule> rules, FilteredResources filtered,
            AuditCache cache, FileScheduler.Stage stage) {
        String display = AuditCache.modulePath(realRoot, path);
        byte[] bytes;
        // the walk's look at size and time came before the bytes: a change in between is seen as a
        // change at the next audit
        java.nio.file.attribute.BasicFileAttributes attrs = cache == null ? null : walked;
        try {
            bytes = FileBytes.read(path, walked.size());
        } catch (IOException | SecurityException e) {
            return FileRun.failed(new FileIssue(display, FileIssue.Kind.SKIPPED, "unreadable: " + e.getClass().getSimpleName()));
        }
        ResultCache.Stamp stamp = attrs == null ? null : cache.stamp(modulePath, attrs, bytes);
        byte[] digest = stamp == null ? null : stamp.digest();
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded == null) {
            boolean expectedText = io.github.twelvefactor.source.FileKind.of(path.getFileName().toString())
                    != io.github.twelvefactor.source.FileKind.TEXT;
            return FileRun.failed(expectedText ? new FileIssue(display, FileIssue.Kind.SKIPPED, "binary content") : null)
                    .stamped(modulePath, stamp);
        }
        SourceFile file = new SourceFile(path, modulePath, display, decoded.text(), parsers);
        boolean mavenFiltered = filtered.filtered(path);
        file.setMavenFiltered(mavenFiltered);
        if (digest != null) {
            FileRun run = cache.restore(file, digest, mavenFiltered);
            if (run != null) {
                if (decoded.note() != null) {
                    run.internalErrors.add(new FileIssue(display, FileIssue.Kind.NOTICE, decoded.note()));
                }
                return run.stamped(modulePath, stamp);
            }
        }
        FileRun run = new FileRun(file).stamped(modulePath, stamp);
        for (FileRule rule : rules) {
            if (file.isTest() && !request.includeTests() && !rule.meta().readsTests()) {
                continue;
            }
            try {
                stage.set("running rule " + rule.meta().id());
                if (rule.accepts(file)) {
                    rule.check(file, run.reporter(rule));
                }
            } catch (RuntimeException | StackOverflowError e) {
                run.internalErrors.add(new FileIssue(display, FileIssue.Kind.INTERNAL_ERROR,
                        "rule " + rule.meta().id() + " failed: " + e.getClass().getSimpleName()));
            }
        }
        run.seal();
        if (digest != null) {
            run.entry = run.toEntry(modulePath, digest, mavenFiltered);
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
        List<String> binariesNoTests = new ArrayList<>();
        for (String p : binaries) {
            if (Scope.of(p) != Scope.TEST) {
                binariesNoTests.add(p);
            }
        }
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
        // two views at most, shared by the rules (a view copies the module's file list: once per rule
        // was a copy of thousands of entries for each of them)
        ModuleView withTests = null;
        ModuleView withoutTests = null;
        for (ProjectRule rule : rules) {
            boolean tests = request.includeTests() || rule.meta().readsTests();
            if (tests && withTests == null) {
                withTests = new ModuleView(all, request.model(), pom, binaries, request.reactorArtifacts());
            } else if (!tests && withoutTests == null) {
                withoutTests = new ModuleView(noTests, request.model(), pom, binariesNoTests, request.reactorArtifacts());
            }
            ModuleView view = tests ? withTests : withoutTests;
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
                        FileRun binary = unread.get(modulePath);
                        if (binary == null) {
                            binary = FileRun.unread(request.display(request.basedir().resolve(modulePath)));
                            unread.put(modulePath, binary);
                        }
                        return binary.reporter(rule);
                    }
                });
            } catch (RuntimeException | StackOverflowError e) {
                issues.add(new FileIssue(request.display(request.basedir()), FileIssue.Kind.INTERNAL_ERROR,
                        "rule " + rule.meta().id() + " failed: " + e.getClass().getSimpleName()));
            }
        }
        return List.copyOf(unread.values());
    }
}
