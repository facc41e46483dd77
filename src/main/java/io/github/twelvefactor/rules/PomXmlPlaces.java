package io.github.twelvefactor.rules;

import java.util.List;
import java.util.Set;

import org.apache.maven.model.Dependency;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;

import io.github.twelvefactor.rules.PomCoordinates.Coordinate;
import io.github.twelvefactor.rules.PomCoordinates.Kind;
import io.github.twelvefactor.rules.PomModel.Place;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * Places in {@code pom.xml} found from its XML view, for a model that carries no input locations
 * (read by a tool without location tracking): an element is found by its {@code artifactId} (a
 * profile by its {@code id}), a field as that element's child.
 */
final class PomXmlPlaces {
    private static final Set<String> CONTAINERS = Set.of("dependency", "plugin", "extension", "parent", "profile");

    private PomXmlPlaces() {
    }

    /**
     * The field of the element, or the element's key when the field is not written; null when not
     * found. {@code c}, when known, tells managed from used and a profile's from the build's.
     */
    static Place find(SourceFile pom, InputLocationTracker element, String field, Coordinate c) {
        String[] key = key(element);
        XmlFile xml = key == null ? null : pom.xml();
        if (xml == null) {
            return null;
        }
        List<XmlFile.Element> all = xml.elements();
        Place any = null;
        for (int i = 0; i < all.size(); i++) {
            XmlFile.Element e = all.get(i);
            String parentPath = e.path().contains("/") ? e.path().substring(0, e.path().lastIndexOf('/')) : "";
            String parentName = parentPath.substring(parentPath.lastIndexOf('/') + 1);
            if (!e.name().equals(key[0]) || !e.text().equals(key[1]) || !CONTAINERS.contains(parentName)) {
                continue;
            }
            if (c != null && !fits(e.path(), c)) {
                any = any != null ? any : place(pom, e);
                continue;
            }
            int p = i - 1;
            while (p > 0 && !(all.get(p).path().equals(parentPath) && all.get(p).depth() == e.depth() - 1)) {
                p--;
            }
            for (int k = p + 1; k < all.size() && all.get(k).depth() > all.get(p).depth(); k++) {
                if (all.get(k).depth() == e.depth() && all.get(k).name().equals(field)) {
                    return place(pom, all.get(k));
                }
            }
            return place(pom, e);
        }
        return any;
    }

    private static boolean fits(String path, Coordinate c) {
        boolean managed = c.kind() == Kind.MANAGED_DEPENDENCY || c.kind() == Kind.MANAGED_PLUGIN;
        return path.contains("Management/") == managed && path.startsWith("project/profiles/") == (c.profile() != null)
                && path.contains("/plugin/dependencies/") == (c.kind() == Kind.PLUGIN_DEPENDENCY);
    }

    /** A child of {@code <project>} ({@code packaging}), or null. */
    static Place projectField(SourceFile pom, String field) {
        XmlFile xml = pom.xml();
        if (xml != null) {
            for (XmlFile.Element e : xml.elements()) {
                if (e.depth() == 1 && e.name().equals(field)) {
                    return place(pom, e);
                }
            }
        }
        return null;
    }

    private static Place place(SourceFile pom, XmlFile.Element e) {
        int col = pom.line(e.line()).indexOf("<" + e.name());
        return new Place(e.line(), col < 0 ? 0 : col + 1);
    }

    private static String[] key(InputLocationTracker element) {
        String value = null;
        if (element instanceof Dependency d) {
            value = d.getArtifactId();
        } else if (element instanceof Plugin p) {
            value = p.getArtifactId();
        } else if (element instanceof Extension x) {
            value = x.getArtifactId();
        } else if (element instanceof Parent p) {
            value = p.getArtifactId();
        } else if (element instanceof Profile p) {
            value = p.getId();
        }
        return value == null ? null : new String[] {element instanceof Profile ? "id" : "artifactId", value.trim()};
    }
}
