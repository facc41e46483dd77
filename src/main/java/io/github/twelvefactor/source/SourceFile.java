package io.github.twelvefactor.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.javaparser.ast.CompilationUnit;

/**
 * One text file of a module, read once, with each parsed view made on first use and then shared
 * by every rule. A file is handed to one thread at a time, so the views need no locking.
 *
 * <p>{@code path} is relative to the module's basedir (it decides scope and kind);
 * {@code displayPath} is relative to the reactor's root folder (reports use it). Both use
 * {@code /}.
 */
public final class SourceFile {
    private final Path absolutePath;
    private final String path;
    private final String displayPath;
    private final String text;
    private final FileKind kind;
    private final Scope scope;
    private final JavaParsers javaParsers;
    private String[] lines;
    private Object view;
    private ParseException problem;
    private boolean mavenFiltered;

    public SourceFile(Path absolutePath, String path, String displayPath, String text, JavaParsers javaParsers) {
        this.absolutePath = absolutePath;
        this.path = path;
        this.displayPath = displayPath;
        this.text = text;
        this.kind = FileKind.of(fileName(path));
        this.scope = Scope.of(path);
        this.javaParsers = javaParsers;
    }

    public Path absolutePath() {
        return absolutePath;
    }

    /** Path relative to the module's basedir, with {@code /}. */
    public String path() {
        return path;
    }

    /** Path relative to the reactor's root folder, with {@code /}. */
    public String displayPath() {
        return displayPath;
    }

    public String fileName() {
        return fileName(path);
    }

    public String text() {
        return text;
    }

    public FileKind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    /**
     * True when the text contains {@code word}, exactly as {@code text().contains(word)}: for the
     * words of {@link Mentions} one pass answers them all, on first use.
     */
    public boolean mentions(String word) {
        int i = Mentions.index(word);
        if (i < 0) {
            return text.contains(word);
        }
        long[] m = mentioned();
        return (m[i >>> 6] & (1L << i)) != 0;
    }

