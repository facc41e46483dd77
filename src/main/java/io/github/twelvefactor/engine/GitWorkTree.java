package io.github.twelvefactor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The git work tree a folder belongs to, and the paths its index tracks: just enough of git to
 * answer what {@code git ls-files --cached} lists, without a git library.
 *
 * <p>Finding it: from the start folder upwards, the first folder holding a {@code .git} directory
 * (one with a {@code HEAD} file: a stray empty {@code .git} is passed over, as git does) or a
 * {@code .git} file {@code gitdir: <path>} (linked worktrees and submodules; a relative path
 * resolves against the folder of the file) is the work tree. The environment is read as JGit's
 * {@code readEnvironment()} read it, so that the audit run from a git hook sees what git sees:
 * {@code GIT_DIR} replaces the search, {@code GIT_WORK_TREE} names the work tree, and
 * {@code GIT_INDEX_FILE} the index; relative values resolve against the JVM's working directory. With
 * {@code GIT_DIR} but no {@code GIT_WORK_TREE}, the work tree is the folder holding a {@code GIT_DIR}
 * named {@code .git}, or the one a linked worktree's {@code GIT_DIR/gitdir} file points to; anything
 * else counts as bare. A bare repository ({@code core.bare = true}) has no work tree, and is treated
 * as no repository at all. Not read: {@code GIT_COMMON_DIR}, {@code GIT_CEILING_DIRECTORIES},
 * {@code core.worktree}.
 *
 * <p>Reading the index: format "DIRC" versions 2, 3 (extended flags) and 4 (prefix-compressed
 * names), SHA-1 or SHA-256 ({@code extensions.objectFormat}); only the names of its entries (all
 * stages) are taken. Extensions are skipped, but for a split index ({@code link}): the shared index
 * file is read too, less the entries it deletes. No checksum is verified.
 */
final class GitWorkTree {
    private final Path workTree;
    private final Path gitDir;
    private final Path commonDir;
    private final Path indexFile;
    private final int hashLen;

    private GitWorkTree(Path workTree, Path gitDir, Path commonDir, Path indexFile, int hashLen) {
        this.workTree = workTree;
        this.gitDir = gitDir;
        this.commonDir = commonDir;
        this.indexFile = indexFile;
        this.hashLen = hashLen;
    }

    private static final UnaryOperator<String> ENVIRONMENT = new UnaryOperator<>() { // no lambda: see Finding.comparePlace
        @Override
        public String apply(String name) {
            return System.getenv(name);
        }
    };

    /** The work tree {@code start} lies in, or null outside one (or in a bare or broken repository). */
    static GitWorkTree find(Path start) {
        return find(start, ENVIRONMENT);
    }

