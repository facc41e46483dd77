package io.github.twelvefactor.rules.logs;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
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
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * The app sends its own logs to a collector over the network. Logback and log4j 1 XML: an appender
 * that some logger references whose class is a network shipper (logstash-logback-encoder's
 * {@code LogstashTcpSocketAppender}/{@code LogstashUdpSocketAppender}, {@code SyslogAppender},
 * {@code SocketAppender}, {@code SSLSocketAppender}, log4j 1 {@code SocketHubAppender}, logback-gelf,
 * Loki4j, Fluentd/Fluency, Kafka appenders). log4j2 (XML, properties, YAML, JSON): a
 * {@code Socket}, {@code Syslog}, {@code Http}, {@code Flume} or {@code Kafka} appender. log4j 1
 * properties: such an appender used by a logger. JUL: {@code handlers=java.util.logging.SocketHandler}.
 * Quarkus main config: {@code quarkus.log.syslog.enable=true}, {@code quarkus.log.socket.enable=true},
 * {@code quarkus.log.handler.gelf.enabled=true}. Main Java: {@code new SocketHandler(...)} and
 * {@code new} of the shipper classes above, checked against the imports.
 *
 * <p>Not reported: appenders inside XML comments (the XML view drops comments), unreferenced
 * logback appenders (never built), test config, placeholders and development profiles in Quarkus
 * config.
 */
@RuleDefinition(id = "log-shipping-in-app", factor = Factor.XI, severity = Severity.INFO,
        summary = "The app ships its own logs to a collector (Logstash TCP, syslog, socket, GELF appenders, JUL SocketHandler)",
        remediation = "Write logs as an event stream to stdout (a console appender, JSON-encoded if you like) and let the "
                + "platform route them: the container runtime's log driver, a Fluent Bit/Vector/Promtail agent or the "
                + "platform's log router collects the stream and sends it to Logstash, syslog or Loki.",
        bad = "<appender name=\"LOGSTASH\" class=\"net.logstash.logback.appender.LogstashTcpSocketAppender\">",
        good = "<appender name=\"CONSOLE\" class=\"ch.qos.logback.core.ConsoleAppender\">  <!-- the platform ships stdout -->")
public final class LogShippingInAppRule implements FileRule {
    /** Logback / log4j 1 appender classes (simple names) that send log events over the network. */
    private static final Set<String> APPENDER_CLASSES = Set.of("LogstashTcpSocketAppender", "LogstashUdpSocketAppender",
            "LogstashAccessTcpSocketAppender", "LogstashAccessUdpSocketAppender", "SyslogAppender", "SocketAppender",
            "SSLSocketAppender", "SocketHubAppender", "GelfTcpAppender", "GelfUdpAppender", "GelfHttpAppender",
            "GelfTcpTlsAppender", "Loki4jAppender", "FluencyLogbackAppender", "DataFluentAppender", "FluentLogbackAppender",
            "KafkaAppender");
    /** log4j2 appender plugins (lower-cased) that send log events over the network. */
    private static final Set<String> LOG4J2_TYPES = Set.of("socket", "syslog", "http", "flume", "kafka");
    private static final FileAppenders.Kind SHIPPERS = FileAppenders.Kind.of(new Predicate<>() { // no lambda: see Finding.comparePlace
        @Override
        public boolean test(String v) {
            return APPENDER_CLASSES.contains(v.substring(v.lastIndexOf('.') + 1));
        }
    }, LOG4J2_TYPES, "java.util.logging.SocketHandler");
    /** Packages whose classes of the names above are log shippers. */
    private static final List<String> LOGGING_PACKAGES = List.of("java.util.logging.", "ch.qos.logback.",
            "net.logstash.logback.", "org.apache.log4j.", "de.siegmar.logbackgelf.", "com.github.loki4j.",
            "ch.qos.logback.more.appenders.", "com.github.danielwegener.logback.kafka.");
    private static final Pattern QUARKUS_KEY = Pattern.compile(
            "quarkus\\.log\\.(syslog|socket)\\.enable|quarkus\\.log\\.handler\\.(syslog|socket)\\.(\"[^\"]+\"|[^.\"]+)\\.enable"
                    + "|quarkus\\.log\\.handler\\.gelf\\.enabled");

