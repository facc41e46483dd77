package io.github.twelvefactor.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.codehaus.plexus.util.SelectorUtils;

/** Which files Maven filters as resources ({@code <filtering>true</filtering>}), from the pom model. */
final class FilteredResources {
    private record Root(Path dir, List<String> includes, List<String> excludes) {
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
            roots.add(new Root(dir, r.getIncludes(), r.getExcludes()));
        }
    }

    boolean filtered(Path file) {
        for (Root root : roots) {
            if (!file.startsWith(root.dir())) {
                continue;
            }
            String rel = root.dir().relativize(file).toString().replace('\\', '/');
            boolean in = root.includes().isEmpty()
                    || root.includes().stream().anyMatch(p -> SelectorUtils.matchPath(p.replace('\\', '/'), rel, "/", true));
            boolean out = root.excludes().stream().anyMatch(p -> SelectorUtils.matchPath(p.replace('\\', '/'), rel, "/", true));
            if (in && !out) {
                return true;
            }
        }
        return false;
    }
}
