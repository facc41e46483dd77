package io.github.twelvefactor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import io.github.twelvefactor.source.JavaParsers;
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

    private final RuleCatalog catalog;

    public Auditor(RuleCatalog catalog) {
        this.catalog = catalog;
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
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> runs[i] =
                    runFile(listing.files().get(i), realRoot, realBase, request, parsers, fileRules, filtered))).get();
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
        runProjectRules(projectRules, read, request, issues);
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
        issues.sort(Comparator.comparing(FileIssue::path).thenComparing(FileIssue::kind));
        findings.sort(ORDER);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new AuditResult(List.copyOf(Fingerprints.assign(findings)), suppressed, List.copyOf(issues),
                read.size(), millis);
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

    private void runProjectRules(List<ProjectRule> rules, List<FileRun> runs, AuditRequest request,
            List<FileIssue> issues) {
        for (FileRun run : runs) {
            issues.addAll(run.internalErrors);
        }
        if (rules.isEmpty()) {
            return;
        }
        Map<SourceFile, FileRun> byFile = new java.util.IdentityHashMap<>();
        List<SourceFile> all = new ArrayList<>();
        List<SourceFile> noTests = new ArrayList<>();
        SourceFile pom = null;
        for (FileRun run : runs) {
            byFile.put(run.file, run);
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
            ModuleView view = new ModuleView(List.copyOf(tests ? all : noTests), request.model(), pom,
                    request.reactorArtifacts());
            try {
                rule.check(view, file -> {
                    FileRun run = byFile.get(file);
                    if (run == null) {
                        throw new IllegalArgumentException("not a file of this module");
                    }
                    return run.reporter(rule);
                });
            } catch (RuntimeException | StackOverflowError e) {
                issues.add(new FileIssue(request.display(request.basedir()), FileIssue.Kind.INTERNAL_ERROR,
                        "rule " + rule.meta().id() + " failed: " + e.getClass().getSimpleName()));
            }
        }
    }

    /** The findings of one file before severities, suppression and redaction are applied. */
    private static final class FileRun {
        /** {@code cap}: the severity the rule asked for this finding, or null for the rule's own. */
        record Raw(Rule rule, int line, int column, String message, Severity cap) {
        }

        final SourceFile file;
        final FileIssue issue;
        final List<Raw> raws = new ArrayList<>();
        final Set<String> secrets = new LinkedHashSet<>();
        final List<FileIssue> internalErrors = new ArrayList<>();

        FileRun(SourceFile file) {
            this.file = file;
            this.issue = null;
        }

        private FileRun(FileIssue issue) {
            this.file = null;
            this.issue = issue;
        }

        static FileRun failed(FileIssue issue) {
            return new FileRun(issue);
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
            String snippet = file.line(raw.line()).strip();
            String message = raw.message();
            for (String s : secrets) {
                snippet = Redaction.scrub(snippet, s);
                message = Redaction.scrub(message, s);
            }
            if (snippet.length() > 240) {
                snippet = snippet.substring(0, 240) + "…";
            }
            return new Finding(meta.id(), meta.factor(), severity, file.displayPath(), raw.line(), raw.column(),
                    message, meta.remediation(), snippet, "");
        }
    }
}
