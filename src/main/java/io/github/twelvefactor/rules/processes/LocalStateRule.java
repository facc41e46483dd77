package io.github.twelvefactor.rules.processes;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.maven.model.Model;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.JavaNodes;
import io.github.twelvefactor.rules.Placeholders;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;

/**
 * State kept on the local disk or in the process between requests. Main config:
 * {@code server.servlet.session.persistent=true}, {@code server.servlet.session.store-dir} (and their
 * Boot 1 names {@code server.session.*}), and an absolute local path under a storage key: a key
 * with a storage word (upload, storage, attachment, file, media, document, image, data, blob...) and
 * a place word (path, dir, directory, folder, location, root) whose value is {@code D:/...},
 * {@code C:\...}, {@code ~/...} or a path under a filesystem root ({@code /data}, {@code /var},
 * {@code /opt}, {@code /srv}, {@code /mnt}, {@code /home}, {@code /tmp}, {@code /app}...), also as a
 * {@code file:} URL. Main Java: {@code setAttribute} on an {@code HttpSession} (a variable of that
 * type or one assigned from {@code getSession()}, or {@code request.getSession().setAttribute}) and
 * Spring's {@code WebUtils.setSessionAttribute}, when the pom has no {@code spring-session-*}
 * dependency to move sessions to a shared store (a module audited without a pom counts as having none).
 *
 * <p>A project rule because of that dependency test. Not reported: placeholders, development or
 * test profiles, paths that are read rather than written ({@code /etc}, {@code /run/secrets},
 * {@code /dev}), URL paths ({@code base-path=/api}), log, cache, temp, multipart, SSL and template
 * locations, and file databases ({@code jdbc:h2:file:}, which {@code embedded-database} reports).
 */
@RuleDefinition(id = "local-state", factor = Factor.VI, severity = Severity.INFO,
        summary = "State kept on the local disk or in process memory between requests (persistent sessions, local storage paths, HttpSession without Spring Session)",
        remediation = "Keep processes stateless: store sessions in a backing service (Spring Session with Redis or JDBC), "
                + "files in an object store (S3, GCS, Azure Blob) or a database, and treat the local disk as a scratch "
                + "space that is gone with the container.",
        bad = "app.upload.dir=/data/uploads\nsession.setAttribute(\"cart\", cart);",
        good = "app.upload.bucket=${UPLOAD_BUCKET}   # an object store\nspring-session-data-redis keeps HttpSession in Redis")
