package io.github.twelvefactor.rules.logs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * File appenders in logging frameworks' own config files: logback and log4j 1 XML, log4j2 XML,
 * properties, YAML and JSON, log4j 1 properties, JUL {@code logging.properties}. Each method
 * reports what it finds and returns nothing; the parsed views drop comments, and the JSON scan has
 * none to skip.
 */
final class FileAppenders {
    /** log4j2's file appender plugins (names are case-insensitive in log4j2). */
    static final Set<String> LOG4J2_TYPES = Set.of("file", "rollingfile", "randomaccessfile", "rollingrandomaccessfile",
            "memorymappedfile");
    private static final Set<String> STREAMS = Set.of("/dev/stdout", "/dev/stderr", "/proc/self/fd/1", "/proc/self/fd/2",
            "/dev/fd/1", "/dev/fd/2");
    private static final Pattern BOOT_INCLUDE = Pattern.compile("org/springframework/boot/logging/logback/(file-appender|base)\\.xml$");

    private FileAppenders() {
    }

    /** True when the path names a standard stream rather than a file ({@code /dev/stdout}). */
    static boolean isStream(String path) {
        return path != null && STREAMS.contains(path.strip());
    }

    /** logback and log4j 1 {@code <appender class="...FileAppender">} that some logger uses; log4j2 file appenders; Spring Boot's file includes. */
    static void xml(SourceFile file, Reporter out) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        List<XmlFile.Element> els = xml.elements();
        Set<String> refs = appenderRefs(els);
        String topAppender = null;
        for (int i = 0; i < els.size(); i++) {
            XmlFile.Element el = els.get(i);
            String lower = el.name().toLowerCase(Locale.ROOT);
            String path = el.path().toLowerCase(Locale.ROOT);
            if (el.name().equals("appender")) {
                boolean nested = path.indexOf("appender/") >= 0;
                topAppender = nested ? topAppender : el.attribute("name");
                String cls = el.attribute("class");
                if (cls != null && cls.endsWith("FileAppender") && refs.contains(topAppender) && !writesToStream(els, i)) {
                    String simple = cls.substring(cls.lastIndexOf('.') + 1);
                    out.report(el.line(), 0, simple + " '" + el.attribute("name") + "'"
                            + (nested ? " inside appender '" + topAppender + "'" : "") + " writes log files ("
                            + file.fileName() + ")");
                }
            } else if (lower.equals("include")) {
                String target = el.attribute("resource") != null ? el.attribute("resource") : el.attribute("file");
                Matcher m = target == null ? null : BOOT_INCLUDE.matcher(target);
                if (m != null && m.find() && (m.group(1).equals("base") || refs.contains("FILE"))) {
                    out.report(el.line(), 0, "include of Spring Boot's " + m.group(1) + ".xml writes log files ("
                            + file.fileName() + ")");
                }
            } else if (path.contains("appenders/") && isLog4j2Appender(el, path) && !isStream(el.attribute("fileName"))) {
                String type = el.attribute("type") != null ? el.attribute("type") : el.name();
                out.report(el.line(), 0, "log4j2 " + type + " appender '" + el.attribute("name") + "' writes log files ("
                        + file.fileName() + ")");
            }
        }
    }

    /** A direct child of {@code <Appenders>} that is a file appender, by element name or strict {@code type=}. */
    private static boolean isLog4j2Appender(XmlFile.Element el, String path) {
        String type = log4j2Type(el, path);
        return type != null && LOG4J2_TYPES.contains(type);
    }

    /**
     * The lower-cased plugin type of a direct child of log4j2's {@code <Appenders>}: its element name
     * ({@code <Socket>}) or its {@code type=} ({@code <Appender type="Socket">}); null for any other element.
     * {@code path} is the element's lower-cased path.
     */
    static String log4j2Type(XmlFile.Element el, String path) {
        if (!path.endsWith("appenders/" + el.name().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String type = el.name().equalsIgnoreCase("appender") ? el.attribute("type") : el.name();
        return type == null ? null : type.toLowerCase(Locale.ROOT);
    }

    /** The names every {@code <appender-ref ref>} of a logback or log4j 1 file uses: appenders nobody references are never built. */
    static Set<String> appenderRefs(List<XmlFile.Element> els) {
        Set<String> refs = new HashSet<>();
        for (XmlFile.Element el : els) {
            if (el.name().equals("appender-ref") && el.attribute("ref") != null) {
                refs.add(el.attribute("ref"));
            }
        }
        return refs;
    }

    /** True when the appender's own {@code <file>} names a standard stream. */
    private static boolean writesToStream(List<XmlFile.Element> els, int appender) {
        int depth = els.get(appender).depth();
        for (int j = appender + 1; j < els.size() && els.get(j).depth() > depth; j++) {
            XmlFile.Element c = els.get(j);
            if (c.depth() == depth + 1 && (c.name().equals("file") || c.name().equals("param")
                    && "File".equalsIgnoreCase(c.attribute("name")))) {
                return isStream(c.name().equals("file") ? c.text() : c.attribute("value"));
            }
        }
        return false;
    }

    /** The appenders log4j 1's root logger and named loggers use ({@code log4j.rootLogger=INFO, A, B}). */
    static Set<String> log4jRefs(List<ConfigEntry> entries) {
        Set<String> refs = new HashSet<>();
        for (ConfigEntry e : entries) {
            String k = e.key();
            if (e.value() != null && (k.equals("log4j.rootLogger") || k.equals("log4j.rootCategory")
                    || k.startsWith("log4j.logger.") || k.startsWith("log4j.category."))) {
                for (String ref : e.value().split(",")) {
                    refs.add(ref.strip());
                }
            }
        }
        return refs;
    }

    /**
     * Which appenders a walk of the text formats looks for: log4j 1 appender classes (by their
     * {@code log4j.appender.X=} value), log4j2 plugin types (lower-cased), and a JUL handler class.
     */
    record Kind(Predicate<String> log4j1Class, Set<String> log4j2Types, String julHandler, Pattern json) {
        static Kind of(Predicate<String> log4j1Class, Set<String> log4j2Types, String julHandler) {
            String types = String.join("|", log4j2Types);
            return new Kind(log4j1Class, log4j2Types, julHandler, Pattern.compile(
                    "\"(" + types + ")\"\\s*:|\"type\"\\s*:\\s*\"(" + types + ")\"", Pattern.CASE_INSENSITIVE));
        }
    }

    /** One appender a walk found: where, and what it is ({@code log4j2 Socket appender 'net'}). */
    interface Found {
        void at(int line, int column, String what);
    }

    /** File appenders and handlers: what {@code file-logging} looks for. */
    static final Kind FILES = Kind.of(new Predicate<>() { // no lambda: see Finding.comparePlace
        @Override
        public boolean test(String v) {
            return v.endsWith("FileAppender");
        }
    }, LOG4J2_TYPES, "java.util.logging.FileHandler");

    /** log4j 1 {@code log4j.appender.X=...FileAppender} used by a logger, log4j2 {@code appender.X.type=File}, JUL {@code handlers=...FileHandler}. */
    static void properties(SourceFile file, Kind kind, Found found) {
        List<ConfigEntry> entries = file.configEntries();
        Set<String> log4jRefs = null;
        for (ConfigEntry e : entries) {
            String k = e.key();
            String v = e.value() == null ? "" : e.value().strip();
            if (k.matches("log4j\\.appender\\.[^.]+") && kind.log4j1Class().test(v)) {
                log4jRefs = log4jRefs == null ? log4jRefs(entries) : log4jRefs;
                String name = k.substring("log4j.appender.".length());
                if (log4jRefs.contains(name)) {
                    found.at(e.line(), e.column(), "log4j " + v.substring(v.lastIndexOf('.') + 1) + " '" + name + "'");
                }
            } else if (k.matches("appender\\.[^.]+\\.type") && kind.log4j2Types().contains(v.toLowerCase(Locale.ROOT))) {
                found.at(e.line(), e.column(), "log4j2 " + v + " appender '" + k.split("\\.")[1] + "'");
            } else if ((k.equals("handlers") || k.endsWith(".handlers")) && List.of(v.split("[,\\s]+")).contains(kind.julHandler())) {
                found.at(e.line(), e.column(), kind.julHandler() + " in " + k);
            }
        }
    }

    /** log4j2 YAML ({@code log4j2*.yml}): an {@code Appenders} map with such an appender ({@code RollingFile:} or {@code type: File}). */
    static void yaml(SourceFile file, Kind kind, Found found) {
        for (ConfigEntry e : file.configEntries()) {
            String[] parts = e.key().split("\\.");
            int n = parts.length;
            String last = ConfigEntry.withoutListIndex(parts[n - 1]);
            boolean byName = n >= 2 && parts[n - 2].equalsIgnoreCase("appenders")
                    && kind.log4j2Types().contains(last.toLowerCase(Locale.ROOT));
            boolean byType = n >= 3 && last.equals("type") && e.value() != null
                    && kind.log4j2Types().contains(e.value().toLowerCase(Locale.ROOT))
                    && e.key().toLowerCase(Locale.ROOT).contains("appenders.");
            if ((byName && !e.key().endsWith("]")) || byType) {
                found.at(e.line(), 0, "log4j2 " + (byName ? last : e.value()) + " appender");
            }
        }
    }

    /** log4j2 JSON ({@code log4j2*.json}): such an appender's key or {@code "type": "RollingFile"}; JSON has no comments to skip. */
    static void json(SourceFile file, Kind kind, Found found) {
        String[] lines = file.lines();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = kind.json().matcher(lines[i]);
            if (m.find()) {
                String type = m.group(1) != null ? m.group(1) : m.group(2);
                found.at(i + 1, m.start() + 1, "log4j2 " + type + " appender");
            }
        }
    }
}
