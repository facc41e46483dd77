package io.github.twelvefactor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The reactor's projects as the audit hands them to the rules: every project of the session, selected or not. */
class ReactorArtifactsTest {

    private static MavenProject project(String groupId, String artifactId) {
        Model m = new Model();
        if (groupId != null) {
            m.setGroupId(groupId);
        } else {
            Parent parent = new Parent();
            parent.setGroupId("com.example");
            parent.setArtifactId("parent");
            parent.setVersion("1.0-SNAPSHOT");
            m.setParent(parent);
        }
        m.setArtifactId(artifactId);
        m.setVersion("1.0-SNAPSHOT");
        return new MavenProject(m);
    }

    @Test
    void everyProjectOfTheSessionAndTheModuleItself() {
        MavenProject app = project(null, "app");
        MavenSession session = mock(MavenSession.class);
        when(session.getAllProjects()).thenReturn(List.of(project("com.example", "parent"), app,
                project("com.example.libs", "lib")));
        when(session.getProjects()).thenReturn(List.of(app));
        assertEquals(Set.of("com.example:parent", "com.example:app", "com.example.libs:lib"),
                AuditMojo.reactorArtifacts(app, session));
    }

    @Test
    void withoutASessionOnlyTheModule() {
        assertEquals(Set.of("com.example:app"), AuditMojo.reactorArtifacts(project("com.example", "app"), null));
    }
}
