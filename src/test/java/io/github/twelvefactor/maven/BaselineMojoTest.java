package io.github.twelvefactor.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.lenient;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.twelvefactor.engine.Baseline;

import javax.inject.Inject;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The baseline goal and the audit that reads its file, as Maven configures them. */
@MojoTest
class BaselineMojoTest {
    private static final String POM = "src/test/resources/mojo/basic/pom.xml";
    private static final Path BASE = Path.of("src/test/resources/mojo/basic").toAbsolutePath();
    private static final String FILE = "target/baseline-test/twelvefactor-baseline.json";

    @Inject
    private MavenProject project;

    @Inject
    private MavenSession session;

    @BeforeEach
    void wireProject() throws Exception {
        Build build = new Build();
        build.setDirectory(BASE.resolve("target").toString());
        lenient().when(project.getBasedir()).thenReturn(BASE.toFile());
        lenient().when(project.getBuild()).thenReturn(build);
        lenient().when(project.getModel()).thenReturn(new Model());
        lenient().when(project.getModules()).thenReturn(List.of());
        lenient().when(session.getTopLevelProject()).thenReturn(project);
        lenient().when(session.getAllProjects()).thenReturn(List.of(project));
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    void baselineAcceptsTodaysFindingsSoTheAuditPasses(
            @InjectMojo(goal = "baseline", pom = POM) @MojoParameter(name = "baseline", value = FILE) BaselineMojo baseline,
            @InjectMojo(goal = "audit", pom = POM) @MojoParameter(name = "baseline", value = FILE)
            @MojoParameter(name = "outputDirectory", value = "target/baseline-test/out")
            @MojoParameter(name = "failOnSeverity", value = "warning") AuditMojo audit) throws Exception {
        Path file = baseline.baselineFile();
        assertEquals(file, audit.baselineFile());
        assertTrue(audit.auditRequest().excludes().contains(FILE), "the baseline file is never audited: "
                + audit.auditRequest().excludes());
        Files.deleteIfExists(file);
        baseline.execute();
        assertTrue(Files.isRegularFile(file), "baseline file written at " + file);
        assertFalse(Baseline.read(file).entries().isEmpty(), "the fixture has a warning to accept");
        assertDoesNotThrow(audit::execute);

        Files.writeString(file, "{\"version\": 1, \"entries\": [}");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, audit::execute);
        assertTrue(e.getMessage().contains("malformed baseline file " + file), e.getMessage());
        Files.delete(file);
        MojoFailureException fails = assertThrows(MojoFailureException.class, audit::execute);
        assertTrue(fails.getMessage().contains("at or above severity 'warning'"), fails.getMessage());
    }
}
