package io.github.twelvefactor.rules.logs;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
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
 * The app writes its own log files. In logging configs anywhere outside tests
 * ({@link FileAppenders}): logback / log4j 1 file appenders (also inside a {@code SiftingAppender})
 * that a logger references, Spring Boot's {@code base.xml} include (and {@code file-appender.xml}
 * when its {@code FILE} appender is referenced), log4j2 {@code File}, {@code RollingFile},
 * {@code RandomAccessFile}, {@code RollingRandomAccessFile}, {@code MemoryMappedFile} in XML,
 * properties, YAML and JSON, JUL {@code handlers=java.util.logging.FileHandler}. In main config:
 * Spring's {@code logging.file.name}/{@code logging.file.path} (legacy {@code logging.file} and
 * {@code logging.path}) and Quarkus {@code quarkus.log.file.enable=true} (or a named file handler's
 * {@code enable}). In main Java: {@code new FileHandler(...)} (JUL) and logback's
 * {@code new FileAppender<>()}/{@code new RollingFileAppender<>()}, when imported from those
 * packages (a project's own {@code FileHandler} class is not a log handler).
 *
 * <p>Not reported: a logback appender no logger references (logback never builds it); a file
 * appender whose file is {@code /dev/stdout} or {@code /dev/stderr}; Spring or Quarkus settings in
 * a development or test profile ({@code application-dev.yml}, {@code %dev.}). Placeholders are
 * judged by what ships: {@code logging.file.name=${LOG_FILE}} or {@code ${LOG_FILE:}} leaves
 * whether to write a file to the deploy and stays silent; {@code ${LOG_FILE:app.log}} writes
 * {@code app.log} in every deploy that sets nothing, so it fires (as a secret's default does).
 */
@RuleDefinition(id = "file-logging", factor = Factor.XI, severity = Severity.WARNING,
        bad = "<appender name=\"FILE\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">",
        good = "<appender name=\"STDOUT\" class=\"ch.qos.logback.core.ConsoleAppender\">",
        summary = "The app writes its own log files (file appenders, logging.file.name, FileHandler)",
        remediation = "Write logs unbuffered to stdout with a ConsoleAppender (Console in log4j2, ConsoleHandler in JUL) "
                + "and let the platform capture and route the stream; remove the file appender and logging.file.* settings.")
public final class FileLoggingRule implements FileRule {
    private static final Set<String> SPRING_KEYS = Set.of("logging.file.name", "logging.file.path", "logging.file",
            "logging.path");
    /** A named Quarkus file handler: {@code quarkus.log.handler.file.audit.enable} or {@code ...file."audit".enable}. */
    private static final Pattern QUARKUS_FILE_HANDLER = Pattern.compile("quarkus\\.log\\.handler\\.file\\.(\"[^\"]+\"|[^.\"]+)\\.enable");

    @Override
    public boolean accepts(SourceFile file) {
        if (file.path().equals("pom.xml")) {
            return false;
        }
        String t = file.text();
        String name = file.fileName().toLowerCase(Locale.ROOT);
        return switch (file.kind()) {
            case XML -> file.mentions("ppender") || file.mentions("<include");
            case PROPERTIES -> file.mentions("ppender") || file.mentions("FileHandler")
                    || (file.isMainConfig() && (file.mentions("logging") || file.mentions("quarkus.log")));
            case YAML -> name.startsWith("log4j2") || (file.isMainConfig() && file.mentions("log"));
            case JSON -> name.startsWith("log4j2") && t.toLowerCase(Locale.ROOT).contains("appenders");
            case JAVA -> file.scope() == Scope.MAIN && (file.mentions("FileHandler") || file.mentions("FileAppender"));
            default -> false;
        };
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        switch (file.kind()) {
            case XML -> FileAppenders.xml(file, out);
            case JSON -> FileAppenders.json(file, FileAppenders.FILES, writesLogFiles(file, out));
            case JAVA -> checkJava(file, out);
            case PROPERTIES -> {
                FileAppenders.properties(file, FileAppenders.FILES, writesLogFiles(file, out));
                checkFrameworkKeys(file, out);
            }
            case YAML -> {
                if (name.startsWith("log4j2")) {
                    FileAppenders.yaml(file, FileAppenders.FILES, writesLogFiles(file, out));
                } else {
                    checkFrameworkKeys(file, out);
                }
            }
            default -> {
            }
        }
    }

    private static FileAppenders.Found writesLogFiles(SourceFile file, Reporter out) {
        return new FileAppenders.Found() { // no lambda: see Finding.comparePlace
            @Override
            public void at(int line, int column, String what) {
                out.report(line, column, what + " writes log files (" + file.fileName() + ")");
            }
        };
    }

    /** Spring's logging.file.* and Quarkus' quarkus.log.file.enable in main config. */
    private static void checkFrameworkKeys(SourceFile file, Reporter out) {
        if (!file.isMainConfig()) {
            return;
        }
        ConfigProfiles profiles = null;
        for (ConfigEntry e : file.configEntries()) {
            String key = ConfigProfiles.withoutQuarkusProfile(e.key());
            boolean spring = SPRING_KEYS.contains(key);
            boolean quarkus = key.equals("quarkus.log.file.enable") || QUARKUS_FILE_HANDLER.matcher(key).matches();
            if ((!spring && !quarkus) || e.value() == null) {
                continue;
            }
            profiles = profiles == null ? ConfigProfiles.of(file) : profiles;
            if (profiles.developmentOnly(e)) {
                continue;
            }
            String shipped = Placeholders.shipped(e.value());
            boolean fromDefault = Placeholders.hasPlaceholder(e.value());
            if (spring && !shipped.isEmpty() && !FileAppenders.isStream(shipped)) {
                out.report(e.line(), e.column(), e.key() + (fromDefault ? " defaults to '" + shipped + "'" : "=" + shipped)
                        + " in " + file.fileName() + ": Spring Boot writes log files");
            } else if (quarkus && shipped.equalsIgnoreCase("true")) {
                out.report(e.line(), e.column(), e.key() + (fromDefault ? " defaults to true" : "=true")
                        + " in " + file.fileName() + ": Quarkus writes log files");
            }
        }
    }

    /** {@code new FileHandler(...)} (JUL) or logback's {@code new FileAppender<>()}, checked against the imports. */
    private static void checkJava(SourceFile file, Reporter out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
        for (ObjectCreationExpr oc : cu.findAll(ObjectCreationExpr.class)) {
            String type = oc.getType().getNameWithScope();
            String qualified = switch (type) {
                case "FileHandler" -> imported(cu, "java.util.logging", "FileHandler");
                case "FileAppender" -> imported(cu, "ch.qos.logback.core", "FileAppender");
                case "RollingFileAppender" -> imported(cu, "ch.qos.logback.core.rolling", "RollingFileAppender");
                case "java.util.logging.FileHandler", "ch.qos.logback.core.FileAppender",
                        "ch.qos.logback.core.rolling.RollingFileAppender" -> type;
                default -> null;
            };
            if (qualified != null) {
                out.report(oc.getBegin().map(p -> p.line).orElse(0), oc.getBegin().map(p -> p.column).orElse(0),
                        "new " + qualified + "(...) writes log files (" + file.fileName() + ")");
            }
        }
    }

    /** {@code pkg.simple} when the file imports it by name or by {@code pkg.*}; else null. */
    private static String imported(CompilationUnit cu, String pkg, String simple) {
        return JavaNodes.imports(cu, pkg, simple) ? pkg + "." + simple : null;
    }
}
