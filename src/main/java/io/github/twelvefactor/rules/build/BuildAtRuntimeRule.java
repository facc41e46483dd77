package io.github.twelvefactor.rules.build;

import java.util.Locale;
import java.util.Set;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.DockerStages;
import io.github.twelvefactor.source.Dockerfile;
import io.github.twelvefactor.source.Dockerfile.Instruction;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * A Dockerfile whose image builds the app when it starts: the final stage's {@code ENTRYPOINT} or
 * {@code CMD} (exec or shell form, also inside {@code sh -c "..."}) runs Maven or Gradle
 * ({@code mvn}, {@code ./mvnw}, {@code gradle}, {@code ./gradlew}, any path to them) or a run goal
 * ({@code spring-boot:run}, {@code quarkus:dev}, {@code cargo:run}, {@code jetty:run},
 * {@code liberty:dev}, {@code bootRun}...). One finding per Dockerfile, at the first of
 * {@code ENTRYPOINT} and {@code CMD} that does it.
 *
 * <p>Not reported: {@code RUN mvn package} (building while the image is built is the point of a
 * build stage), and the {@code CMD} of an earlier stage (it never runs in the final image).
 */
@RuleDefinition(id = "build-at-runtime", factor = Factor.V, severity = Severity.WARNING,
        bad = "CMD [\"./mvnw\", \"spring-boot:run\"]",
        good = "RUN ./mvnw -B package   # in a build stage\nENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]   # in the final stage",
        summary = "A Dockerfile whose CMD/ENTRYPOINT runs a build tool (mvn, gradle, spring-boot:run) at start",
        remediation = "Build once, then run the result: compile and package in a build stage (RUN ./mvnw -B package), "
                + "COPY the jar into a JRE-only final stage, and start it with ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]; "
                + "the same image then moves unchanged from test to production.")
public final class BuildAtRuntimeRule implements FileRule {
    private static final Set<String> TOOLS = Set.of("mvn", "mvnw", "mvn.cmd", "mvnw.cmd", "gradle", "gradlew",
            "gradlew.bat", "gradle.bat");
    private static final Set<String> GOALS = Set.of("spring-boot:run", "quarkus:dev", "quarkus:run", "cargo:run",
            "jetty:run", "jetty:run-war", "tomcat7:run", "tomcat:run", "liberty:dev", "liberty:run", "mn:run",
            "wildfly:run", "bootrun", "quarkusdev", "quarkusrun");

    @Override
    public boolean accepts(SourceFile file) {
        return file.kind() == FileKind.DOCKERFILE;
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        Dockerfile docker = file.dockerfile();
        if (docker == null) {
            return;
        }
        DockerStages.Command command = DockerStages.of(docker).command();
        for (Instruction in : new Instruction[] {command.entrypoint(), command.cmd()}) {
            String tool = in == null ? null : buildTool(in);
            if (tool != null) {
                out.report(in.line(), 0, in.keyword() + " runs " + tool
                        + " when the container starts: the app is built at run time, not released as one artifact");
                return;
            }
        }
    }

    /** The first build tool or run goal among the instruction's words, or null. */
    static String buildTool(Instruction in) {
        for (String word : DockerStages.words(in)) {
            String w = word.toLowerCase(Locale.ROOT);
            String base = w.substring(Math.max(w.lastIndexOf('/'), w.lastIndexOf('\\')) + 1);
            if (TOOLS.contains(base) || GOALS.contains(w)) {
                return word;
            }
        }
        return null;
    }
}
