package io.github.twelvefactor.rules.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Profile;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.EnvironmentNames;
import io.github.twelvefactor.rules.PomModel;
import io.github.twelvefactor.source.SourceFile;

/**
 * A Maven profile named after a deploy ({@code dev}, {@code test}, {@code qa}, {@code staging},
 * {@code prod}, {@code local}, {@code docker}, {@code cloud}..., also {@code prod-eu} or
 * {@code dev2}: {@link EnvironmentNames}) that changes what goes into the artifact: a dependency
 * that is not test-scoped, resources or resource filters, or a property that carries deploy config.
 * A property carries deploy config when its name does ({@link DeployConfigNames}: URLs, credentials,
 * {@code spring.profiles.active}), when a filtered main resource of the module references it (then
 * Maven writes it into the artifact, whatever its name), or when it selects the environment
 * ({@code <env>prod</env>}, {@code <activatedProperties>dev</activatedProperties>}).
 *
 * <p>Not findings: profiles named after anything else ({@code native}, {@code coverage},
 * {@code mysql}) or after the test suite ({@code integration-tests}, {@code it}); deploy-named profiles that only add plugins, test-scoped dependencies or build
 * switches ({@code skipTests}, a Docker image tag); the run-only {@code spring-boot.run.*} settings.
 * One finding per profile, at its {@code <id>}.
 */
@RuleDefinition(id = "environment-build-profile", factor = Factor.V, severity = Severity.WARNING,
        bad = "<profile><id>prod</id><properties><db.url>jdbc:postgresql://prod-db/shop</db.url></properties></profile>",
        good = "one build for all deploys; spring.datasource.url=${DATABASE_URL} read at run time",
        summary = "A Maven profile per deploy (dev, qa, prod...) that changes dependencies, resources or config",
        remediation = "Build one artifact for every deploy: move what differs per environment out of Maven profiles "
                + "into run-time config (environment variables, a config server, or the platform's secrets), keep "
                + "dependencies the same everywhere, and promote the same artifact from test to production.")
public final class EnvironmentBuildProfileRule implements ProjectRule {
    private static final Set<String> SELECTOR_WORDS = Set.of("profile", "profiles", "env", "environment", "activated",
            "stage", "target");
    private static final Set<String> TEST_SUITE_WORDS = Set.of("tests", "testing", "it", "its", "e2e");

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        PomModel pom = PomModel.of(module);
        if (pom == null || pom.model().getProfiles().isEmpty()) {
            return;
        }
        Set<String> referenced = null;
        for (Profile p : pom.model().getProfiles()) {
            String deploy = p.getId() == null ? null : deployIn(p.getId());
            if (deploy == null || !pom.here(p)) {
                continue;
            }
            if (referenced == null) {
                referenced = referencedByFilteredResources(module);
            }
            List<String> changes = changes(p, referenced);
            if (changes.isEmpty()) {
                continue;
            }
            InputLocation id = p.getLocation("id");
            PomModel.Place place = pom.here(id) ? pom.at(id, "id") : pom.elementPlace(p);
            if (place == null) {
                continue;
            }
            String shown = String.join(", ", changes.subList(0, Math.min(3, changes.size())))
                    + (changes.size() > 3 ? " and " + (changes.size() - 3) + " more" : "");
            out.at(pom.pom()).report(place.line(), place.column(), "Maven profile '" + p.getId()
                    + "' builds a different artifact for deploy '" + deploy + "': " + shown);
        }
    }

    /**
     * The first deploy name among the words of a profile id, test included; null for the test
     * suite's own profiles ({@code integration-tests}, {@code it}, {@code e2e-testing}).
     */
    private static String deployIn(String id) {
        List<String> words = EnvironmentNames.words(id);
        if (words.stream().anyMatch(TEST_SUITE_WORDS::contains)) {
            return null;
        }
        for (String w : words) {
            String d = EnvironmentNames.deploy(w);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static List<String> changes(Profile p, Set<String> referenced) {
        List<String> out = new ArrayList<>();
        for (Dependency d : p.getDependencies()) {
            if (!"test".equals(d.getScope())) {
                out.add("dependency " + d.getGroupId() + ":" + d.getArtifactId());
            }
        }
        if (p.getBuild() != null && !p.getBuild().getResources().isEmpty()) {
            out.add("resources");
        }
        if (p.getBuild() != null && !p.getBuild().getFilters().isEmpty()) {
            out.add("resource filters");
        }
        for (String key : new java.util.TreeSet<>(p.getProperties().stringPropertyNames())) {
            if (key.startsWith("spring-boot.run.")) {
                continue; // configures mvn spring-boot:run on a developer's machine, not the artifact
            }
            String value = p.getProperties().getProperty(key, "").trim();
            if (DeployConfigNames.isDeployConfig(key) || referenced.contains(key) || selectsEnvironment(key, value)) {
                out.add("property " + key);
            }
        }
        return out;
    }

    private static boolean selectsEnvironment(String key, String value) {
        return EnvironmentNames.isDeploy(value) && DeployConfigNames.words(key).stream().anyMatch(SELECTOR_WORDS::contains);
    }

    private static Set<String> referencedByFilteredResources(ModuleView module) {
        Set<String> out = new HashSet<>();
        FilteredReferences references = null;
        for (SourceFile f : module.files()) {
            if (f.isMavenFiltered() && !f.isTest() && !f.isJava()) {
                references = references == null ? FilteredReferences.of(module.model()) : references;
                references.scan(f).forEach(r -> out.add(r.name()));
            }
        }
        return out;
    }
}
