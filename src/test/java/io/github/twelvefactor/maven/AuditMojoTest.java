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

/** The audit goal as Maven configures it: defaults, parameter validation, skip, failure. */
@MojoTest
class AuditMojoTest {
    private static final String POM = "src/test/resources/mojo/basic/pom.xml";
    private static final Path BASE = Path.of("src/test/resources/mojo/basic").toAbsolutePath();
    private static final Path OUT = Path.of("target/mojo-test-out").toAbsolutePath();

    @Inject
    private MavenProject project;

    @Inject
    private MavenSession session;

    @BeforeEach
    void wireProject() throws Exception {
        Build build = new Build();
        build.setDirectory(BASE.resolve("target").toString());
        Model model = new Model();
        lenient().when(project.getBasedir()).thenReturn(BASE.toFile());
        lenient().when(project.getBuild()).thenReturn(build);
        lenient().when(project.getModel()).thenReturn(model);
        lenient().when(project.getModules()).thenReturn(List.of());
        lenient().when(session.getTopLevelProject()).thenReturn(project);
        lenient().when(session.getAllProjects()).thenReturn(List.of(project));
        if (Files.exists(OUT)) {
            try (var s = Files.walk(OUT)) {
                s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "outputDirectory", value = "target/mojo-test-out")
    @MojoParameter(name = "failOnSeverity", value = "warning")
    void failsOnAWarningWhenAskedTo(AuditMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("at or above severity 'warning'"), e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "outputDirectory", value = "target/mojo-test-out")
    void passesByDefaultWhenThereIsNoError(AuditMojo mojo) {
        assertDoesNotThrow(mojo::execute);
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void badSeverityNamesParameterValueAndAccepted(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Invalid value 'fatal' for failOnSeverity (twelvefactor.failOnSeverity). Accepted: error, warning,"
                + " info, none", e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "formats", value = "console,pdf")
    void badFormatNamesParameterValueAndAccepted(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Invalid format 'pdf' in formats (twelvefactor.formats). Accepted: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("sarif"), e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/mojo/basic")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "outputDirectory", value = "target/mojo-test-out")
    @MojoParameter(name = "failOnSeverity", value = "info")
    void skipDoesNothing(AuditMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        assertFalse(Files.exists(OUT), "skip must not write reports");
    }
}
