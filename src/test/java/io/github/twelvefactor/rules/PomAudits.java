package io.github.twelvefactor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;

import io.github.twelvefactor.engine.AuditRequest;
import io.github.twelvefactor.engine.Auditor;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.RuleCatalog;

/**
 * Audits of small modules written by a test, with the raw model (as the fixtures read it) or the
 * effective model built by Maven's own model builder (parents, pluginManagement, dependencyManagement
 * and the super POM merged, with input locations: what the plugin hands to the rules).
 */
public final class PomAudits {
    private static final RuleCatalog CATALOG = RuleCatalog.load();

    private PomAudits() {
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    public static Model raw(Path pom) throws Exception {
        return FixtureTest.readModel(pom);
    }

    /**
     * The effective model as Maven's model builder makes it, without the lifecycle bindings of the
     * packaging (maven-core adds those; see {@link #mavenDefault}). Parents must sit at their
     * relativePath: no repository is asked.
     */
    public static Model effective(Path pom) throws ModelBuildingException {
        DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
        request.setPomFile(pom.toFile());
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        request.setProcessPlugins(false);
        request.setLocationTracking(true);
        request.setTwoPhaseBuilding(false);
        request.setSystemProperties(System.getProperties());
        return new DefaultModelBuilderFactory().newInstance().build(request).getEffectiveModel();
    }

    /** A location as maven-core gives values of its default lifecycle bindings (no file, an id only). */
    public static InputLocation mavenDefault(String modelId) {
        InputSource source = new InputSource();
        source.setModelId(modelId);
        return new InputLocation(-1, -1, source);
    }

    /** The findings of one rule on a module folder, audited with the given model and reactor. */
    public static List<Finding> audit(Path dir, Model model, Set<String> reactor, String ruleId) throws IOException {
        AuditRequest request = AuditRequest.of(dir).withModel(model).withReactorArtifacts(reactor);
        return new Auditor(CATALOG).audit(request).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** {@code path:line message} of each finding, for readable assertions. */
    public static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.path() + ":" + f.line() + " " + f.message()).toList();
    }
}
