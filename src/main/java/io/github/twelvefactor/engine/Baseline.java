package io.github.twelvefactor.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a team has accepted: one entry per finding, each with its fingerprint (see
 * {@link Fingerprints}), rule id, reactor-relative path and a redacted hint of the flagged line.
 * The file is meant to be committed and diffed: entries sorted, one per line, no timestamps and no
 * line numbers, so that it changes only when the accepted findings change.
 * <pre>
 * {
 *   "version": 1,
 *   "entries": [
 *     {"fingerprint":"...","ruleId":"...","path":"...","hint":"..."},
 *   ]
 * }
 * </pre>
 */
public final class Baseline {
    public static final String FILE_NAME = "twelvefactor-baseline.json";
    static final int VERSION = 1;
    static final int HINT_MAX = 80;

    /** One accepted finding. {@code hint} is the flagged line, already redacted, shortened. */
    public record Entry(String fingerprint, String ruleId, String path, String hint) {
        /** What the console says of a fixed entry. */
        public String describe() {
            return ruleId + " in " + path + (hint.isEmpty() ? "" : ": " + hint);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::ruleId)
            .thenComparing(Entry::hint).thenComparing(Entry::fingerprint);

    private final List<Entry> entries;

    public Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /** A baseline that accepts each of these findings (their fingerprints must be assigned). */
    public static Baseline of(List<Finding> findings) {
        List<Entry> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(new Entry(f.fingerprint(), f.ruleId(), f.path(), hint(f.snippet())));
        }
        return new Baseline(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The result with the findings this baseline accepts marked as baselined, and the entries that
     * match no finding any more listed as fixed.
     */
    public AuditResult apply(AuditResult result) {
        Set<String> found = new HashSet<>();
        for (Finding f : result.findings()) {
            found.add(f.fingerprint());
        }
        Set<String> accepted = new HashSet<>();
        List<String> fixed = new ArrayList<>();
        for (Entry e : entries) {
            if (found.contains(e.fingerprint())) {
                accepted.add(e.fingerprint());
            } else {
                fixed.add(e.describe());
            }
        }
        return new AuditResult(result.findings(), result.suppressed(), result.fileIssues(), result.filesScanned(),
                result.millis(), accepted, fixed, true, result.work());
    }

    /** The line as the entry shows it: whitespace collapsed, at most {@value #HINT_MAX} characters. */
    static String hint(String snippet) {
        String s = Fingerprints.normalise(snippet);
        if (s.codePointCount(0, s.length()) > HINT_MAX) {
            s = s.substring(0, s.offsetByCodePoints(0, HINT_MAX)) + "…";
        }
        return s;
    }

    /** The file's bytes: the same entries always give the same bytes, on every platform. */
    public byte[] toBytes() {
        // the frame is fixed text; each entry one line, its strings escaped by JsonText
        StringBuilder out = new StringBuilder("{\n  \"version\": " + VERSION + ",\n  \"entries\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"fingerprint\":").append(JsonText.quote(e.fingerprint()))
                    .append(",\"ruleId\":").append(JsonText.quote(e.ruleId()))
                    .append(",\"path\":").append(JsonText.quote(e.path()))
                    .append(",\"hint\":").append(JsonText.quote(e.hint())).append('}');
        }
        out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file in one move, so that a reader never sees half of it. */
    public void write(Path file) throws IOException {
        byte[] bytes = toBytes();
        AtomicFiles.replace(file, bytes);
    }

    /**
     * Reads a baseline file.
     *
     * @throws IllegalArgumentException when the file is not a baseline, with a message naming it
     * @throws IOException              when it cannot be read
     */
    public static Baseline read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(file, "not UTF-8 text");
        }
        Object root;
        try {
            root = JsonText.parse(text);
        } catch (JsonText.Malformed e) {
            throw malformed(file, "not valid JSON at line " + e.line() + ", column " + e.column() + " (" + e.reason() + ")");
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw malformed(file, "expected a JSON object");
        }
        Object version = top.get("version");
        if (top.containsKey("version") && !(version instanceof Long || version instanceof java.math.BigInteger)) {
            throw malformed(file, "\"version\" must be a number");
        }
        Object list = top.get("entries");
        if (top.containsKey("entries") && !(list instanceof List<?>)) {
            throw malformed(file, "\"entries\" must be an array");
        }
        if (!Long.valueOf(VERSION).equals(version)) {
            throw malformed(file, "expected \"version\": " + VERSION + ", found " + version);
        }
        if (list == null) {
            throw malformed(file, "no \"entries\" array");
        }
        List<Entry> entries = new ArrayList<>();
        for (Object item : (List<?>) list) {
            entries.add(entry(item, file, entries.size()));
        }
        return new Baseline(entries);
    }

    private static Entry entry(Object item, Path file, int index) {
        if (!(item instanceof Map<?, ?> fields)) {
            throw malformed(file, "entry " + (index + 1) + " is not an object");
        }
        for (String required : List.of("fingerprint", "ruleId", "path")) {
            if (!(fields.get(required) instanceof String v) || v.isBlank()) {
                throw malformed(file, "entry " + (index + 1) + " has no \"" + required + "\"");
            }
        }
        return new Entry((String) fields.get("fingerprint"), (String) fields.get("ruleId"), (String) fields.get("path"),
                fields.get("hint") instanceof String h ? h : "");
    }

    private static IllegalArgumentException malformed(Path file, String why) {
        return new IllegalArgumentException("twelvefactor: malformed baseline file " + file + ": " + why
                + ". Fix it, or delete it and run mvn twelvefactor:baseline to write it again.");
    }
}
