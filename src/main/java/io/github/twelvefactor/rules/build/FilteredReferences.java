package io.github.twelvefactor.rules.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * The property references Maven's resource filtering fills in a filtered resource, with the
 * delimiters the build really uses: {@code ${*}} and {@code @} by default, or those of
 * maven-resources-plugin's {@code <delimiters>} (spring-boot-starter-parent keeps only {@code @}
 * and sets {@code useDefaultDelimiters} to false, so that {@code ${...}} stays for Spring). A
 * {@code ${name:default}} is left alone by Maven (no property has a colon) and is not a reference.
 * References on comment lines ({@code #}, {@code !}, {@code <!-- -->}) are skipped.
 */
final class FilteredReferences {
    /** One reference: its property name, where it stands, and how it is written ({@code @db.url@}). */
    record Reference(String name, String text, int line, int column, boolean at) {
    }

    private record Delimiter(String begin, String end) {
    }

    private static final String RESOURCES_PLUGIN = "org.apache.maven.plugins:maven-resources-plugin";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final List<Delimiter> delimiters;

    private FilteredReferences(List<Delimiter> delimiters) {
        this.delimiters = delimiters;
    }

    static FilteredReferences of(Model model) {
        Set<String> specs = new LinkedHashSet<>();
        boolean defaults = true;
        Xpp3Dom config = resourcesConfiguration(model);
        if (config != null) {
            Xpp3Dom use = config.getChild("useDefaultDelimiters");
            defaults = use == null || !"false".equals(resolve(model, use.getValue()));
            Xpp3Dom list = config.getChild("delimiters");
            if (list != null) {
                for (Xpp3Dom d : list.getChildren()) {
                    String v = resolve(model, d.getValue());
                    if (v != null && !v.isBlank()) {
                        specs.add(v.trim());
                    }
                }
            }
        }
        if (defaults) {
            specs.add("${*}");
            specs.add("@");
        }
        List<Delimiter> out = new ArrayList<>();
        for (String s : specs) {
            int star = s.indexOf('*');
            out.add(star < 0 ? new Delimiter(s, s) : new Delimiter(s.substring(0, star), s.substring(star + 1)));
        }
        return new FilteredReferences(out);
    }

    /** The resources plugin's configuration: the build's plugin (the effective model merges management into it), else the managed one. */
    private static Xpp3Dom resourcesConfiguration(Model model) {
        if (model == null || model.getBuild() == null) {
            return null;
        }
        List<Plugin> candidates = new ArrayList<>(model.getBuild().getPlugins());
        if (model.getBuild().getPluginManagement() != null) {
            candidates.addAll(model.getBuild().getPluginManagement().getPlugins());
        }
        for (Plugin p : candidates) {
            if (p.getKey().equals(RESOURCES_PLUGIN) && p.getConfiguration() instanceof Xpp3Dom dom) {
                return dom;
            }
        }
        return null;
    }

    /** A {@code ${property}} of the raw model filled from its properties (the effective model has them filled already). */
    private static String resolve(Model model, String value) {
        if (value != null && value.startsWith("${") && value.endsWith("}") && model.getProperties() != null) {
            String v = model.getProperties().getProperty(value.substring(2, value.length() - 1));
            return v != null ? v : value;
        }
        return value;
    }

    /** Every reference in the file, comment lines left out. */
    List<Reference> scan(SourceFile file) {
        List<Reference> out = new ArrayList<>();
        String[] lines = file.lines();
        boolean inXmlComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (file.kind() == FileKind.XML || file.kind() == FileKind.TEXT && file.fileName().endsWith(".html")) {
                StringBuilder visible = new StringBuilder(line.length());
                inXmlComment = maskXmlComments(line, inXmlComment, visible);
                line = visible.toString();
            } else if (commentLine(file.kind(), line)) {
                continue;
            }
            for (Delimiter d : delimiters) {
                find(line, d, i + 1, out);
            }
        }
        return out;
    }

    private static boolean commentLine(FileKind kind, String line) {
        String t = line.stripLeading();
        return switch (kind) {
            case PROPERTIES -> t.startsWith("#") || t.startsWith("!");
            case YAML, ENV -> t.startsWith("#");
            default -> false;
        };
    }

    /** Copies the line with the parts inside {@code <!-- -->} blanked; returns whether a comment is still open. */
    private static boolean maskXmlComments(String line, boolean open, StringBuilder out) {
        int i = 0;
        while (i < line.length()) {
            if (open) {
                int end = line.indexOf("-->", i);
                int stop = end < 0 ? line.length() : end + 3;
                out.append(" ".repeat(stop - i));
                i = stop;
                open = end < 0;
            } else {
                int start = line.indexOf("<!--", i);
                int stop = start < 0 ? line.length() : start;
                out.append(line, i, stop);
                i = stop;
                open = start >= 0;
            }
        }
        return open;
    }

    private static void find(String line, Delimiter d, int lineNo, List<Reference> out) {
        int from = 0;
        while (true) {
            int start = line.indexOf(d.begin(), from);
            if (start < 0) {
                return;
            }
            int nameStart = start + d.begin().length();
            int end = line.indexOf(d.end(), nameStart);
            if (end < 0) {
                return;
            }
            String name = line.substring(nameStart, end);
            if (NAME.matcher(name).matches()) {
                out.add(new Reference(name, line.substring(start, end + d.end().length()), lineNo, start + 1,
                        !d.begin().startsWith("$")));
                from = end + d.end().length();
            } else {
                from = nameStart;
            }
        }
    }
}
