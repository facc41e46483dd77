package io.github.twelvefactor.rules.dependencies;

import java.util.Locale;
import java.util.regex.Pattern;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;

/**
 * A {@code *.jar} in the source tree: a dependency copied in by hand instead of declared and
 * resolved. Jars are binary, so the engine lists them without reading them
 * ({@link ModuleView#binaryFiles()}); the finding stands at line 1 of the jar's path. Like every
 * file, a jar that git ignores and does not track is not listed, and neither is the module's build
 * folder.
 *
 * <p>Not reported: the build tools' wrapper jars, which their wrappers are designed to have
 * committed: {@code .mvn/wrapper/maven-wrapper.jar} (the engine skips {@code .mvn/wrapper/} of a
 * module; this rule also spares it in nested folders) and Gradle's
 * {@code gradle/wrapper/gradle-wrapper.jar}; jars under test sources and resources (test data,
 * unless {@code includeTests}).
 */
@RuleDefinition(id = "vendored-jar", factor = Factor.II, severity = Severity.WARNING,
        bad = "lib/tax-tables.jar committed to git",
        good = "com.acme:tax-tables:1.0 declared in the pom, resolved from a repository",
        summary = "A *.jar committed in the source tree",
        remediation = "Declare the library as a dependency from a repository (Maven Central or the company's "
                + "repository manager; for a jar nobody publishes, mvn deploy:deploy-file it there once) and delete "
                + "the jar from the tree.")
public final class VendoredJarRule implements ProjectRule {
    private static final Pattern WRAPPER = Pattern.compile("(^|.*/)(\\.mvn/wrapper/[^/]+|gradle/wrapper/gradle-wrapper\\.jar)");

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        for (String path : module.binaryFiles()) {
            if (path.toLowerCase(Locale.ROOT).endsWith(".jar") && !WRAPPER.matcher(path).matches()) {
                out.atPath(path).report(1, 0, path + " is a jar committed to the source tree: a dependency no build "
                        + "tool declares or resolves");
            }
        }
    }
}
