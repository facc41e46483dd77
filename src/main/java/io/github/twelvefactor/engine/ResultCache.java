package io.github.twelvefactor.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the file rules found in each file at the last audit, so that a file whose bytes did not
 * change is not checked again. An entry is used only when its digest of the file's bytes, its
 * module path and its Maven-filtering flag all match, and the whole cache only when its key (the
 * plugin's build, the file rules that run, {@code includeTests}, the module's place in the
 * reactor) matches: a stale, foreign, truncated or corrupt cache is discarded, never trusted.
 *
 * <p>A file's digest is recomputed unless its size and modification time equal those stored and
 * that time lies well before the stored audit began (git's "racily clean" rule: a file changed in
 * the same instant as the audit read it is always read again). When every file of the module is
 * unchanged so, and the module's settings and pom model too, the module's last result is reused
 * whole without reading a file.
 *
 * <p>The cache holds no secret in clear: a finding's message and snippet are stored already masked,
 * and a secret is stored only as its place in the file (offset and length), so that a later run
 * reads it back from the unchanged file to mask other findings on the same line.
 */
final class ResultCache {
    static final String FILE_NAME = "twelvefactor-cache.bin";
    private static final String MAGIC = "twelvefactor-cache";
    private static final int FORMAT = 4;
    /** Bytes in a {@link ContentDigest}. */
    static final int DIGEST_LENGTH = ContentDigest.LENGTH;
    /** A sane bound for any count or string in the file: beyond it the file is corrupt. */
    private static final int MAX_COUNT = 10_000_000;
    private static final int MAX_STRING = 16 << 20;

    /** The file rules' results for one file, as stored. */
    record Entry(String path, byte[] digest, boolean filtered, List<StoredFinding> findings, int[] secretSpans,
            List<FileIssue> issues, String problem, long[] mentions) {
        boolean matches(byte[] otherDigest, boolean otherFiltered) {
            return filtered == otherFiltered && Arrays.equals(digest, otherDigest);
        }
    }

    /** One finding of a file rule: message and snippet already masked; {@code cap} may be null. */
    record StoredFinding(String ruleId, int line, int column, String message, Severity cap, String snippet) {
    }

    /** A listed file's size, modification time (ns) and digest when the last audit began. */
    record Stamp(long size, long modified, byte[] digest) {
    }

    /** A module's whole last result, valid for the module key it was made with. */
    record ModuleResult(String moduleKey, List<Finding> findings, int suppressed, List<FileIssue> issues,
            int filesScanned) {
    }

    /** Slack for file systems whose times are coarse (FAT: 2 s). */
    private static final long RACY_NANOS = 2_000_000_000L;

    /**
     * The files' entries, read from {@code entryBytes} on first use: a module whose last result is
     * reused whole never needs them, and reading a thousand of them was a third of a warm audit's
     * cache time. The whole file's checksum was verified when it was loaded.
     */
    private volatile Map<String, Entry> entries;
    private final byte[] entryBytes;
    private final int entryCount;
    private final Map<String, Stamp> stamps;
    private final long startedNanos;
    private final ModuleResult module;
    private final String status;

    private ResultCache(byte[] entryBytes, int entryCount, Map<String, Stamp> stamps, long startedNanos,
            ModuleResult module, String status) {
        this.entryBytes = entryBytes;
        this.entryCount = entryCount;
        this.entries = entryCount == 0 ? Map.of() : null;
        this.stamps = stamps;
        this.startedNanos = startedNanos;
        this.module = module;
        this.status = status;
    }

    /** An empty cache: every file is checked. */
    static ResultCache empty(String status) {
        return new ResultCache(new byte[0], 0, Map.of(), 0, null, status);
    }

    /**
     * The stored digest of a file whose size and time say it did not change since the last audit,
     * or null when it must be read (new, changed, or touched too close to that audit's start).
     */
    byte[] unchangedDigest(String path, long size, long modifiedNanos) {
        Stamp s = stamps.get(path);
        return s != null && s.size() == size && s.modified() == modifiedNanos
                && modifiedNanos < startedNanos - RACY_NANOS ? s.digest() : null;
    }

    /** How many files the last audit stamped. */
    int stampCount() {
        return stamps.size();
    }

    /** The module's last result, or null. */
    ModuleResult module() {
        return module;
    }