    static GitWorkTree find(Path start, UnaryOperator<String> env) {
        try {
            Path cwd = Path.of("").toAbsolutePath();
            Path work = null;
            Path gitDir;
            String envDir = env.apply("GIT_DIR");
            String envWork = env.apply("GIT_WORK_TREE");
            if (envDir != null && !envDir.isEmpty()) {
                gitDir = cwd.resolve(envDir);
                if (envWork == null) {
                    work = impliedWorkTree(gitDir);
                    if (work == null) {
                        return null;
                    }
                }
            } else {
                gitDir = null;
                for (Path dir = start.toAbsolutePath(); dir != null && gitDir == null; dir = dir.getParent()) {
                    Path dotGit = dir.resolve(".git");
                    if (Files.isRegularFile(dotGit)) {
                        gitDir = gitFile(dotGit);
                        if (gitDir == null) {
                            return null; // git refuses to work with a broken .git file
                        }
                        work = dir;
                    } else if (Files.isRegularFile(dotGit.resolve("HEAD"))) {
                        gitDir = dotGit;
                        work = dir;
                    }
                }
                if (gitDir == null) {
                    return null;
                }
            }
            if (envWork != null && !envWork.isEmpty()) {
                work = cwd.resolve(envWork);
            }
            if (!Files.isDirectory(gitDir) || work == null || !Files.isDirectory(work)) {
                return null;
            }
            Path common = gitDir;
            Path commonFile = gitDir.resolve("commondir");
            if (Files.isRegularFile(commonFile)) {
                common = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).strip());
            }
            Config config = Config.read(common);
            if (config.bare) {
                return null;
            }
            String envIndex = env.apply("GIT_INDEX_FILE");
            Path index = envIndex != null && !envIndex.isEmpty() ? cwd.resolve(envIndex) : gitDir.resolve("index");
            return new GitWorkTree(work.toRealPath(), gitDir, common, index, config.sha256 ? 32 : 20);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or foreign: treated as no repository
        }
    }

    /** The work tree a GIT_DIR without GIT_WORK_TREE stands for, or null when it counts as bare. */
    private static Path impliedWorkTree(Path gitDir) throws IOException {
        if (gitDir.normalize().getFileName() != null && gitDir.normalize().getFileName().toString().equals(".git")) {
            return gitDir.normalize().getParent();
        }
        Path back = gitDir.resolve("gitdir"); // a linked worktree's admin folder points back to <worktree>/.git
        if (Files.isRegularFile(back)) {
            Path dotGit = gitDir.resolve(Files.readString(back, StandardCharsets.UTF_8).strip());
            return dotGit.normalize().getParent();
        }
        return null;
    }

    /** The folder a {@code .git} file points to, or null if the file is not a valid pointer. */
    private static Path gitFile(Path dotGit) throws IOException {
        String s = Files.readString(dotGit, StandardCharsets.UTF_8);
        if (!s.startsWith("gitdir: ")) {
            return null;
        }
        Path target = dotGit.getParent().resolve(s.substring("gitdir: ".length()).strip());
        return Files.isDirectory(target) ? target : null;
    }

    Path workTree() {
        return workTree;
    }

    /** {@code info/exclude} of the repository (shared by all its worktrees, as git reads it). */
    Path infoExclude() {
        return commonDir.resolve("info").resolve("exclude");
    }

    /**
     * The paths the index tracks, sorted as {@link String#compareTo}; none when there is no index
     * yet.
     *
     * @throws IOException when the index cannot be read or is not one this class understands
     */
    String[] tracked() throws IOException {
        String where = gitDir.toAbsolutePath() + "|" + hashLen;
        long now = System.currentTimeMillis();
        Object stamp = stamp(indexFile); // taken before the bytes: a change after it shows in the next one
        TrackedPaths last = LAST_INDEX.get();
        if (last != null && last.where().equals(where) && stamp != null && stamp.equals(last.stamp()) && last.settled()) {
            return last.paths();
        }
        byte[] data;
        try {
            data = Files.readAllBytes(indexFile);
        } catch (NoSuchFileException e) {
            return new String[0];
        }
        String[] paths;
        if (last != null && last.where().equals(where) && Arrays.equals(last.index(), data)) {
            paths = last.paths();
        } else {
            paths = readIndex(data, hashLen, gitDir);
            Arrays.sort(paths); // git sorts by bytes: the same order but for rare characters; sorting sorted input is cheap
        }
        LAST_INDEX.set(new TrackedPaths(where, data, paths, stamp, changedAt(stamp) < now - RACY_MILLIS));
        return paths;
    }

    /**
     * How long before it was read the index must have last changed for its file stamp alone to vouch
     * for its bytes: longer than any file system's time step (FAT's is 2 s), so that a rewrite in
     * place, of the same size, in the same step as the read, is still caught (git's "racy" case).
     */
    private static final long RACY_MILLIS = 3_000;

    /**
     * What the file system says of {@code file}: identity (device and inode), size, and the times of its
     * last change; equal stamps, taken while the file was settled, mean the same bytes. Null when it
     * cannot be read.
     */
    private static Object stamp(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:dev,ino,size,lastModifiedTime,ctime");
            return Arrays.asList(a.get("dev"), a.get("ino"), a.get("size"), a.get("lastModifiedTime"), a.get("ctime"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return Arrays.asList(a.fileKey(), a.size(), a.lastModifiedTime(), a.creationTime());
            } catch (IOException e2) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The latest time in a stamp, in milliseconds; the largest value when there is none. */
    private static long changedAt(Object stamp) {
        long latest = Long.MIN_VALUE;
        if (stamp instanceof List<?> values) {
            for (Object v : values) {
                if (v instanceof FileTime time) {
                    latest = Math.max(latest, time.toMillis());
                }
            }
        }
        return latest == Long.MIN_VALUE ? Long.MAX_VALUE : latest;
    }

    /**
     * The last index read in this JVM, with its paths: every module of a reactor asks the same
     * repository, and parsing a big index once per module made the walk grow with modules times
     * files. When the file's stamp is the one taken at that read and the file had settled by then, the
     * paths are reused without a read; otherwise the bytes are read and compared, which costs a
     * fraction of parsing them. Neither array is written after it is stored; the paths are handed out
     * as they are.
     */
    private static final AtomicReference<TrackedPaths> LAST_INDEX = new AtomicReference<>();

    /**
     * {@code where}: the git folder and the repository's hash length; {@code index}: the index file's
     * bytes; {@code stamp}: the file's stamp just before they were read; {@code settled}: the file had
     * last changed well before that read.
     */
    private record TrackedPaths(String where, byte[] index, String[] paths, Object stamp, boolean settled) {
    }

    /** The entry names of an index file's bytes; a split index's shared file is read from {@code gitDir}. */
    static String[] readIndex(byte[] d, int hashLen, Path gitDir) throws IOException {
        Index index = new Index(d, hashLen);
        String[] own = index.entries();
        if (index.sharedIndex == null) {
            return own;
        }
        Path shared = gitDir.resolve("sharedindex." + index.sharedIndex);
        Index base = new Index(Files.readAllBytes(shared), hashLen);
        String[] all = base.entries();
        boolean[] deleted = index.deleted(all.length);
        int n = 0;
        String[] out = new String[all.length + own.length];
        for (int i = 0; i < all.length; i++) {
            if (!deleted[i]) {
                out[n++] = all[i];
            }
        }
        for (String p : own) {
            if (!p.isEmpty()) { // a replacing entry may leave its (unchanged) name out
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** One index file: its entry names and, for a split index, its link extension. */
    private static final class Index {
        private final byte[] d;
        private final int hashLen;
        private final int version;
        private final int count;
        private int end; // where the entries end and the extensions start
        String sharedIndex;
        private int deleteBitmap = -1;

        Index(byte[] d, int hashLen) throws IOException {
            this.d = d;
            this.hashLen = hashLen;
            if (d.length < 12 + hashLen || d[0] != 'D' || d[1] != 'I' || d[2] != 'R' || d[3] != 'C') {
                throw corrupt("not an index file");
            }
            version = int32(d, 4);
            count = int32(d, 8);
            if (version < 2 || version > 4) {
                throw corrupt("index version " + version);
            }
            if (count < 0 || count > (d.length - 12) / (42 + hashLen)) { // each entry takes more than that
                throw corrupt("index entry count " + count);
            }
        }

        /** Reads the entries' names (and finds the link extension after them). */
        String[] entries() throws IOException {
            String[] out = new String[count];
            int flagsAt = 40 + hashLen; // after ctime, mtime, dev, ino, mode, uid, gid, size and the object id
            int pos = 12;
            byte[] prev = version == 4 ? new byte[256] : null;
            int prevLen = 0;
            int limit = d.length - hashLen;
            for (int i = 0; i < count; i++) {
                if (pos + flagsAt + 2 > limit) {
                    throw corrupt("truncated at entry " + i);
                }
                int flags = uint16(d, pos + flagsAt);
                int name = pos + flagsAt + 2;
                if ((flags & 0x4000) != 0) {
                    name += 2; // extended flags (v3 and later): skip-worktree, intent-to-add
                }
                if (version == 4) {
                    // N in git's offset varint, then a NUL-terminated suffix: drop N bytes of the previous name, append
                    int p = name;
                    if (p >= limit) {
                        throw corrupt("truncated at entry " + i);
                    }
                    int c = d[p++] & 0xFF;
                    long strip = c & 0x7F;
                    while ((c & 0x80) != 0) {
                        if (p >= limit || strip > 0xFFFFFF) {
                            throw corrupt("bad name prefix at entry " + i);
                        }
                        c = d[p++] & 0xFF;
                        strip = ((strip + 1) << 7) | (c & 0x7F);
                    }
                    int nul = nul(d, p, limit);
                    if (strip > prevLen || nul < 0) {
                        throw corrupt("bad name at entry " + i);
                    }
                    int keep = prevLen - (int) strip;
                    int len = keep + nul - p;
                    if (len > prev.length) {
                        prev = Arrays.copyOf(prev, Math.max(len, prev.length * 2));
                    }
                    System.arraycopy(d, p, prev, keep, nul - p);
                    prevLen = len;
                    out[i] = new String(prev, 0, len, StandardCharsets.UTF_8);
                    pos = nul + 1;
                } else {
                    int len = flags & 0xFFF;
                    if (len == 0xFFF) { // 4095 bytes or more: the NUL ends it
                        int nul = nul(d, name, limit);
                        if (nul < 0) {
                            throw corrupt("bad name at entry " + i);
                        }
                        len = nul - name;
                    } else if (name + len >= limit || d[name + len] != 0) {
                        throw corrupt("bad name at entry " + i);
                    }
                    out[i] = new String(d, name, len, StandardCharsets.UTF_8);
                    pos += (name - pos + len + 8) & ~7; // NUL-padded to a multiple of 8
                }
            }
            end = pos;
            readExtensions(limit);
            return out;
        }

        private void readExtensions(int limit) throws IOException {
            int pos = end;
            while (pos + 8 <= limit) {
                int size = int32(d, pos + 4);
                if (size < 0 || pos + 8 + size > limit) {
                    throw corrupt("bad extension");
                }
                if (d[pos] == 'l' && d[pos + 1] == 'i' && d[pos + 2] == 'n' && d[pos + 3] == 'k') {
                    if (size < hashLen) {
                        throw corrupt("bad link extension");
                    }
                    StringBuilder hex = new StringBuilder(hashLen * 2);
                    boolean zero = true;
                    for (int i = 0; i < hashLen; i++) {
                        int b = d[pos + 8 + i] & 0xFF;
                        zero &= b == 0;
                        hex.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
                    }
                    if (!zero) {
                        sharedIndex = hex.toString();
                        deleteBitmap = size > hashLen ? pos + 8 + hashLen : -1;
                    }
                }
                pos += 8 + size;
            }
        }

        /** The EWAH-compressed delete bitmap of the link extension, as one flag per shared entry. */
        boolean[] deleted(int sharedCount) throws IOException {
            boolean[] out = new boolean[sharedCount];
            if (deleteBitmap < 0) {
                return out;
            }
            int p = deleteBitmap;
            if (p + 8 > d.length) {
                throw corrupt("bad delete bitmap");
            }
            int words = int32(d, p + 4);
            p += 8;
            if (words < 0 || p + 8L * words > d.length) {
                throw corrupt("bad delete bitmap");
            }
            long bit = 0;
            for (int w = 0; w < words;) {
                long marker = int64(d, p + 8 * w++);
                long run = (marker >>> 1) & 0xFFFFFFFFL;
                long literals = marker >>> 33;
                if ((marker & 1) != 0) {
                    for (long b = bit; b < Math.min(bit + run * 64, sharedCount); b++) {
                        out[(int) b] = true;
                    }
                }
                bit += run * 64;
                for (long k = 0; k < literals && w < words; k++) {
                    long word = int64(d, p + 8 * w++);
                    for (int b = 0; b < 64; b++) {
                        if ((word >>> b & 1) != 0 && bit + b < sharedCount) {
                            out[(int) (bit + b)] = true;
                        }
                    }
                    bit += 64;
                }
            }
            return out;
        }
    }

    /** The two settings read from the repository's {@code config}: {@code core.bare} and the hash. */
    private record Config(boolean bare, boolean sha256) {
        static Config read(Path commonDir) throws IOException {
            Path file = commonDir.resolve("config");
            if (!Files.isRegularFile(file)) {
                return new Config(false, false);
            }
            boolean bare = false;
            boolean sha256 = false;
            String section = "";
            // ISO-8859-1 takes any byte: the keys read are ASCII, and a user.name in another encoding must not matter
            for (String raw : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                String line = raw.strip();
                if (line.startsWith("[")) {
                    int close = line.indexOf(']');
                    section = (close < 0 ? line.substring(1) : line.substring(1, close)).strip().toLowerCase(Locale.ROOT);
                    line = close < 0 ? "" : line.substring(close + 1).strip();
                }
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
                if (section.equals("core") && key.equals("bare")) {
                    bare = value.equals("true") || value.equals("yes") || value.equals("on") || value.equals("1");
                } else if (section.equals("extensions") && key.equals("objectformat")) {
                    sha256 = value.equals("sha256");
                }
            }
            return new Config(bare, sha256);
        }
    }

    private static IOException corrupt(String what) {
        return new IOException("unreadable git index: " + what);
    }

    private static int nul(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int uint16(byte[] d, int p) {
        return (d[p] & 0xFF) << 8 | (d[p + 1] & 0xFF);
    }

    private static int int32(byte[] d, int p) {
        return (d[p] & 0xFF) << 24 | (d[p + 1] & 0xFF) << 16 | (d[p + 2] & 0xFF) << 8 | (d[p + 3] & 0xFF);
    }

    private static long int64(byte[] d, int p) {
        return (long) int32(d, p) << 32 | (int32(d, p + 4) & 0xFFFFFFFFL);
    }
}
