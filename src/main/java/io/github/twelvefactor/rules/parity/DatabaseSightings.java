package io.github.twelvefactor.rules.parity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;

import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.DatabaseEngine;
import io.github.twelvefactor.rules.Placeholders;
import io.github.twelvefactor.source.ComposeFile;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * Every place in one module that names a database engine: config values (URLs, driver classes,
 * dialects, Quarkus {@code db-kind}, {@code spring.jpa.database}), compose services and their
 * environment, XML config, JDBC URL literals in Java, and driver artifacts in the pom; plus the
 * server engines that Testcontainers runs for the tests.
 */
final class DatabaseSightings {

    /**
     * One place that names an engine. {@code file} is null for a pom dependency when the pom was
     * not read as a file; {@code rank} orders how telling a place is as the other side of a
     * divergence (main config first, test code last).
     */
    record Sighting(DatabaseEngine engine, SourceFile file, String path, int line, String place, int rank) {
        String at() {
            return path + (line > 0 ? ":" + line : "");
        }
    }

    private static final Pattern CONTAINER_CLASS = Pattern.compile("\\b(PostgreSQL|MySQL|MariaDB|Oracle|MSSQLServer)Container\\b");

    final List<Sighting> all = new ArrayList<>();
    final Set<DatabaseEngine> testcontainers = EnumSet.noneOf(DatabaseEngine.class);

    static DatabaseSightings of(ModuleView module) {
        DatabaseSightings s = new DatabaseSightings();
        for (SourceFile f : module.files()) {
            if (f.path().equals("pom.xml") || hiddenFolder(f.path())
                    || (f.fileName().startsWith(".") && f.kind() != FileKind.ENV)) {
                continue; // tool state (.idea/, H2 console's .h2.server.properties); a .env file is an environment
            }
            switch (f.kind()) {
                case JAVA -> s.java(f);
                case YAML -> {
                    ComposeFile compose = f.text().contains("services") ? f.compose() : null;
                    if (compose != null) {
                        s.compose(f, compose);
                    } else {
                        s.config(f);
                    }
                }
                case PROPERTIES, ENV -> s.config(f);
                case XML -> s.xml(f);
                default -> {
                }
            }
        }
        s.pom(module.model(), module.pom());
        return s;
    }

    /**
     * Whether a folder of {@code path} (not its file name) starts with a dot, {@code .github} aside: IDE
     * and tool folders ({@code .idea/dataSources.xml}) describe no environment of the app; CI does.
     */
    static boolean hiddenFolder(String path) {
        int last = path.lastIndexOf('/');
        for (int start = 0; start < last; start = path.indexOf('/', start) + 1) {
            if (path.charAt(start) == '.' && !path.startsWith(".github/", start)) {
                return true;
            }
        }
        return false;
    }

    private static String scopeLabel(SourceFile f) {
        return f.isTest() ? "test config" : f.isMainConfig() ? "main config" : "config";
    }

    private static int rank(SourceFile f, boolean profiled) {
        return f.isTest() ? 6 : f.isMainConfig() ? (profiled ? 1 : 0) : 2;
    }

    private void config(SourceFile f) {
        String t = f.text();
        if (!(t.contains("jdbc") || t.contains("r2dbc") || t.contains("Driver") || t.contains("Dialect") || t.contains("JDBC")
                || t.contains("db-kind") || t.contains("database") || t.contains("dialect"))) {
            return;
        }
        ConfigProfiles profiles = null;
        for (ConfigEntry e : f.configEntries()) {
            if (e.value() == null || e.value().isBlank()) {
                continue;
            }
            DatabaseEngine engine = engineOf(e.key(), e.value());
            if (engine == null) {
                continue;
            }
            profiles = profiles == null ? ConfigProfiles.of(f) : profiles;
            String profile = profiles.of(e);
            String place = scopeLabel(f) + (profile == null ? "" : ", profile '" + profile + "'");
            add(engine, f, e.line(), place, rank(f, profile != null), e.value());
        }
    }

    /** The engine a config entry names by its value, or by its key for bare engine names. */
    private static DatabaseEngine engineOf(String key, String value) {
        DatabaseEngine byValue = DatabaseEngine.ofValue(value);
        if (byValue != null) {
            return byValue;
        }
        String k = ConfigProfiles.withoutQuarkusProfile(key);
        if (k.endsWith("db-kind") || k.equals("spring.jpa.database") || k.endsWith(".dialect")) {
            return DatabaseEngine.ofName(Placeholders.shipped(value));
        }
        return null;
    }

