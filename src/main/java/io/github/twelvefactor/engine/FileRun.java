package io.github.twelvefactor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.twelvefactor.source.SourceFile;

/** The findings of one file before severities, suppression and redaction are applied. */
final class FileRun {
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
        secretSpans = new int[spans.size()];
        for (int i = 0; i < secretSpans.length; i++) {
            secretSpans[i] = spans.get(i);
        }
    }

    ResultCache.Entry toEntry(String modulePath, byte[] digest, boolean mavenFiltered) {
        List<ResultCache.StoredFinding> stored = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            stored.add(new ResultCache.StoredFinding(r.rule().meta().id(), r.line(), r.column(), r.message(),
                    r.cap(), r.snippet()));
        }
        String problem = file.problem() == null ? null : file.problem().getMessage();
        return new ResultCache.Entry(modulePath, digest, mavenFiltered, stored, secretSpans.clone(),
                List.copyOf(internalErrors), problem, file.mentionBits());
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
        file.knownMentions(e.mentions()); // the project rules' word tests need no new pass either
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