    @Override
    public boolean accepts(SourceFile file) {
        if (file.path().equals("pom.xml")) {
            return false;
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        return switch (file.kind()) {
            case XML, PROPERTIES -> hints(file);
            case YAML -> (name.startsWith("log4j2") || file.isMainConfig()) && hints(file);
            case JSON -> name.startsWith("log4j2") && hints(file);
            case JAVA -> file.scope() == Scope.MAIN && (file.mentions("SocketHandler") || file.mentions("Appender"));
            default -> false;
        };
    }

    /** A word a shipping appender's name or setting holds (asked of the one word pass, not a regex per file). */
    private static boolean hints(SourceFile f) {
        return f.mentions("Socket") || f.mentions("Syslog") || f.mentions("Gelf") || f.mentions("Loki") || f.mentions("Fluen")
                || f.mentions("Kafka") || f.mentions("Http") || f.mentions("Flume") || f.mentions("syslog")
                || f.mentions("socket") || f.mentions("gelf");
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        switch (file.kind()) {
            case XML -> xml(file, out);
            case PROPERTIES -> {
                FileAppenders.properties(file, SHIPPERS, ships(file, out));
                quarkus(file, out);
            }
            case YAML -> {
                if (file.fileName().toLowerCase(Locale.ROOT).startsWith("log4j2")) {
                    FileAppenders.yaml(file, SHIPPERS, ships(file, out));
                } else {
                    quarkus(file, out);
                }
            }
            case JSON -> FileAppenders.json(file, SHIPPERS, ships(file, out));
            case JAVA -> java(file, out);
            default -> {
            }
        }
    }

    private static void xml(SourceFile file, Reporter out) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        Set<String> refs = FileAppenders.appenderRefs(xml.elements());
        for (XmlFile.Element el : xml.elements()) {
            String cls = el.attribute("class");
            String simple = cls == null ? null : cls.substring(cls.lastIndexOf('.') + 1);
            if (el.name().equals("appender") && APPENDER_CLASSES.contains(simple) && refs.contains(el.attribute("name"))) {
                out.report(el.line(), 0, simple + " '" + el.attribute("name") + "' " + ships(file));
                continue;
            }
            String type = FileAppenders.log4j2Type(el, el.path().toLowerCase(Locale.ROOT));
            if (type != null && LOG4J2_TYPES.contains(type)) {
                out.report(el.line(), 0, "log4j2 " + (el.attribute("type") != null ? el.attribute("type") : el.name())
                        + " appender '" + el.attribute("name") + "' " + ships(file));
            }
        }
    }

    /** Quarkus' syslog, socket and GELF handlers switched on in main config. */
    private static void quarkus(SourceFile file, Reporter out) {
        if (!file.isMainConfig()) {
            return;
        }
        ConfigProfiles profiles = null;
        for (ConfigEntry e : file.configEntries()) {
            String key = ConfigProfiles.withoutQuarkusProfile(e.key());
            if (e.value() == null || !QUARKUS_KEY.matcher(key).matches() || Placeholders.hasPlaceholder(e.value())
                    || !e.value().strip().equalsIgnoreCase("true")) {
                continue;
            }
            profiles = profiles == null ? ConfigProfiles.of(file) : profiles;
            if (!profiles.developmentOnly(e)) {
                out.report(e.line(), e.column(), e.key() + "=true " + ships(file));
            }
        }
    }

    /** {@code new SocketHandler(...)}, {@code new LogstashTcpSocketAppender()}... when the class comes from a logging package. */
    private static void java(SourceFile file, Reporter out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
        for (ObjectCreationExpr oc : cu.findAll(ObjectCreationExpr.class)) {
            String type = oc.getType().getNameWithScope();
            String simple = type.substring(type.lastIndexOf('.') + 1);
            boolean shipper = simple.equals("SocketHandler") || APPENDER_CLASSES.contains(simple);
            if (shipper && (fromLoggingPackage(type) || importedFromLoggingPackage(cu, simple))) {
                out.report(JavaNodes.line(oc), JavaNodes.column(oc), "new " + simple + "(...) " + ships(file));
            }
        }
    }

    private static boolean fromLoggingPackage(String qualified) {
        for (String p : LOGGING_PACKAGES) {
            if (qualified.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean importedFromLoggingPackage(CompilationUnit cu, String simple) {
        for (ImportDeclaration i : cu.getImports()) {
            String n = i.getNameAsString();
            if (!i.isStatic() && fromLoggingPackage(n + ".") && (i.isAsterisk() || n.endsWith("." + simple))) {
                return true;
            }
        }
        return false;
    }

    private static FileAppenders.Found ships(SourceFile file, Reporter out) {
        return new FileAppenders.Found() {
            @Override
            public void at(int line, int column, String what) {
                out.report(line, column, what + " " + ships(file));
            }
        };
    }

    private static String ships(SourceFile file) {
        return "sends the app's logs to a collector itself (" + file.fileName() + ")";
    }
}