    /** Whether the text holds any of the listed words in {@code mask} (see {@link Mentions#mask}). */
    public boolean mentionsAny(long[] mask) {
        long[] m = mentioned();
        for (int i = 0; i < mask.length; i++) {
            if ((m[i] & mask[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private long[] mentioned;
    private int[] secretWords;

    private long[] mentioned() {
        if (mentioned == null) {
            find();
        }
        return mentioned;
    }

    private void find() {
        Mentions.Found found = Mentions.find(text);
        mentioned = found.bits();
        secretWords = found.secretWords();
    }

    /**
     * Where the Java secret gate's words stand in the text, in any case: start and index in {@link
     * Mentions#SECRET_WORDS}, in pairs, in the order they end; from the same pass as {@link #mentions}.
     */
    public int[] secretWords() {
        if (secretWords == null) {
            find();
        }
        return secretWords;
    }

    /**
     * The one-pass answers of {@link #mentions}, made now if no rule has asked yet: for the cache,
     * so that a later audit of the same bytes (project rules read test files too) makes no pass.
     */
    public long[] mentionBits() {
        return mentioned().clone();
    }

    /**
     * Answers {@link #mentions} from a cache of this very text (same bytes) rather than by a new
     * pass; ignored when it does not fit the word list of this build.
     */
    public void knownMentions(long[] bits) {
        if (bits != null && bits.length == Mentions.bitsLength()) {
            mentioned = bits.clone();
        }
    }

    public String[] lines() {
        if (lines == null) {
            lines = splitLines(text);
        }
        return lines;
    }

    /**
     * {@code text} cut at every {@code \r\n}, {@code \r} and {@code \n}, empty lines kept (as
     * {@code split("\r\n|\r|\n", -1)}, which compiled its pattern again for every file).
     */
    static String[] splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** The text of a 1-based line, or "" when out of range. */
    public String line(int number) {
        String[] l = lines();
        return number >= 1 && number <= l.length ? l[number - 1] : "";
    }

    /**
     * Main config in RULES.md's sense: {@code src/main/resources/**}, or a config file at the
     * module's root ({@code config/**}, {@code application*.properties|yml|yaml}).
     */
    public boolean isMainConfig() {
        if (path.startsWith("src/main/resources/")) {
            return true;
        }
        if (path.startsWith("config/")) {
            return true;
        }
        String name = fileName().toLowerCase(Locale.ROOT);
        return !path.contains("/") && (name.startsWith("application") || name.startsWith("bootstrap"))
                && (kind == FileKind.PROPERTIES || kind == FileKind.YAML);
    }

    /** Test config and test sources: {@code src/test/**} and the like. */
    public boolean isTest() {
        return scope == Scope.TEST;
    }

    /**
     * True when Maven filters this resource ({@code <filtering>true</filtering>}): its {@code ${x}}
     * and {@code @x@} are replaced at build time, so they are not run-time placeholders.
     */
    public boolean isMavenFiltered() {
        return mavenFiltered;
    }

    public void setMavenFiltered(boolean value) {
        this.mavenFiltered = value;
    }

    /** Drops the Java AST once the file rules are done with it (project rules may parse again). */
    public void releaseJava() {
        if (kind == FileKind.JAVA && problem == null) {
            view = null;
        }
    }

    /** The problem that stopped this file's parse, or null. */
    public ParseException problem() {
        return problem;
    }

    public boolean isJava() {
        return kind == FileKind.JAVA;
    }

    /** The Java AST, or null when the file is not Java or does not parse. */
    public CompilationUnit java() {
        return kind == FileKind.JAVA ? view(CompilationUnit.class) : null;
    }

    /** The YAML view, or null when the file is not YAML or does not parse. */
    public YamlFile yaml() {
        return kind == FileKind.YAML ? view(YamlFile.class) : null;
    }

    /** The XML view, or null when the file is not XML or does not parse. */
    public XmlFile xml() {
        return kind == FileKind.XML ? view(XmlFile.class) : null;
    }

    /** The Dockerfile view, or null when the file is not a Dockerfile. */
    public Dockerfile dockerfile() {
        return kind == FileKind.DOCKERFILE ? view(Dockerfile.class) : null;
    }

    /**
     * The compose view: for {@code docker-compose*.y*ml} and {@code compose*.y*ml} always (a
     * fragment gives no services), for other YAML only when its top level looks like compose.
     * Null otherwise.
     */
    public ComposeFile compose() {
        YamlFile yaml = yaml();
        if (yaml == null) {
            return null;
        }
        String name = fileName().toLowerCase(Locale.ROOT);
        boolean byName = name.startsWith("docker-compose") || name.startsWith("compose");
        if (!byName && !ComposeFile.looksLikeCompose(yaml)) {
            return null;
        }
        return composeView(yaml);
    }

    private ComposeFile compose;

    private ComposeFile composeView(YamlFile yaml) {
        if (compose == null) {
            compose = ComposeFile.of(yaml);
        }
        return compose;
    }

    /**
     * Key/value entries for {@code .properties}, YAML (flattened) and {@code .env} files; an empty
     * list for every other kind or when the file does not parse.
     */
    @SuppressWarnings("unchecked")
    public List<ConfigEntry> configEntries() {
        return switch (kind) {
            case PROPERTIES, ENV -> orEmpty(view(List.class));
            case YAML -> {
                YamlFile y = yaml();
                yield y == null ? List.of() : y.entries();
            }
            default -> List.of();
        };
    }

    private static List<ConfigEntry> orEmpty(List<ConfigEntry> l) {
        return l == null ? List.of() : l;
    }

    /** This file's one parsed view, by its kind (a switch, not a lambda per kind: see Finding.comparePlace). */
    private Object parse() {
        return switch (kind) {
            case JAVA -> javaParsers.parse(text);
            case YAML -> YamlFile.parse(text);
            case XML -> XmlFile.parse(text);
            case DOCKERFILE -> Dockerfile.parse(lines());
            case PROPERTIES -> PropertiesFile.parse(lines());
            case ENV -> EnvFile.parse(lines());
            default -> throw new IllegalStateException("no view of a " + kind + " file");
        };
    }

    private <T> T view(Class<T> type) {
        if (problem != null) {
            return null;
        }
        if (view == null) {
            try {
                view = parse();
            } catch (ParseException e) {
                problem = e;
                return null;
            } catch (RuntimeException | StackOverflowError e) {
                problem = new ParseException("could not be parsed: " + e.getClass().getSimpleName(), 0);
                return null;
            }
        }
        return type.isInstance(view) ? type.cast(view) : null;
    }

    private static String fileName(String p) {
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
