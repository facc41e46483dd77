package io.github.twelvefactor.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;

/** Which files Maven filters as resources ({@code <filtering>true</filtering>}), from the pom model. */
final class FilteredResources {
    /** A filtered resource folder with its patterns, read once rather than for every file. */
    private record Root(Path dir, List<AntPath> includes, List<AntPath> excludes) {
    }

    private final List<Root> roots = new ArrayList<>();

    FilteredResources(Model model, Path basedir) {
        if (model == null || model.getBuild() == null) {
            return;
        }
        List<Resource> all = new ArrayList<>(model.getBuild().getResources());
        all.addAll(model.getBuild().getTestResources());
        for (Resource r : all) {
            if (!r.isFiltering() || r.getDirectory() == null) {
                continue;
            }
            Path dir = basedir.resolve(r.getDirectory()).normalize();
            roots.add(new Root(dir, r.getIncludes().stream().map(AntPath::exact).toList(),
                    r.getExcludes().stream().map(AntPath::exact).toList()));
        }
    }

    boolean filtered(Path file) {
        for (Root root : roots) {
            if (!file.startsWith(root.dir())) {
                continue;
            }
            String rel = AuditCache.modulePath(root.dir(), file);
            boolean in = root.includes().isEmpty() || root.includes().stream().anyMatch(p -> p.matches(rel));
            boolean out = root.excludes().stream().anyMatch(p -> p.matches(rel));
            if (in && !out) {
                return true;
            }
        }
        return false;
    }
}
