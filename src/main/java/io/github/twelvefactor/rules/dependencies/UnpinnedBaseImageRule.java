package io.github.twelvefactor.rules.dependencies;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ComposeServices;
import io.github.twelvefactor.rules.DockerStages;
import io.github.twelvefactor.rules.ImageRef;
import io.github.twelvefactor.source.ComposeFile;
import io.github.twelvefactor.source.Dockerfile;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * An image pulled without a version: a Dockerfile {@code FROM} or a compose {@code image:} with
 * neither tag nor digest, or with the tag {@code latest}. A digest pins whatever tag stands beside it.
 *
 * <p>Not reported: {@code FROM scratch}; {@code FROM builder} naming an earlier stage; a service
 * with {@code build:} (its {@code image:} names what compose builds) and the project's own images
 * ({@link ComposeServices}: built elsewhere in the module's compose files, or named after the project,
 * as jib's {@code image: myapp} in JHipster's {@code app.yml}). Variables: a global {@code ARG}'s
 * default is used ({@code ARG BASE=eclipse-temurin} then {@code FROM ${BASE}} fires, so does
 * {@code ARG TAG=latest}); an {@code ARG} without a default leaves the choice to the build command,
 * which this rule cannot see, so a name or tag made of it is not judged. Compose's
 * {@code ${TAG:-latest}} fires (that default ships), {@code ${TAG}} does not. A port in the
 * registry is not a tag: {@code localhost:5000/app} has none, {@code localhost:5000/app:1.2} has one.
 */
@RuleDefinition(id = "unpinned-base-image", factor = Factor.II, severity = Severity.WARNING,
        bad = "FROM eclipse-temurin",
        good = "FROM eclipse-temurin:21.0.4_7-jre",
        summary = "A Dockerfile FROM or compose image: without a tag or digest, or with :latest",
        remediation = "Pin the image to a version tag (eclipse-temurin:21.0.4_7-jre, postgres:16.4), or to a digest "
                + "(image@sha256:...) for reproducible builds, and let Renovate or Dependabot propose updates; never "
                + "rely on an implicit or explicit latest.")
public final class UnpinnedBaseImageRule implements ProjectRule {

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        for (SourceFile f : module.files()) {
            if (f.kind() == FileKind.DOCKERFILE && f.dockerfile() != null) {
                dockerfile(f.dockerfile(), out.at(f));
            }
        }
        for (ComposeServices.Entry e : ComposeServices.of(module)) {
            ComposeFile.Service s = e.service();
            if (s.built() || e.app() || e.image() == null) {
                continue;
            }
            String problem = problem(e.image());
            if (problem != null) {
                out.at(e.file()).report(s.image().line(), s.image().column(),
                        "image: " + s.image().text() + " of service '" + s.name() + "' " + problem);
            }
        }
    }

    private static void dockerfile(Dockerfile docker, Reporter out) {
        for (DockerStages.Stage stage : DockerStages.of(docker).stages()) {
            if (stage.scratch() || stage.parent() >= 0) {
                continue;
            }
            String problem = problem(ImageRef.parse(stage.image()));
            if (problem != null) {
                String written = stage.from().arguments();
                String via = written.contains("$")
                        ? " (with its ARG defaults: " + stage.image().replace(ImageRef.UNSET, '?') + ")" : "";
                out.report(stage.from().line(), 0, "FROM " + written + via + " " + problem);
            }
        }
    }

    /** What is wrong with the reference, or null when it is pinned or its version is left to a variable. */
    static String problem(ImageRef image) {
        if (image.digest() || image.unknown() || image.versionLeftOpen() || image.repository().isEmpty()) {
            return null;
        }
        if (image.tag() == null) {
            return "has no tag or digest: every pull may bring a different image (latest)";
        }
        if (image.tag().equalsIgnoreCase("latest")) {
            return "uses the tag latest: every pull may bring a different image";
        }
        return null;
    }
}
