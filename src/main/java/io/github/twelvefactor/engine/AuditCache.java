package io.github.twelvefactor.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Writer;

/**
 * The cache as one audit of one module uses it: the stored results read at the start, the key they
 * must match, the whole-module shortcut, and the store at the end. {@link ResultCache} is the file.
 */
final class AuditCache {
    private final Path file;
    private final String key;
    private final ResultCache stored;
    private final Map<String, FileRule> rules = new HashMap<>();
    /** What the module key holds besides the listing, worked out with the cache (off the walk's thread). */
    private final String settingsKey;

    private AuditCache(Path file, String key, ResultCache stored, List<FileRule> active, AuditRequest request) {
        this.file = file;
        this.key = key;
        this.stored = stored;
        for (FileRule r : active) {
            rules.put(r.meta().id(), r);
        }
        this.settingsKey = key + '\n' + new TreeMap<>(request.ruleSettings()) + '\n'
                + new TreeSet<>(request.reactorArtifacts()) + '\n' + request.excludedDirs() + request.maxFileSize() + '\n'
                + modelText(request.model()) + '\n';
    }

    /** Reads the cache {@code file} for this audit; null when the cache is off. */
    static AuditCache open(Path file, List<FileRule> active, AuditRequest request, Path realRoot, Path realBase) {
        if (file == null) {
            return null;
        }
        String key = key(active, request, realRoot, realBase);
        return new AuditCache(file, key, ResultCache.load(file, key), active, request);
    }

