package io.github.twelvefactor.rules.backing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.EnvironmentNames;
import io.github.twelvefactor.rules.Placeholders;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * The production path runs an in-process or file database: {@code jdbc:h2:}, {@code jdbc:hsqldb:},
 * {@code jdbc:derby:}, {@code jdbc:sqlite:} in main config (properties, YAML, XML such as
 * {@code persistence.xml} or a Spring context) or in a main Java string literal,
 * {@code new EmbeddedDatabaseBuilder()}, {@code <jdbc:embedded-database>}, and Quarkus
 * {@code db-kind=h2|derby}. A file database also keeps the app's data on the local disk (factor VI),
 * and the message says so.
 *
 * <p>Not reported: the engines' server modes ({@code jdbc:h2:tcp://}, {@code jdbc:hsqldb:hsql://},
 * {@code jdbc:derby://host}), which are attached backing services; a bare URL prefix in Java
 * ({@code url.startsWith("jdbc:h2:")}, a literal passed to {@code startsWith}/{@code equals}/...),
 * which tests a URL rather than opening one; config that only applies to the developer's machine or
 * the test suite ({@code application-dev.yml}, an {@code on-profile: local} document,
 * {@code %dev.}/{@code %test.} keys, a class or method under {@code @Profile("dev")}), and profiles
 * named after the embedded engine itself ({@code application-h2.yml}), which a deploy must opt into.
 * A URL inside a placeholder's default ({@code ${DB_URL:jdbc:h2:mem:app}}) ships, so it counts.
 */
@RuleDefinition(id = "embedded-database", factor = Factor.IV, severity = Severity.WARNING,
        bad = "spring.datasource.url=jdbc:h2:file:./data/shop",
        good = "spring.datasource.url=${DATABASE_URL}   # a database server, attached per deploy",
        summary = "The production path uses an in-process or file database (H2, HSQLDB, Derby, SQLite)",
        remediation = "Attach the database as a backing service: point the datasource URL at a database server "
                + "(PostgreSQL, MySQL...) read from the environment (${SPRING_DATASOURCE_URL}), and keep the "
                + "embedded engine for tests only; data on the local disk is lost with the container.")
public final class EmbeddedDatabaseRule implements FileRule {
    private static final Pattern EMBEDDED_URL = Pattern.compile("(?<![\\w])jdbc:(h2|hsqldb|derby|sqlite):",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DB_KIND = Pattern.compile("quarkus\\.datasource\\.(\"?[^.]+\"?\\.)?db-kind");
    private static final Set<String> PREFIX_TESTS = Set.of("startsWith", "endsWith", "contains", "equals",
            "equalsIgnoreCase", "indexOf", "matches", "regionMatches", "replace", "replaceFirst", "replaceAll");
    private static final Set<String> OPT_IN_PROFILE_WORDS = Set.of("h2", "hsqldb", "hsql", "derby", "sqlite",
            "embedded", "mem", "inmemory", "memory");

    @Override
    public boolean accepts(SourceFile file) {
        FileKind k = file.kind();
        boolean place = k == FileKind.JAVA ? file.scope() == Scope.MAIN
                : (k == FileKind.PROPERTIES || k == FileKind.YAML) ? file.isMainConfig()
                : k == FileKind.XML && (file.isMainConfig() || file.path().startsWith("src/main/"));
        if (!place) {
            return false;
        }
        if (file.fileName().startsWith(".") && k != FileKind.JAVA) {
            return false; // tool state such as H2 console's .h2.server.properties, not the app's config
        }
        return file.mentions("jdbc:") || file.mentions("JDBC:") || file.mentions("jdbc\\:") || (k == FileKind.JAVA && file.mentions("EmbeddedDatabaseBuilder"))
                || (k == FileKind.XML && file.mentions("embedded-database")) || file.mentions("db-kind");
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        switch (file.kind()) {
            case JAVA -> checkJava(file, out);
            case XML -> checkXml(file, out);
            default -> checkConfig(file, out);
        }
    }

    private static void checkConfig(SourceFile file, Reporter out) {
        ConfigProfiles profiles = ConfigProfiles.of(file);
        List<ConfigEntry> entries = file.configEntries();
        for (ConfigEntry e : entries) {
            if (e.value() == null || optIn(profiles.of(e))) {
                continue;
            }
            String found = describe(e.value());
            if (found == null && DB_KIND.matcher(ConfigProfiles.withoutQuarkusProfile(e.key())).matches()) {
                String kind = Placeholders.shipped(e.value()).toLowerCase(Locale.ROOT);
                if ((kind.equals("h2") || kind.equals("derby")) && !overriddenForProduction(e, entries)
                        && !hasUrl(e, entries, profiles)) {
                    found = "Quarkus db-kind=" + kind + " (an in-process database)";
                }
            }
            if (found != null) {
                out.report(e.line(), e.column(), found + " in " + file.fileName());
            }
        }
    }

    /**
     * True when the datasource of a {@code db-kind} entry has a URL in the file outside dev and test
     * profiles: the URL decides, since {@code db-kind=h2} with {@code jdbc:h2:tcp://} is a server,
     * and one finding at the URL is enough.
     */
    private static boolean hasUrl(ConfigEntry dbKind, List<ConfigEntry> entries, ConfigProfiles profiles) {
        String kindKey = ConfigProfiles.withoutQuarkusProfile(dbKind.key());
        String base = kindKey.substring(0, kindKey.length() - "db-kind".length());
        return entries.stream().filter(o -> !profiles.developmentOnly(o))
                .map(o -> ConfigProfiles.withoutQuarkusProfile(o.key()))
                .anyMatch(k -> k.equals(base + "jdbc.url") || k.equals(base + "reactive.url"));
    }

    /** True when a {@code %prod.} key of the same name gives production a different engine. */
    private static boolean overriddenForProduction(ConfigEntry e, List<ConfigEntry> entries) {
        if (e.key().startsWith("%")) {
            return false;
        }
        String prodKey = "%prod." + e.key();
        return entries.stream().anyMatch(o -> o.key().equals(prodKey));
    }

    private static void checkXml(SourceFile file, Reporter out) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        for (XmlFile.Element el : xml.elements()) {
            String found = null;
            if (el.name().equals("embedded-database")) {
                String type = el.attribute("type");
                found = "Spring <jdbc:embedded-database> (" + (type == null ? "HSQL" : type) + ", in-process)";
            } else {
                found = describe(el.text());
                for (String v : el.attributes().values()) {
                    found = found != null ? found : describe(v);
                }
            }
            if (found != null) {
                out.report(el.line(), 0, found + " in " + file.fileName());
            }
        }
    }

    private static void checkJava(SourceFile file, Reporter out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
        for (Node n : cu.findAll(Node.class, n -> n instanceof StringLiteralExpr || n instanceof TextBlockLiteralExpr
                || n instanceof ObjectCreationExpr)) {
            String found;
            if (n instanceof ObjectCreationExpr oc) {
                found = oc.getType().getNameAsString().equals("EmbeddedDatabaseBuilder")
                        ? "new EmbeddedDatabaseBuilder() (an in-process database)" : null;
            } else {
                String value = n instanceof StringLiteralExpr s ? s.asString() : ((TextBlockLiteralExpr) n).asString();
                found = testsAUrl(n) ? null : describe(value);
            }
            if (found != null && !developmentProfile(n)) {
                int line = n.getBegin().map(p -> p.line).orElse(0);
                int col = n.getBegin().map(p -> p.column).orElse(0);
                out.report(line, col, found + " in " + file.fileName());
            }
        }
    }

    /** True when the literal is the argument or the target of a string test such as startsWith. */
    private static boolean testsAUrl(Node literal) {
        return literal.getParentNode().filter(p -> p instanceof MethodCallExpr m && PREFIX_TESTS.contains(m.getNameAsString()))
                .isPresent();
    }

    /** True when an enclosing class or method carries {@code @Profile} for development or tests only. */
    private static boolean developmentProfile(Node n) {
        for (Node p = n; p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr a : annotated.getAnnotations()) {
                    if (a.getNameAsString().endsWith("Profile")) {
                        String profiles = String.join(",", a.findAll(StringLiteralExpr.class).stream()
                                .map(StringLiteralExpr::asString).toList());
                        if (optIn(profiles)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** True for config that a deploy never runs unless it opts in: dev/test profiles, profiles named after the engine. */
    private static boolean optIn(String profiles) {
        if (profiles == null) {
            return false;
        }
        return EnvironmentNames.developmentOnly(profiles)
                || (!profiles.contains("!") && EnvironmentNames.words(profiles).stream().anyMatch(OPT_IN_PROFILE_WORDS::contains));
    }

    /**
     * What an embedded-database URL in {@code text} means, or null: none there, only a bare prefix,
     * or a server mode of the engine.
     */
    static String describe(String text) {
        if (text == null || text.length() < 8) {
            return null;
        }
        Matcher m = EMBEDDED_URL.matcher(text);
        while (m.find()) {
            String engine = m.group(1).toLowerCase(Locale.ROOT);
            String rest = text.substring(m.end());
            String mode = mode(engine, rest.toLowerCase(Locale.ROOT));
            if (mode == null) {
                continue;
            }
            String shown = shown(text.substring(m.start()));
            String label = switch (engine) {
                case "h2" -> "H2";
                case "hsqldb" -> "HSQLDB";
                case "derby" -> "Derby";
                default -> "SQLite";
            };
            return switch (mode) {
                case "memory" -> "in-memory " + label + " database (" + shown + ")";
                case "file" -> "file-based " + label + " database (" + shown
                        + "): the app also keeps its data on the local disk (local state, factor VI)";
                default -> "in-process " + label + " database (" + shown + ")";
            };
        }
        return null;
    }

    /** {@code memory}, {@code file}, {@code process} (read-only or unknown), or null for a server mode or a bare prefix. */
    private static String mode(String engine, String rest) {
        if (rest.isEmpty() || rest.startsWith("\"") || rest.startsWith("'") || rest.isBlank()) {
            return null;
        }
        if (rest.startsWith("$")) {
            return "process";
        }
        return switch (engine) {
            case "h2" -> rest.startsWith("tcp:") || rest.startsWith("ssl:") ? null
                    : rest.startsWith("mem:") ? "memory" : "file";
            case "hsqldb" -> rest.startsWith("hsql:") || rest.startsWith("hsqls:") || rest.startsWith("http:")
                    || rest.startsWith("https:") ? null
                    : rest.startsWith("mem:") ? "memory" : rest.startsWith("res:") ? "process" : "file";
            case "derby" -> rest.startsWith("//") ? null
                    : rest.startsWith("memory:") ? "memory"
                    : rest.startsWith("classpath:") || rest.startsWith("jar:") ? "process" : "file";
            default -> rest.startsWith(":memory:") || rest.contains("mode=memory") || rest.startsWith("file::memory:")
                    ? "memory" : "file";
        };
    }

    /** The URL up to its first option ({@code ;}, {@code ?}) and at most 60 characters: options may hold a password. */
    private static String shown(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ';' || c == '?' || c == '&' || c == '"' || c == '\'' || c == '<' || c == '}' || Character.isWhitespace(c)) {
                end = i;
                break;
            }
        }
        String s = url.substring(0, end);
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
