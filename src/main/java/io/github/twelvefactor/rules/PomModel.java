package io.github.twelvefactor.rules;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;

import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.rules.PomCoordinates.Coordinate;
import io.github.twelvefactor.source.SourceFile;

/**
 * The pom model of one module as rules need it, whether it is the raw model read from
 * {@code pom.xml} (no parent, no inheritance, no management merged: tests and tools) or the
 * effective model Maven builds (inherited elements, managed versions and Maven's own defaults
 * merged in, each value carrying the {@link InputLocation} it came from).
 *
 * <p>A finding belongs to the pom that declares what is wrong: an element is "here" when its
 * location is this module's {@code pom.xml}; an element inherited from a parent is reported by the
 * parent's own audit when the parent is in the reactor, and not at all otherwise (no line of this
 * module holds it). Values of a raw model may still hold {@code ${property}} references:
 * {@link #resolve} fills them from the model's properties.
 */
public final class PomModel {
    /** Maven's own default plugin bindings and super POM: their values were set by no pom of the user. */
    private static final Pattern MAVEN_DEFAULTS = Pattern.compile(
            "org\\.apache\\.maven:maven-(core|model-builder):([^:]+):(default-lifecycle-bindings|super-pom)");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** A 1-based line and column of this module's pom. */
    public record Place(int line, int column) {
    }

    private final Model model;
    private final SourceFile pom;
    private final Map<String, Boolean> ownSources = new HashMap<>();

    private PomModel(Model model, SourceFile pom) {
        this.model = model;
        this.pom = pom;
    }

    /** The module's pom model, or null when there is no model or the pom itself is not audited. */
    public static PomModel of(ModuleView module) {
        return module.model() == null || module.pom() == null ? null : new PomModel(module.model(), module.pom());
    }

    public Model model() {
        return model;
    }

    public SourceFile pom() {
        return pom;
    }

    /** The project's groupId (inherited from the parent when not its own), properties filled in. */
    public String groupId() {
        return resolve(rawGroupId(), null);
    }

    /** The project's version (inherited from the parent when not its own), properties filled in. */
    public String version() {
        return resolve(rawVersion(), null);
    }

    private String rawGroupId() {
        String g = model.getGroupId();
        return g == null && model.getParent() != null ? model.getParent().getGroupId() : g;
    }

    private String rawVersion() {
        String v = model.getVersion();
        return v == null && model.getParent() != null ? model.getParent().getVersion() : v;
    }

    /** Every coordinate of the model: see {@link PomCoordinates#of}. */
    public List<Coordinate> coordinates() {
        return PomCoordinates.of(model);
    }