    private void add(DatabaseEngine engine, SourceFile f, int line, String place, int rank, String value) {
        DatabaseEngine.UrlMatch url = DatabaseEngine.findUrl(value);
        if (url != null && url.testcontainers()) {
            testcontainers.add(engine);
            place = place + " via Testcontainers";
        }
        all.add(new Sighting(engine, f, f.displayPath(), line, place, rank));
    }

    private void compose(SourceFile f, ComposeFile compose) {
        for (ComposeFile.Service svc : compose.services()) {
            String place = "compose service '" + svc.name() + "'";
            DatabaseEngine image = svc.image() == null ? null : DatabaseEngine.ofImage(svc.image().text());
            if (image != null) {
                all.add(new Sighting(image, f, f.displayPath(), svc.image().line(), place, 3));
            }
            for (ConfigEntry e : svc.environment()) {
                DatabaseEngine engine = e.value() == null ? null : engineOf(e.key(), e.value());
                if (engine != null) {
                    add(engine, f, e.line(), place, 3, e.value());
                }
            }
        }
    }

    private void xml(SourceFile f) {
        String t = f.text();
        if (!(t.contains("jdbc") || t.contains("Driver") || t.contains("Dialect") || t.contains("embedded-database"))) {
            return;
        }
        XmlFile xml = f.xml();
        if (xml == null) {
            return;
        }
        for (XmlFile.Element el : xml.elements()) {
            DatabaseEngine engine = el.name().equals("embedded-database")
                    ? DatabaseEngine.ofName(el.attribute("type") == null ? "hsql" : el.attribute("type"))
                    : DatabaseEngine.ofValue(el.text());
            String value = el.text();
            for (String v : el.attributes().values()) {
                if (engine == null) {
                    engine = DatabaseEngine.ofValue(v);
                    value = v;
                }
            }
            if (engine != null) {
                add(engine, f, el.line(), scopeLabel(f), rank(f, false), value);
            }
        }
    }

    private void java(SourceFile f) {
        boolean urls = f.mentions("jdbc:") || f.mentions("r2dbc:");
        if (!urls && !f.mentions("Container")) {
            return;
        }
        String place = f.isTest() ? "test code" : "main code";
        int rank = f.isTest() ? 7 : 5;
        String[] lines = f.lines();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            DatabaseEngine.UrlMatch url = urls ? DatabaseEngine.findUrl(line) : null;
            if (url != null && url.start() > 0 && line.charAt(url.start() - 1) == '"'
                    && url.prefixEnd() < line.length() && line.charAt(url.prefixEnd()) != '"') {
                add(url.engine(), f, i + 1, place, rank, line);
                continue;
            }
            Matcher m = CONTAINER_CLASS.matcher(line);
            if (m.find()) {
                DatabaseEngine engine = DatabaseEngine.ofName(m.group(1).equals("MSSQLServer") ? "mssql" : m.group(1));
                testcontainers.add(engine);
                all.add(new Sighting(engine, f, f.displayPath(), i + 1, place + " via Testcontainers", rank));
            }
        }
    }

    private void pom(Model model, SourceFile pom) {
        if (model == null) {
            return;
        }
        dependencies(model.getDependencies(), pom, "");
        for (Profile p : model.getProfiles()) {
            dependencies(p.getDependencies(), pom, " in Maven profile '" + p.getId() + "'");
        }
    }

    private void dependencies(List<Dependency> deps, SourceFile pom, String suffix) {
        for (Dependency d : deps) {
            DatabaseEngine tc = DatabaseEngine.ofTestcontainersArtifact(d.getGroupId(), d.getArtifactId());
            if (tc != null) {
                testcontainers.add(tc);
                continue;
            }
            DatabaseEngine engine = DatabaseEngine.ofDriverArtifact(d.getGroupId(), d.getArtifactId());
            if (engine == null) {
                continue;
            }
            boolean test = "test".equals(d.getScope());
            InputLocation loc = d.getLocation("");
            int line = loc == null ? 0 : loc.getLineNumber();
            String place = (test ? "test-scoped dependency " : "dependency ") + d.getGroupId() + ":" + d.getArtifactId() + suffix;
            String path = pom != null ? pom.displayPath() : "pom.xml";
            all.add(new Sighting(engine, pom, path, line, place, test ? 6 : 4));
        }
    }
}
