package io.github.twelvefactor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The rule catalogue written down at build time ({@value #RESOURCE}, one line per rule: its class,
 * its kind and its {@link RuleDefinition}), so that a build can know every rule without loading one.
 * Loading the 32 rule classes through Maven's class realm was 50-85 ms of every build, also of one
 * whose modules all come from the cache and run no rule. The build writes the index in
 * {@code process-classes} from the classes themselves ({@link #main}); a test checks that it lists
 * exactly what the service loader finds, with the same entries. Without the index (classes run
 * from an IDE), the catalogue loads the classes as before.
 */
public final class RuleIndex {
    static final String RESOURCE = "META-INF/twelvefactor/rules.index";

    /** One indexed rule: its class's name, whether it is a {@link FileRule}, and its catalogue entry. */
    record Entry(String className, boolean fileRule, RuleMeta meta) {
    }

    private RuleIndex() {
    }

    /** Writes the index into the classes folder {@code args[0]}, from the rules the service loader finds there. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve(RESOURCE);
        StringBuilder text = new StringBuilder();
        for (Entry e : discover(RuleIndex.class.getClassLoader())) {
            text.append(line(e)).append('\n');
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    /** The rules as the service loader finds them, classes loaded (not initialised) and annotations read. */
    static List<Entry> discover(ClassLoader loader) {
        List<Entry> out = new ArrayList<>();
        for (java.util.Iterator<ServiceLoader.Provider<Rule>> it = ServiceLoader.load(Rule.class, loader).stream()
                .iterator(); it.hasNext();) {
            Class<? extends Rule> type = it.next().type();
            out.add(new Entry(type.getName(), FileRule.class.isAssignableFrom(type), RuleMeta.of(type)));
        }
        return out;
    }

    /** The index as {@code loader} holds it, or null when it holds none. */
    static List<Entry> read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            List<Entry> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    out.add(parse(line));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable index: the classes themselves still tell
        }
    }

    static String line(Entry e) {
        RuleMeta m = e.meta();
        return String.join("\t", e.className(), e.fileRule() ? "file" : "project", m.id(), m.factor().name(),
                m.severity().name(), Boolean.toString(m.readsTests()), escape(m.summary()), escape(m.remediation()),
                escape(m.bad()), escape(m.good()));
    }

    static Entry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 10 || !(f[1].equals("file") || f[1].equals("project"))) {
            throw new IllegalArgumentException("not a rule index line: " + line);
        }
        return new Entry(f[0], f[1].equals("file"), new RuleMeta(f[2], Factor.valueOf(f[3]), Severity.valueOf(f[4]),
                unescape(f[6]), unescape(f[7]), Boolean.parseBoolean(f[5]), unescape(f[8]), unescape(f[9])));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