    /**
     * The value with its {@code ${...}} references filled from the profile's and the model's
     * properties and the project's own coordinates; references nothing defines stay as they are.
     */
    public String resolve(String value, Profile profile) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        String v = value;
        for (int depth = 0; depth < 5 && v.contains("${"); depth++) {
            Matcher m = PROPERTY.matcher(v);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String replacement = property(m.group(1), profile);
                changed |= replacement != null;
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
            }
            m.appendTail(sb);
            v = sb.toString();
            if (!changed) {
                break;
            }
        }
        return v;
    }

    private String property(String name, Profile profile) {
        switch (name) {
            case "project.version", "pom.version", "version" -> {
                return rawVersion();
            }
            case "project.groupId", "pom.groupId", "groupId" -> {
                return rawGroupId();
            }
            case "project.artifactId", "pom.artifactId", "artifactId" -> {
                return model.getArtifactId();
            }
            case "project.parent.version", "parent.version" -> {
                return model.getParent() == null ? null : model.getParent().getVersion();
            }
            default -> {
                Properties own = profile == null ? null : profile.getProperties();
                String v = own == null ? null : own.getProperty(name);
                return v != null ? v : model.getProperties().getProperty(name);
            }
        }
    }

    /**
     * True when the element is written in this module's pom. An element without a location is
     * this pom's only in a model read without locations; where Maven tracks them, an element
     * without one was made by Maven itself.
     */
    public boolean here(InputLocationTracker element) {
        InputLocation loc = element.getLocation("");
        return loc == null ? !tracksLocations() : isOwn(loc.getSource());
    }

    /** True when the location is in this module's pom (or has no source at all). */
    public boolean here(InputLocation loc) {
        return loc != null && isOwn(loc.getSource());
    }

    private boolean isOwn(InputSource source) {
        if (source == null) {
            return true; // a model built without sources: this module's own
        }
        String location = source.getLocation();
        if (location == null) {
            return false; // Maven's lifecycle bindings have an id only (the super POM a jar: URL)
        }
        Boolean own = ownSources.get(location); // not computeIfAbsent's lambda: see Finding.comparePlace
        if (own == null) {
            own = samePath(location, pom.absolutePath());
            ownSources.put(location, own);
        }
        return own;
    }

    private static boolean samePath(String location, Path pomPath) {
        try {
            Path p = Path.of(location);
            try {
                return p.toRealPath().equals(pomPath.toRealPath());
            } catch (IOException e) {
                return p.toAbsolutePath().normalize().equals(pomPath.toAbsolutePath().normalize());
            }
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The {@code groupId:artifactId} of the pom a value came from, when that pom is not this
     * module's (an inherited or managed value), else null.
     */
    public static String sourceProject(InputLocation loc) {
        if (loc == null || loc.getSource() == null || loc.getSource().getModelId() == null) {
            return null;
        }
        String[] parts = loc.getSource().getModelId().split(":");
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : null;
    }

    /**
     * The Maven version whose own defaults (super POM, default lifecycle bindings) set this value,
     * or null when a pom set it.
     */
    public static String mavenDefault(InputLocation loc) {
        if (loc == null || loc.getSource() == null || loc.getSource().getModelId() == null) {
            return null;
        }
        Matcher m = MAVEN_DEFAULTS.matcher(loc.getSource().getModelId());
        return m.matches() ? m.group(2) : null;
    }

    /**
     * Where to report what a field of a coordinate holds: at the field when this pom writes it;
     * at the element when this pom declares it but the value comes from elsewhere (a parent's or an
     * imported BOM's management); null when the value is another reactor project's to report (it
     * audits its own pom) or the element is not declared here.
     */
    public Place place(Coordinate c, String field, Set<String> reactor) {
        InputLocation loc = c.element().getLocation(field);
        if (!tracksLocations()) {
            return PomXmlPlaces.find(pom, c.element(), field, c);
        }
        if (loc != null && isOwn(loc.getSource())) {
            return at(loc, field);
        }
        String from = sourceProject(loc);
        if (loc != null && from != null && reactor.contains(from) && loc.getSource().getLocation() != null) {
            return null;
        }
        return elementPlace(c);
    }

    /** The coordinate's element in this pom (at its artifactId where known), or null when it is not declared here. */
    public Place elementPlace(Coordinate c) {
        return tracksLocations() ? elementPlace(c.element()) : PomXmlPlaces.find(pom, c.element(), "artifactId", c);
    }

    /** The element's place in this pom (at its artifactId where known), or null when it is not declared here. */
    public Place elementPlace(InputLocationTracker element) {
        if (!tracksLocations()) {
            return PomXmlPlaces.find(pom, element, "artifactId", null);
        }
        if (!here(element)) {
            return null;
        }
        InputLocation id = element.getLocation("artifactId");
        if (id != null && isOwn(id.getSource()) && id.getLineNumber() > 0) {
            return at(id, "artifactId");
        }
        InputLocation whole = element.getLocation("");
        return whole == null || whole.getLineNumber() <= 0 ? new Place(1, 0) : new Place(whole.getLineNumber(), 0);
    }

    /** Where this pom writes a child of {@code <project>} ({@code packaging}), or null. */
    public Place projectField(String field) {
        InputLocation loc = model.getLocation(field);
        if (!tracksLocations()) {
            return PomXmlPlaces.projectField(pom, field);
        }
        return here(loc) ? at(loc, field) : null;
    }

    /** False for a model read without input locations: places then come from the pom's XML. */
    public boolean tracksLocations() {
        return model.getLocation("") != null;
    }

    /** The place of a location in this pom, with the column of the field's start tag when the line shows it. */
    public Place at(InputLocation loc, String field) {
        int line = loc.getLineNumber() > 0 ? loc.getLineNumber() : 1;
        int col = field.isEmpty() ? -1 : pom.line(line).indexOf("<" + field);
        return new Place(line, col < 0 ? 0 : col + 1);
    }
}
