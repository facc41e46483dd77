package io.github.twelvefactor.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;

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
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

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
        // The frame is fixed text; each entry is written by the generator, which does the escaping.
        StringBuilder out = new StringBuilder("{\n  \"version\": " + VERSION + ",\n  \"entries\": [");
        try {
            for (int i = 0; i < entries.size(); i++) {
                out.append(i == 0 ? "\n    " : ",\n    ").append(entryJson(entries.get(i)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String entryJson(Entry e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("fingerprint", e.fingerprint());
            g.writeStringField("ruleId", e.ruleId());
            g.writeStringField("path", e.path());
            g.writeStringField("hint", e.hint());
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the file in one move, so that a reader never sees half of it. */
    public void write(Path file) throws IOException {
        byte[] bytes = toBytes();
        AtomicFiles.replace(file, out -> out.write(bytes));
    }

    /**
     * Reads a baseline file.
     *
     * @throws IllegalArgumentException when the file is not a baseline, with a message naming it
     * @throws IOException              when it cannot be read
     */
    public static Baseline read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            return parse(p, file);
        } catch (JsonProcessingException e) {
            throw malformed(file, "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
    }

    private static Baseline parse(JsonParser p, Path file) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw malformed(file, "expected a JSON object");
        }
        Integer version = null;
        List<Entry> entries = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("version")) {
                if (value != JsonToken.VALUE_NUMBER_INT) {
                    throw malformed(file, "\"version\" must be a number");
                }
                version = p.getIntValue();
            } else if (name.equals("entries")) {
                if (value != JsonToken.START_ARRAY) {
                    throw malformed(file, "\"entries\" must be an array");
                }
                entries = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    entries.add(entry(p, file, entries.size()));
                }
            } else {
                p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw malformed(file, "unexpected content after the baseline object");
        }
        if (version == null || version != VERSION) {
            throw malformed(file, "expected \"version\": " + VERSION + ", found " + version);
        }
        if (entries == null) {
            throw malformed(file, "no \"entries\" array");
        }
        return new Baseline(entries);
    }

    private static Entry entry(JsonParser p, Path file, int index) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw malformed(file, "entry " + (index + 1) + " is not an object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                fields.put(name, p.getText());
            } else {
                p.skipChildren();
            }
        }
        for (String required : List.of("fingerprint", "ruleId", "path")) {
            String v = fields.get(required);
            if (v == null || v.isBlank()) {
                throw malformed(file, "entry " + (index + 1) + " has no \"" + required + "\"");
            }
        }
        return new Entry(fields.get("fingerprint"), fields.get("ruleId"), fields.get("path"),
                fields.getOrDefault("hint", ""));
    }

    private static IllegalArgumentException malformed(Path file, String why) {
        return new IllegalArgumentException("twelvefactor: malformed baseline file " + file + ": " + why
                + ". Fix it, or delete it and run mvn twelvefactor:baseline to write it again.");
    }
}
