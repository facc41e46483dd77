package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImageRefTest {

    @Test
    void splitsRegistryRepositoryTagAndDigest() {
        ImageRef ref = ImageRef.parse("localhost:5000/base/jre:1.2");
        assertEquals("localhost:5000", ref.registry());
        assertEquals("base/jre", ref.repository());
        assertEquals("1.2", ref.tag());
        assertEquals("jre", ref.name());
        assertFalse(ref.digest());

        ImageRef noTag = ImageRef.parse("localhost:5000/base/jre");
        assertNull(noTag.tag(), "the registry's port is not a tag");
        assertEquals("base/jre", noTag.repository());

        ImageRef hub = ImageRef.parse("eclipse-temurin");
        assertNull(hub.registry());
        assertNull(hub.tag());

        ImageRef user = ImageRef.parse("acme/orders:2.0");
        assertNull(user.registry(), "a Docker Hub user is not a registry");
        assertEquals("acme/orders", user.repository());

        ImageRef digest = ImageRef.parse("eclipse-temurin:latest@sha256:0a3b");
        assertTrue(digest.digest());
        assertEquals("latest", digest.tag());
    }

    @Test
    void resolvesVariablesLikeDockerAndCompose() {
        Map<String, String> args = new HashMap<>();
        args.put("BASE", "eclipse-temurin");
        args.put("UNSET_ARG", null);
        args.put("EMPTY", "");
        assertEquals("eclipse-temurin:21", ImageRef.resolve("${BASE}:21", args));
        assertEquals("eclipse-temurin:21", ImageRef.resolve("$BASE:21", args));
        assertEquals("app:latest", ImageRef.resolve("app:${TAG:-latest}", args));
        assertEquals("app:dev", ImageRef.resolve("app:${EMPTY:-dev}", args), ":- also replaces an empty value");
        assertEquals("app:", ImageRef.resolve("app:${EMPTY-dev}", args), "- replaces only an unset one");
        assertEquals("app:" + ImageRef.UNSET, ImageRef.resolve("app:${UNSET_ARG}", args));
        assertEquals("app:" + ImageRef.UNSET, ImageRef.resolve("app:${TAG?set the tag}", args));
        assertEquals("pa$word", ImageRef.resolve("pa$$word", args));
        assertEquals("orders", ImageRef.resolve("${project.artifactId}", Map.of("project.artifactId", "orders")));
    }

    @Test
    void versionLeftToAVariableIsNotJudged() {
        assertTrue(ImageRef.parse(ImageRef.resolve("app:${TAG}", Map.of())).versionLeftOpen());
        assertTrue(ImageRef.parse(ImageRef.resolve("${IMAGE}", Map.of())).unknown());
        assertFalse(ImageRef.parse(ImageRef.resolve("${REGISTRY}/postgres", Map.of())).versionLeftOpen(),
                "a registry from a variable does not pin the version");
    }

    @Test
    void knowsBackingServicesByImageAndByName() {
        assertTrue(ImageRef.parse("confluentinc/cp-kafka:7.7.1").backingService());
        assertTrue(ImageRef.parse("quay.io/keycloak/keycloak:25.0").backingService());
        assertTrue(ImageRef.parse("bitnami/postgresql:16").backingService());
        assertTrue(ImageRef.parse("jaegertracing/all-in-one:1.60").backingService());
        assertFalse(ImageRef.parse("acme/orders:1.0").backingService());
        assertFalse(ImageRef.parse("acme/catalog:1.0").backingService(), "no token is a product name");
        assertTrue(ImageRef.backingName("orders-db"));
        assertTrue(ImageRef.backingName("./docker/postgres"));
        assertTrue(ImageRef.backingName("docker/Dockerfile.mysql"));
        assertFalse(ImageRef.backingName("orders-api"));
        assertFalse(ImageRef.backingName("dbt-runner"), "words, not prefixes");
    }
}
