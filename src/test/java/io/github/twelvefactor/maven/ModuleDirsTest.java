package io.github.twelvefactor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.model.Profile;
import org.junit.jupiter.api.Test;

/** Which folders a module leaves to other modules. */
class ModuleDirsTest {
    private static final Path BASE = Path.of("/work/shop").toAbsolutePath();

    private static Profile profile(String id, String... modules) {
        Profile p = new Profile();
        p.setId(id);
        for (String m : modules) {
            p.addModule(m);
        }
        return p;
    }

    @Test
    void modulesOfEveryProfileActiveOrNotAreLeftToThemselves() {
        List<Path> dirs = AbstractScanMojo.moduleDirs(BASE, List.of("core", "web/pom.xml"),
                List.of(profile("extension", "extension/jpa", "extension/events"), profile("docs")), List.of());
        assertEquals(List.of(BASE.resolve("core"), BASE.resolve("web"), BASE.resolve("extension/jpa"),
                BASE.resolve("extension/events")), dirs);
    }

    @Test
    void reactorProjectsBelowTheModuleAreLeftOutOnceAndOthersNot() {
        List<Path> dirs = AbstractScanMojo.moduleDirs(BASE, List.of("core"), List.of(),
                List.of(BASE, BASE.resolve("core"), BASE.resolve("tools/gen"), BASE.resolveSibling("elsewhere")));
        assertEquals(List.of(BASE.resolve("core"), BASE.resolve("tools/gen")), dirs);
    }
}
