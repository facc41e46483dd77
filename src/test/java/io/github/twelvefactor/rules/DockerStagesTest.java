package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.source.Dockerfile;

class DockerStagesTest {

    private static DockerStages stages(String text) {
        return DockerStages.of(Dockerfile.parse(text.split("\n")));
    }

    @Test
    void stagesKnowTheirAliasTheirParentAndTheGlobalArgs() {
        DockerStages d = stages("ARG BASE=maven:3.9\nARG TAG\nFROM ${BASE} AS Build\nARG LOCAL=x\n"
                + "FROM build AS test\nFROM --platform=$BUILDPLATFORM eclipse-temurin:${TAG}-jre\n");
        assertEquals(3, d.stages().size());
        assertEquals("maven:3.9", d.stages().get(0).image());
        assertEquals("build", d.stages().get(0).alias());
        assertEquals(0, d.stages().get(1).parent());
        assertEquals(-1, d.stages().get(2).parent());
        assertEquals("eclipse-temurin:" + ImageRef.UNSET + "-jre", d.stages().get(2).image());
        assertEquals(2, d.globalArgs().size(), "an ARG inside a stage is not global");
    }

    @Test
    void theFinalStageInheritsItsCommandThroughEarlierStages() {
        DockerStages d = stages("FROM a:1 AS base\nENTRYPOINT [\"java\"]\nCMD [\"-jar\", \"x.jar\"]\nFROM base\nLABEL x=y\n");
        assertEquals(2, d.command().entrypoint().line());
        assertEquals(3, d.command().cmd().line());
    }

    @Test
    void anEntrypointResetsTheCmdOfTheStageBelowButNotItsOwn() {
        DockerStages reset = stages("FROM a:1 AS base\nCMD java -jar old.jar\nFROM base\nENTRYPOINT [\"java\"]\n");
        assertEquals(4, reset.command().entrypoint().line());
        assertNull(reset.command().cmd());
        DockerStages own = stages("FROM a:1\nCMD [\"-jar\", \"x.jar\"]\nENTRYPOINT [\"java\"]\n");
        assertEquals(2, own.command().cmd().line());
    }

    @Test
    void anEarlierStageCommandDoesNotRunInTheFinalImage() {
        DockerStages d = stages("FROM maven:3.9 AS build\nCMD mvn test\nFROM eclipse-temurin:21\nCOPY a b\n");
        assertNull(d.command().cmd());
        assertNull(d.command().entrypoint());
    }

    @Test
    void wordsSplitExecItemsAndShellText() {
        DockerStages d = stages("FROM a:1\nCMD [\"sh\", \"-c\", \"cd /app && ./mvnw spring-boot:run\"]\n");
        assertEquals(List.of("sh", "-c", "cd", "/app", "./mvnw", "spring-boot:run"), DockerStages.words(d.command().cmd()));
    }
}
