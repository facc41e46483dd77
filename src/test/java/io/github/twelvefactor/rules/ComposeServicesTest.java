package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ComposeServicesTest {

    private static Xpp3Dom dom(String name, String value, Xpp3Dom... children) {
        Xpp3Dom d = new Xpp3Dom(name);
        d.setValue(value);
        for (Xpp3Dom c : children) {
            d.addChild(c);
        }
        return d;
    }

    private static Plugin plugin(String artifactId, Xpp3Dom config) {
        Plugin p = new Plugin();
        p.setArtifactId(artifactId);
        p.setConfiguration(config);
        return p;
    }

    @Test
    void projectNamesAreTheArtifactIdWithoutParentAndTheModuleFolders() {
        Model m = new Model();
        m.setArtifactId("shop-parent");
        m.addModule("shop-orders");
        m.addModule("services/billing/");
        m.addModule("ui");
        assertEquals(Set.of("shop-parent", "shop", "shop-orders", "billing"), ComposeServices.projectNames(m),
                "names under three letters say too little to match an image");
        assertEquals(Set.of(), ComposeServices.projectNames(null));
    }

    @Test
    void anImageIsNamedAfterTheProjectByWholeWords() {
        Set<String> names = Set.of("orders", "jhipster-sample-application");
        assertTrue(ComposeServices.namedAfter(ImageRef.parse("orders"), names));
        assertTrue(ComposeServices.namedAfter(ImageRef.parse("ghcr.io/acme/orders-worker:1.0"), names));
        assertTrue(ComposeServices.namedAfter(ImageRef.parse("jhipstersampleapplication"), names),
                "JHipster's image is the base name without separators");
        assertFalse(ComposeServices.namedAfter(ImageRef.parse("acme/preorders:1.0"), names), "words, not substrings");
        assertFalse(ComposeServices.namedAfter(ImageRef.parse("orders/web:1.0"), names), "the last segment names the image");
    }

    @Test
    void imagesThePomBuildsComeFromTheImagePluginsAndProperties() {
        Model m = new Model();
        m.setArtifactId("orders");
        m.getProperties().setProperty("registry", "ghcr.io/acme");
        m.getProperties().setProperty("jib.to.image", "ghcr.io/acme/from-property:1.0");
        Build b = new Build();
        b.addPlugin(plugin("jib-maven-plugin", dom("configuration", null,
                dom("from", null, dom("image", "eclipse-temurin:21")), dom("to", null, dom("image", "${registry}/jib-app")))));
        b.addPlugin(plugin("spring-boot-maven-plugin", dom("configuration", null,
                dom("image", null, dom("name", "docker.io/acme/${project.artifactId}-boot:${project.version}")))));
        b.addPlugin(plugin("docker-maven-plugin", dom("configuration", null,
                dom("images", null, dom("image", null, dom("name", "acme/fabric8-app:%l"))))));
        b.addPlugin(plugin("maven-jar-plugin", dom("configuration", null, dom("repository", "not/an-image"))));
        m.setBuild(b);
        assertEquals(Set.of("acme/from-property", "acme/jib-app", "acme/orders-boot", "acme/fabric8-app"),
                ComposeServices.configuredImages(m));
    }
}