    /**
     * Reads {@code file}; a missing file gives an empty cache, and so does an unreadable, corrupt or
     * foreign one ({@link #status()} then says why, for the log).
     */
    static ResultCache load(Path file, String key) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return empty("none yet");
        } catch (IOException | RuntimeException e) {
            return empty("is unreadable (" + e.getClass().getSimpleName() + "): ignored and rewritten");
        }
        // the format first: another plugin version may close its file with another checksum
        String other = otherFormat(all);
        if (other != null) {
            return empty(other);
        }
        // the last bytes are the digest of the rest: a flipped bit anywhere is caught here
        int body = all.length - DIGEST_LENGTH;
        if (body < 0 || !Arrays.equals(all, body, all.length, ContentDigest.of(all, 0, body), 0, DIGEST_LENGTH)) {
            return empty("fails its checksum (truncated or corrupt): ignored and rewritten");
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, body))) {
            string(in); // the magic and the format, read above
            in.readInt();
            if (!key.equals(string(in))) {
                return empty("made by another plugin build or rule set: ignored and rewritten");
            }
            int n = count(in);
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                return empty("is truncated: ignored and rewritten");
            }
            byte[] entryBytes = new byte[length];
            in.readFully(entryBytes);
            long started = in.readLong();
            int ns = count(in);
            Map<String, Stamp> stamps = new HashMap<>(ns * 2);
            for (int i = 0; i < ns; i++) {
                String path = string(in);
                long size = in.readLong();
                long modified = in.readLong();
                byte[] digest = new byte[DIGEST_LENGTH];
                in.readFully(digest);
                stamps.put(path, new Stamp(size, modified, digest));
            }
            ModuleResult module = in.readBoolean() ? moduleResult(in) : null;
            if (in.read() != -1) {
                return empty("has trailing bytes (corrupt): ignored and rewritten");
            }
            return new ResultCache(entryBytes, n, stamps, started, module, "read " + n + " entries");
        } catch (EOFException e) {
            return empty("is truncated: ignored and rewritten");
        } catch (IOException | RuntimeException e) {
            return empty("is unreadable (" + e.getClass().getSimpleName() + "): ignored and rewritten");
        }
    }

    /** The stored entry for a module path, or null. Safe to call from several threads. */
    Entry get(String path) {
        Map<String, Entry> m = entries;
        if (m == null) {
            synchronized (this) {
                m = entries;
                if (m == null) {
                    entries = m = readEntries();
                }
            }
        }
        return m.get(path);
    }

    /** The entries stored in {@code entryBytes}; none when they cannot be read (every file is then checked). */
    private Map<String, Entry> readEntries() {
        Map<String, Entry> map = new HashMap<>(entryCount * 2);
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(entryBytes))) {
            for (int i = 0; i < entryCount; i++) {
                Entry e = entry(in);
                map.put(e.path(), e);
            }
            if (in.read() != -1) {
                return Map.of();
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return map;
    }

    /** What happened when the cache was read, for the log. */
    String status() {
        return status;
    }

    /**
     * Writes {@code entries} (this run's files only, so that deleted files drop out) to a temporary
     * file beside {@code file}, then moves it into place: a reader never sees half a cache.
     */
    static void save(Path file, String key, Collection<Entry> entries, long startedNanos, Map<String, Stamp> stamps,
            ModuleResult module) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(body)) {
            string(out, MAGIC);
            out.writeInt(FORMAT);
            string(out, key);
            java.io.ByteArrayOutputStream block = new java.io.ByteArrayOutputStream(1 << 16);
            try (DataOutputStream b = new DataOutputStream(block)) {
                for (Entry e : entries) {
                    entry(b, e);
                }
            }
            out.writeInt(entries.size());
            out.writeInt(block.size());
            block.writeTo(out);
            out.writeLong(startedNanos);
            out.writeInt(stamps.size());
            List<Map.Entry<String, Stamp>> sorted = new ArrayList<>(stamps.entrySet());
            if (!byKey(sorted)) {
                sorted.sort(Map.Entry.comparingByKey());
            }
            for (Map.Entry<String, Stamp> s : sorted) {
                string(out, s.getKey());
                out.writeLong(s.getValue().size());
                out.writeLong(s.getValue().modified());
                out.write(s.getValue().digest());
            }
            out.writeBoolean(module != null);
            if (module != null) {
                moduleResult(out, module);
            }
        }
        byte[] bytes = body.toByteArray();
        AtomicFiles.replace(file, bytes, ContentDigest.of(bytes));
    }

    /**
     * Whether the stamps come sorted by path already, as the walk lists files (the audit hands them
     * over in that order): then no sort, and no tree map whose compiled code every cold build waited for.
     */
    private static boolean byKey(List<Map.Entry<String, Stamp>> stamps) {
        for (int i = 1; i < stamps.size(); i++) {
            if (stamps.get(i - 1).getKey().compareTo(stamps.get(i).getKey()) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Why a file is not a cache of this format (not ours, or another format), or null when it is. */
    private static String otherFormat(byte[] all) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all))) {
            if (!MAGIC.equals(string(in))) {
                return "not a cache file of this plugin: ignored and rewritten";
            }
            int format = in.readInt();
            return format == FORMAT ? null
                    : "written in cache format " + format + ", not " + FORMAT + " (another plugin version): ignored and rewritten";
        } catch (IOException | RuntimeException e) {
            return "not a cache file of this plugin: ignored and rewritten";
        }
    }

    private static Entry entry(DataInputStream in) throws IOException {
        String path = string(in);
        byte[] digest = new byte[DIGEST_LENGTH];
        in.readFully(digest);
        boolean filtered = in.readBoolean();
        String problem = in.readBoolean() ? string(in) : null;
        int nf = count(in);
        List<StoredFinding> findings = new ArrayList<>(nf);
        for (int i = 0; i < nf; i++) {
            String rule = string(in);
            int line = in.readInt();
            int column = in.readInt();
            String message = string(in);
            int cap = in.readByte();
            String snippet = string(in);
            findings.add(new StoredFinding(rule, line, column, message, cap < 0 ? null : Severity.values()[cap], snippet));
        }
        int ns = count(in);
        int[] spans = new int[ns * 2];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = in.readInt();
        }
        int ni = count(in);
        List<FileIssue> issues = new ArrayList<>(ni);
        for (int i = 0; i < ni; i++) {
            FileIssue.Kind kind = FileIssue.Kind.values()[in.readByte()];
            issues.add(new FileIssue(string(in), kind, string(in)));
        }
        long[] mentions = null;
        int nm = in.readInt();
        if (nm > 64) {
            throw new IOException("implausible word bits " + nm);
        }
        if (nm >= 0) {
            mentions = new long[nm];
            for (int i = 0; i < nm; i++) {
                mentions[i] = in.readLong();
            }
        }
        return new Entry(path, digest, filtered, List.copyOf(findings), spans, List.copyOf(issues), problem, mentions);
    }

    private static void entry(DataOutputStream out, Entry e) throws IOException {
        string(out, e.path());
        out.write(e.digest());
        out.writeBoolean(e.filtered());
        out.writeBoolean(e.problem() != null);
        if (e.problem() != null) {
            string(out, e.problem());
        }
        out.writeInt(e.findings().size());
        for (StoredFinding f : e.findings()) {
            string(out, f.ruleId());
            out.writeInt(f.line());
            out.writeInt(f.column());
            string(out, f.message());
            out.writeByte(f.cap() == null ? -1 : f.cap().ordinal());
            string(out, f.snippet());
        }
        out.writeInt(e.secretSpans().length / 2);
        for (int v : e.secretSpans()) {
            out.writeInt(v);
        }
        out.writeInt(e.issues().size());
        for (FileIssue i : e.issues()) {
            out.writeByte(i.kind().ordinal());
            string(out, i.path());
            string(out, i.reason());
        }
        long[] m = e.mentions();
        out.writeInt(m == null ? -1 : m.length);
        if (m != null) {
            for (long v : m) {
                out.writeLong(v);
            }
        }
    }

    private static ModuleResult moduleResult(DataInputStream in) throws IOException {
        String key = string(in);
        int nf = count(in);
        List<Finding> findings = new ArrayList<>(nf);
        for (int i = 0; i < nf; i++) {
            String rule = string(in);
            Factor factor = Factor.values()[in.readByte()];
            Severity severity = Severity.values()[in.readByte()];
            String path = string(in);
            int line = in.readInt();
            int column = in.readInt();
            findings.add(new Finding(rule, factor, severity, path, line, column, string(in), string(in), string(in),
                    string(in)));
        }
        int suppressed = in.readInt();
        int ni = count(in);
        List<FileIssue> issues = new ArrayList<>(ni);
        for (int i = 0; i < ni; i++) {
            FileIssue.Kind kind = FileIssue.Kind.values()[in.readByte()];
            issues.add(new FileIssue(string(in), kind, string(in)));
        }
        return new ModuleResult(key, List.copyOf(findings), suppressed, List.copyOf(issues), in.readInt());
    }

    private static void moduleResult(DataOutputStream out, ModuleResult m) throws IOException {
        string(out, m.moduleKey());
        out.writeInt(m.findings().size());
        for (Finding f : m.findings()) {
            string(out, f.ruleId());
            out.writeByte(f.factor().ordinal());
            out.writeByte(f.severity().ordinal());
            string(out, f.path());
            out.writeInt(f.line());
            out.writeInt(f.column());
            string(out, f.message());
            string(out, f.remediation());
            string(out, f.snippet());
            string(out, f.fingerprint());
        }
        out.writeInt(m.suppressed());
        out.writeInt(m.issues().size());
        for (FileIssue i : m.issues()) {
            out.writeByte(i.kind().ordinal());
            string(out, i.path());
            string(out, i.reason());
        }
        out.writeInt(m.filesScanned());
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("implausible count " + n);
        }
        return n;
    }

    /** Length-prefixed UTF-8: unlike {@code writeUTF}, not limited to 64 KiB. */
    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("implausible string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