    /** The stored digest of a file whose size and time vouch for its bytes, or null. */
    byte[] unchangedDigest(String modulePath, BasicFileAttributes attrs) {
        return stored.unchangedDigest(modulePath, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /**
     * A read file's size, time and digest: the stored digest when size and time vouch for the bytes
     * (and the bytes read are that size), else the digest of {@code bytes} ({@link ContentDigest}).
     */
    ResultCache.Stamp stamp(String modulePath, BasicFileAttributes attrs, byte[] bytes) {
        byte[] digest = attrs.size() == bytes.length ? unchangedDigest(modulePath, attrs) : null;
        return new ResultCache.Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                digest != null ? digest : ContentDigest.of(bytes));
    }

    /** The stored file rules' results for these bytes, as a run; null when there are none. */
    FileRun restore(io.github.twelvefactor.source.SourceFile source, byte[] digest, boolean mavenFiltered) {
        ResultCache.Entry hit = stored.get(source.path());
        return hit != null && hit.matches(digest, mavenFiltered) ? FileRun.restore(source, hit, rules) : null;
    }

    /**
     * The module's last result when no listed file changed (by size and time, see {@link
     * ResultCache#unchangedDigest}) and neither did the settings or the pom model; null otherwise.
     */
    AuditResult unchangedModule(FileWalker.Listing listing, long start) {
        ResultCache.ModuleResult m = stored.module();
        if (m == null) {
            return null;
        }
        // every listed file is one the last audit stamped, unchanged, and there are as many: the same
        // files with the same bytes, so the key need not go through their digests again
        if (listing.files().size() != stored.stampCount()) {
            return null;
        }
        for (int i = 0; i < listing.files().size(); i++) {
            if (unchangedDigest(listing.paths().get(i), listing.attributes().get(i)) == null) {
                return null;
            }
        }
        if (!m.moduleKey().equals(moduleKey(listing))) {
            return null;
        }
        return new AuditResult(m.findings(), m.suppressed(), m.issues(), m.filesScanned(),
                (System.nanoTime() - start) / 1_000_000, Set.of(), List.of(), false,
                new AuditResult.Work(0, m.filesScanned(), "hit: nothing changed, the module's last result reused"));
    }

    /**
     * Stores this audit's results and says what became of the cache; a cache that cannot be
     * written costs speed, never the build.
     */
    String save(List<FileRun> read, FileRun[] runs, FileWalker.Listing listing, long startedWall,
            List<Finding> findings, int suppressed, List<FileIssue> issues) {
        List<ResultCache.Entry> entries = new ArrayList<>(read.size());
        for (FileRun run : read) {
            if (run.entry != null) {
                entries.add(run.entry);
            }
        }
        Map<String, ResultCache.Stamp> stamps = new LinkedHashMap<>(); // in the walk's order: sorted by path
        for (FileRun run : runs) {
            if (run.stamp != null) {
                stamps.put(run.stampPath, run.stamp);
            }
        }
        try {
            // a module result only when every listed file was read and stamped (see unchangedModule)
            ResultCache.ModuleResult module = stamps.size() != runs.length ? null
                    : new ResultCache.ModuleResult(moduleKey(listing), findings, suppressed, issues, read.size());
            ResultCache.save(file, key, entries, startedWall, stamps, module);
            return stored.status();
        } catch (IOException | RuntimeException e) {
            return "could not be written to " + file + " (" + e.getClass().getSimpleName() + "): every file is checked";
        }
    }

    /**
     * {@code file} relative to {@code realBase}, with {@code /}: cut from the path's text when it lies
     * under the base (the walk's paths all do, and this runs for every file), else {@code relativize}.
     */
    static String modulePath(Path realBase, Path file) {
        String b = realBase.toString();
        String f = file.toString();
        char sep = java.io.File.separatorChar;
        if (f.startsWith(b)) {
            if (f.length() == b.length()) {
                return "";
            }
            boolean baseEndsInSep = b.endsWith(java.io.File.separator);
            if (baseEndsInSep || f.charAt(b.length()) == sep) {
                String rel = f.substring(baseEndsInSep ? b.length() : b.length() + 1);
                return sep == '/' ? rel : rel.replace(sep, '/');
            }
        }
        return realBase.relativize(file).toString().replace('\\', '/');
    }

    /**
     * What a module's whole result depends on besides the listed files' bytes (which their stamps
     * vouch for, see {@link #unchangedModule}): the cache key, the settings, the pom model, and the
     * files listed but not read.
     */
    private String moduleKey(FileWalker.Listing listing) {
        StringBuilder k = new StringBuilder(settingsKey);
        for (String b : listing.binaries()) {
            k.append(b).append('\n');
        }
        for (FileIssue i : listing.issues()) {
            k.append(i).append('\n');
        }
        return ContentDigest.hex(k.toString());
    }

    private static String modelText(Model model) {
        if (model == null) {
            return "no model";
        }
        StringWriter w = new StringWriter();
        try {
            new MavenXpp3Writer().write(w, model);
            return w.toString();
        } catch (IOException | RuntimeException e) {
            return "model unreadable:" + System.nanoTime(); // never matches: the module is audited again
        }
    }

    /**
     * What a cached result depends on beyond the file itself: the plugin's build (a rebuilt snapshot
     * is another build), the file rules that run, whether tests get every rule, and where the module
     * lies in the reactor (report paths start there).
     */
    private static String key(List<FileRule> rules, AuditRequest request, Path realRoot, Path realBase) {
        StringBuilder k = new StringBuilder("build=").append(Build.ID)
                .append(";tests=").append(request.includeTests())
                .append(";module=").append(modulePath(realRoot, realBase))
                .append(";rules=");
        List<String> ids = new ArrayList<>();
        for (FileRule r : rules) {
            ids.add(r.meta().id());
        }
        java.util.Collections.sort(ids);
        for (String id : ids) {
            k.append(id).append(',');
        }
        return k.toString();
    }

    /** The plugin's build (see {@link #pluginBuild}), worked out once per class loader. */
    static String buildId() {
        return Build.ID;
    }

    /** The plugin's build, worked out once per class loader (the jar does not change under a running build). */
    private static final class Build {
        static final String ID = pluginBuild();
    }

    /**
     * The plugin's build: its jar's entries as the jar's own directory lists them, each name with the
     * CRC-32 and size of its content (the same release on any machine, a rebuilt snapshot another
     * build), or for a classes folder (development) the time of this class's file. The directory is
     * read, not the 0.5 MB behind it: hashing the whole jar was a tenth of a second of a warm build.
     */
    private static String pluginBuild() {
        try {
            Path p = Path.of(AuditCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(p)) {
                Path self = p.resolve(AuditCache.class.getName().replace('.', '/') + ".class");
                return "classes:" + Files.getLastModifiedTime(self).toMillis();
            }
            return p.getFileName() + ":" + jarContent(p);
        } catch (IOException | RuntimeException | URISyntaxException e) {
            return "unknown:" + System.nanoTime(); // no way to tell builds apart: never reuse
        }
    }

    /** A digest of a jar's entries: names, and the CRC-32 and size of each one's content. */
    static String jarContent(Path jar) throws IOException {
        StringBuilder entries = new StringBuilder();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                entries.append(entry.getName()).append(' ').append(Long.toHexString(entry.getCrc())).append(' ')
                        .append(entry.getSize()).append('\n');
            }
        }
        return ContentDigest.hex(entries.toString());
    }
}
