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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

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

    /**
     * How long one file may take, reading and every rule, before it is given up on: far above what
     * any file within the size limit needs (the slowest fuzzed input takes milliseconds), so only a
     * pathological input meets it.
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
     * @throws IllegalArgumentException when a rule setting names an unknown rule or severity
     * @throws IOException              when the module's folder cannot be listed
     */
    public AuditResult audit(AuditRequest request) throws IOException {
        long start = System.nanoTime();
        java.time.Instant now = java.time.Instant.now();
        long startedWall = now.getEpochSecond() * 1_000_000_000L + now.getNano();
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
        String cacheKey = cacheFile == null ? null : cacheKey(fileRules, request, realRoot, realBase);
        FileCache cache = cacheKey == null ? null
                : new FileCache(ResultCache.load(cacheFile, cacheKey), fileRules);
        if (cache != null && cache.stored.module() != null) {
            AuditResult whole = unchangedModule(listing, cache.stored, request, realBase, cacheKey, start);
            if (whole != null) {
                return whole;
            }
        }
        FilteredResources filtered = new FilteredResources(request.model(), realBase);
        int n = listing.files().size();
        FileRun[] runs = new FileRun[n];
        AtomicLong lastReport = new AtomicLong(start);
        FileScheduler scheduler = new FileScheduler(Math.min(4, Runtime.getRuntime().availableProcessors()), fileBudgetNanos);
        List<FileScheduler.Overrun> overruns;
        try {
            overruns = scheduler.run(n, (i, stage) -> runFile(listing.files().get(i), realRoot, realBase, request, parsers,
                    fileRules, filtered, cache, stage), runs, done -> reportProgress(done, n, lastReport));
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
        List<String> binaries = listing.binaries().stream()
                .map(p -> realBase.relativize(p).toString().replace('\\', '/')).toList();
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
        issues.sort(Comparator.comparing(FileIssue::path).thenComparing(FileIssue::kind));
        findings.sort(ORDER);
        List<Finding> assigned = List.copyOf(Fingerprints.assign(findings));
        List<FileIssue> allIssues = List.copyOf(issues);
        String cacheStatus = cache == null ? null
                : saveCache(cacheKey, cache, read, runs, listing, request, startedWall, assigned, suppressed, allIssues);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int fromCache = (int) read.stream().filter(r -> r.fromCache).count();
        return new AuditResult(assigned, suppressed, allIssues, read.size(), millis, Set.of(), List.of(), false,
                new AuditResult.Work(parsers.parsedCount(), fromCache, cacheStatus));
    }

    /**
     * The module's last result when no listed file changed (by size and time, see {@link
     * ResultCache#unchangedDigest}) and neither did the settings or the pom model; null otherwise.
     */
    private AuditResult unchangedModule(FileWalker.Listing listing, ResultCache stored, AuditRequest request,
            Path realBase, String cacheKey, long start) {
        List<byte[]> digests = new ArrayList<>(listing.files().size());
        for (Path p : listing.files()) {
            byte[] d;
            try {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p,
                        java.nio.file.attribute.BasicFileAttributes.class);
                d = stored.unchangedDigest(modulePath(realBase, p), a.size(),
                        a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
            } catch (IOException | RuntimeException e) {
                d = null;
            }
            if (d == null) {
                return null;
            }
            digests.add(d);
        }
        ResultCache.ModuleResult m = stored.module();
        if (!m.moduleKey().equals(moduleKey(cacheKey, request, listing, realBase, digests))) {
            return null;
        }
        return new AuditResult(m.findings(), m.suppressed(), m.issues(), m.filesScanned(),
                (System.nanoTime() - start) / 1_000_000, Set.of(), List.of(), false,
                new AuditResult.Work(0, m.filesScanned(), "hit: nothing changed, the module's last result reused"));
    }

    /**
     * What a module's whole result depends on: the cache key, the settings, the pom model, and
     * every listed file with its digest (and the files listed but not read).
     */
    private static String moduleKey(String cacheKey, AuditRequest request, FileWalker.Listing listing, Path realBase,
            List<byte[]> digests) {
        StringBuilder k = new StringBuilder(cacheKey).append('\n')
                .append(new TreeMap<>(request.ruleSettings())).append('\n')
                .append(new java.util.TreeSet<>(request.reactorArtifacts())).append('\n')
                .append(request.excludedDirs()).append(request.maxFileSize()).append('\n')
                .append(modelText(request.model())).append('\n');
        for (int i = 0; i < digests.size(); i++) {
            k.append(modulePath(realBase, listing.files().get(i))).append('=')
                    .append(java.util.HexFormat.of().formatHex(digests.get(i))).append('\n');
        }
        for (Path b : listing.binaries()) {
            k.append(modulePath(realBase, b)).append('\n');
        }
        for (FileIssue i : listing.issues()) {
            k.append(i).append('\n');
        }
        return java.util.HexFormat.of().formatHex(
                ResultCache.digest(k.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String modelText(org.apache.maven.model.Model model) {
        if (model == null) {
            return "no model";
        }
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            new org.apache.maven.model.io.xpp3.MavenXpp3Writer().write(w, model);
            return w.toString();
        } catch (IOException | RuntimeException e) {
            return "model unreadable:" + System.nanoTime(); // never matches: the module is audited again
        }
    }

    private static String modulePath(Path realBase, Path file) {
        return realBase.relativize(file).toString().replace('\\', '/');
    }

    private String budgetText() {
        return fileBudgetNanos >= 1_000_000_000L ? fileBudgetNanos / 1_000_000_000L + " s" : fileBudgetNanos / 1_000_000L + " ms";
    }

    /** Stores this audit's results; a cache that cannot be written costs speed, never the build. */
    private String saveCache(String key, FileCache cache, List<FileRun> read, FileRun[] runs,
            FileWalker.Listing listing, AuditRequest request, long startedWall, List<Finding> findings, int suppressed,
            List<FileIssue> issues) {
        List<ResultCache.Entry> entries = new ArrayList<>(read.size());
        for (FileRun run : read) {
            if (run.entry != null) {
                entries.add(run.entry);
            }
        }
        Map<String, ResultCache.Stamp> stamps = new HashMap<>();
        List<byte[]> digests = new ArrayList<>(runs.length);
        for (FileRun run : runs) {
            if (run.stamp != null) {
                stamps.put(run.stampPath, run.stamp);
                digests.add(run.stamp.digest());
            }
        }
        ResultCache.ModuleResult module = null;
        try {
            Path realBase = request.basedir().toRealPath();
            if (digests.size() == runs.length) {
                module = new ResultCache.ModuleResult(moduleKey(key, request, listing, realBase, digests), findings,
                        suppressed, issues, read.size());
            }
            ResultCache.save(cacheFile, key, entries, startedWall, stamps, module);
            return cache.stored.status();
        } catch (IOException | RuntimeException e) {
            return "could not be written to " + cacheFile + " (" + e.getClass().getSimpleName() + "): every file is checked";
        }
    }

    /**
     * What a cached result depends on beyond the file itself: the plugin's build (a rebuilt snapshot
     * is another build), the file rules that run, whether tests get every rule, and where the module
     * lies in the reactor (report paths start there).
     */
    private static String cacheKey(List<FileRule> rules, AuditRequest request, Path realRoot, Path realBase) {
        StringBuilder k = new StringBuilder("build=").append(pluginBuild())
                .append(";tests=").append(request.includeTests())
                .append(";module=").append(realRoot.relativize(realBase).toString().replace('\\', '/'))
                .append(";rules=");
        rules.stream().map(r -> r.meta().id()).sorted().forEach(id -> k.append(id).append(','));
        return k.toString();
    }

    /** The plugin's jar (name, size, time), or for a classes folder the time of this class's file. */
    private static String pluginBuild() {
        try {
            Path p = Path.of(Auditor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(p)) {
                p = p.resolve(Auditor.class.getName().replace('.', '/') + ".class");
            }
            return p.getFileName() + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "unknown:" + System.nanoTime(); // no way to tell builds apart: never reuse
        }
    }

    /** The cache read at the start of an audit, with the active file rules by id. */
    private static final class FileCache {
        final ResultCache stored;
        final Map<String, FileRule> rules = new HashMap<>();

        FileCache(ResultCache stored, List<FileRule> active) {
            this.stored = stored;
            for (FileRule r : active) {
                rules.put(r.meta().id(), r);
            }
        }
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
            List<FileRule> rules, FilteredResources filtered, FileCache cache, FileScheduler.Stage stage) {
        String display = realRoot.relativize(path).toString().replace('\\', '/');
        String modulePath = modulePath(realBase, path);
        byte[] bytes;
        java.nio.file.attribute.BasicFileAttributes attrs;
        try {
            // the time before the bytes: a change in between is seen as a change at the next audit
            attrs = cache == null ? null : Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            return FileRun.failed(new FileIssue(display, FileIssue.Kind.SKIPPED, "unreadable: " + e.getClass().getSimpleName()));
        }
        byte[] digest = null;
        ResultCache.Stamp stamp = null;
        if (attrs != null) {
            long modified = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            digest = cache.stored.unchangedDigest(modulePath, attrs.size(), modified);
            if (digest == null || attrs.size() != bytes.length) {
                digest = ResultCache.digest(bytes);
            }
            stamp = new ResultCache.Stamp(attrs.size(), modified, digest);
        }
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
            ResultCache.Entry hit = cache.stored.get(modulePath);
            FileRun run = hit != null && hit.matches(digest, mavenFiltered) ? FileRun.restore(file, hit, cache.rules) : null;
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
        /**
         * {@code cap}: the severity the rule asked for this finding, or null for the rule's own;
         * {@code snippet}: the flagged line, already masked, once the file rules are done ({@link
         * #seal}); null for a project rule's finding, whose snippet is made at the end.
         */
        record Raw(Rule rule, int line, int column, String message, Severity cap, String snippet) {
        }

        final SourceFile file;
        /** The path reports show: the file's, or that of a binary file that was not read. */
        final String display;
        final FileIssue issue;
        final List<Raw> raws = new ArrayList<>();
        final Set<String> secrets = new LinkedHashSet<>();
        final List<FileIssue> internalErrors = new ArrayList<>();
        /** How many of {@link #secrets} were already applied to the sealed findings. */
        int sealedSecrets;
        int[] secretSpans = new int[0];
        /** This file's results for the next audit's cache, or null. */
        ResultCache.Entry entry;
        boolean fromCache;
        String cachedProblem;
        /** The file's size, time and digest for the next audit's cache, or null. */
        ResultCache.Stamp stamp;
        String stampPath;

        FileRun stamped(String modulePath, ResultCache.Stamp value) {
            this.stampPath = modulePath;
            this.stamp = value;
            return this;
        }

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
                        raws.add(new Raw(rule, line, column, message, cap, null));
                    }
                }

                @Override
                public void reportSecret(int line, int column, String message, String secret) {
                    synchronized (FileRun.this) {
                        if (secret != null && !secret.isEmpty()) {
                            secrets.add(secret);
                        }
                        raws.add(new Raw(rule, line, column, message, null, null));
                    }
                }
            };
        }

        /**
         * Masks the file rules' findings with every secret they reported, then keeps of those
         * secrets only the ones written in the file, with their places: they still mask project
         * rules' findings on this file, and a cached run finds them again from their places.
         */
        void seal() {
            for (int i = 0; i < raws.size(); i++) {
                Raw r = raws.get(i);
                String snippet = file.line(r.line()).strip();
                String message = r.message();
                for (String s : secrets) {
                    snippet = Redaction.scrubSnippet(snippet, s);
                    message = Redaction.scrubMessage(message, s);
                }
                raws.set(i, new Raw(r.rule(), r.line(), r.column(), message, r.cap(), snippet));
            }
            String text = file.text();
            List<String> written = new ArrayList<>();
            List<Integer> spans = new ArrayList<>();
            for (String s : secrets) {
                int at = text.indexOf(s);
                if (at >= 0) {
                    written.add(s);
                    spans.add(at);
                    spans.add(s.length());
                }
            }
            secrets.clear();
            secrets.addAll(written);
            sealedSecrets = secrets.size();
            secretSpans = spans.stream().mapToInt(Integer::intValue).toArray();
        }

        ResultCache.Entry toEntry(String modulePath, byte[] digest, boolean mavenFiltered) {
            List<ResultCache.StoredFinding> stored = new ArrayList<>(raws.size());
            for (Raw r : raws) {
                stored.add(new ResultCache.StoredFinding(r.rule().meta().id(), r.line(), r.column(), r.message(),
                        r.cap(), r.snippet()));
            }
            String problem = file.problem() == null ? null : file.problem().getMessage();
            return new ResultCache.Entry(modulePath, digest, mavenFiltered, stored, secretSpans.clone(),
                    List.copyOf(internalErrors), problem);
        }

        /** A run rebuilt from a cache entry of the same bytes; null when the entry does not fit. */
        static FileRun restore(SourceFile file, ResultCache.Entry e, Map<String, FileRule> rules) {
            FileRun run = new FileRun(file);
            String text = file.text();
            int[] spans = e.secretSpans();
            for (int i = 0; i + 1 < spans.length; i += 2) {
                if (spans[i] < 0 || spans[i + 1] <= 0 || spans[i] > text.length() - spans[i + 1]) {
                    return null;
                }
                run.secrets.add(text.substring(spans[i], spans[i] + spans[i + 1]));
            }
            for (ResultCache.StoredFinding f : e.findings()) {
                FileRule rule = rules.get(f.ruleId());
                if (rule == null || f.snippet() == null) {
                    return null;
                }
                run.raws.add(new Raw(rule, f.line(), f.column(), f.message(), f.cap(), f.snippet()));
            }
            run.sealedSecrets = run.secrets.size();
            run.secretSpans = spans.clone();
            run.internalErrors.addAll(e.issues());
            run.cachedProblem = e.problem();
            run.entry = e;
            run.fromCache = true;
            return run;
        }

        Finding toFinding(Raw raw, Severity configured) {
            RuleMeta meta = raw.rule().meta();
            Severity severity = raw.cap() != null && !raw.cap().atLeast(configured) ? raw.cap() : configured;
            boolean sealed = raw.snippet() != null;
            String snippet = sealed ? raw.snippet() : file == null ? "" : file.line(raw.line()).strip();
            String message = raw.message();
            int skip = sealed ? sealedSecrets : 0;
            for (String s : secrets) {
                if (skip-- > 0) {
                    continue;
                }
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