public final class LocalStateRule implements ProjectRule {
    private static final Set<String> SESSION_KEYS = Set.of("server.servlet.session.persistent", "server.session.persistent");
    private static final Set<String> STORE_DIR_KEYS = Set.of("server.servlet.session.store-dir", "server.session.store-dir");
    private static final Set<String> STORAGE_WORDS = Set.of("upload", "uploads", "storage", "attachment", "attachments",
            "file", "files", "media", "document", "documents", "image", "images", "avatar", "avatars", "data", "blob",
            "blobs", "export", "exports", "archive", "archives", "report", "reports");
    private static final Set<String> PLACE_WORDS = Set.of("path", "dir", "directory", "folder", "location", "root",
            "basedir", "base");
    /** Keys about reading, logging, scratch space or URLs: their paths are no state kept between requests. */
    private static final Set<String> OTHER_WORDS = Set.of("log", "logs", "logging", "ssl", "tls", "keystore",
            "truststore", "key", "cert", "certificate", "secret", "credentials", "cache", "temp", "tmp", "template",
            "templates", "static", "config", "multipart", "tomcat", "jetty", "undertow", "body", "url", "uri", "endpoint",
            "context", "mapping", "pattern", "prefix", "api", "web", "servlet", "resource", "resources", "schema",
            "migration", "migrations", "script", "scripts", "classpath", "plugin", "plugins", "lib", "jdbc");
    private static final Pattern ABSOLUTE = Pattern.compile("(?:file:(?://)?)?(?:"
            + "/(?:data|var|opt|srv|mnt|home|tmp|media|Users|root|app|usr|storage|shared)(?:/.*)?"
            + "|[A-Za-z]:[/\\\\].*|~/.*)");
    private static final Pattern WORD = Pattern.compile("[^a-z0-9]+");

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        boolean sharedSessions = springSession(module.model());
        for (SourceFile file : module.files()) {
            if (file.isTest()) {
                continue;
            }
            FileKind k = file.kind();
            if ((k == FileKind.PROPERTIES || k == FileKind.YAML) && file.isMainConfig()) {
                config(file, out.at(file));
            } else if (k == FileKind.JAVA && file.scope() == Scope.MAIN && !sharedSessions && mayStoreInSession(file)) {
                java(file, out.at(file));
            }
        }
    }

    /** Cheap text test before any parse. */
    private static boolean mayStoreInSession(SourceFile f) {
        return f.mentions("setSessionAttribute")
                || (f.mentions("setAttribute") && (f.mentions("HttpSession") || f.mentions("getSession(")));
    }

    /** True when the pom brings Spring Session, which keeps {@code HttpSession} in a shared store. */
    static boolean springSession(Model model) {
        if (model == null) {
            return false;
        }
        for (org.apache.maven.model.Dependency d : model.getDependencies()) { // a loop: see Finding.comparePlace
            if ("org.springframework.session".equals(d.getGroupId())
                    || (d.getArtifactId() != null && d.getArtifactId().startsWith("spring-session"))) {
                return true;
            }
        }
        return false;
    }

    private static void config(SourceFile file, Reporter out) {
        ConfigProfiles profiles = null;
        for (ConfigEntry e : file.configEntries()) {
            String v = e.value() == null ? "" : e.value().strip();
            String key = ConfigProfiles.withoutQuarkusProfile(e.key());
            String found = v.isEmpty() || Placeholders.hasPlaceholder(v) ? null : finding(key, v);
            if (found == null) {
                continue;
            }
            profiles = profiles == null ? ConfigProfiles.of(file) : profiles;
            if (!profiles.developmentOnly(e)) {
                out.report(e.line(), e.column(), e.key() + "=" + v + " in " + file.fileName() + " " + found);
            }
        }
    }

    /** What the entry keeps locally, or null. */
    static String finding(String key, String value) {
        if (SESSION_KEYS.contains(key)) {
            return value.equalsIgnoreCase("true") ? "keeps HTTP sessions on the local disk across restarts" : null;
        }
        if (STORE_DIR_KEYS.contains(key)) {
            return "keeps HTTP sessions in a local folder";
        }
        // the value first: most entries hold no absolute path, and the key's words cost a split
        if (!mayBeAbsolute(value) || !ABSOLUTE.matcher(value).matches()) {
            return null;
        }
        List<String> words = List.of(WORD.split(key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)));
        if (Collections.disjoint(words, STORAGE_WORDS) || Collections.disjoint(words, PLACE_WORDS)
                || !Collections.disjoint(words, OTHER_WORDS)) {
            return null;
        }
        return "stores files on the local disk of the instance";
    }

    /** What {@link #ABSOLUTE} needs at the start: {@code /}, {@code ~}, {@code file:} or a drive letter and colon. */
    private static boolean mayBeAbsolute(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char c = v.charAt(0);
        return c == '/' || c == '~' || v.startsWith("file:") || v.length() > 2 && v.charAt(1) == ':';
    }

    private static void java(SourceFile file, Reporter out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
        Set<String> sessions = JavaNodes.namesOfType(cu, "HttpSession");
        for (VariableDeclarator v : cu.findAll(VariableDeclarator.class)) {
            if (v.getInitializer().filter(i -> i instanceof MethodCallExpr m && m.getNameAsString().equals("getSession")).isPresent()) {
                sessions.add(v.getNameAsString());
            }
        }
        for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            boolean session = name.equals("setSessionAttribute") && call.getArguments().size() == 3
                    || name.equals("setAttribute") && call.getArguments().size() == 2 && call.getScope().map(s -> isSession(s, sessions)).orElse(false);
            if (session) {
                Expression attribute = call.getArguments().get(name.equals("setAttribute") ? 0 : 1);
                out.report(JavaNodes.line(call), JavaNodes.column(call), "HttpSession attribute " + attribute
                        + " kept in this process's memory between requests (no spring-session dependency) in " + file.fileName());
            }
        }
    }

    private static boolean isSession(Expression scope, Set<String> sessions) {
        return scope instanceof MethodCallExpr m && m.getNameAsString().equals("getSession")
                || scope instanceof NameExpr n && sessions.contains(n.getNameAsString());
    }
}
