package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.source.Dockerfile;

class DockerfileVariablesTest {

    private static List<String> vars(String... lines) {
        Dockerfile d = Dockerfile.parse(lines);
        return d.instructions().stream().flatMap(i -> DockerfileVariables.of(i, lines).stream())
                .map(v -> v.line() + ":" + v.column() + " " + v.name() + "=" + v.value()).toList();
    }

    @Test
    void keyValueForm() {
        assertEquals(List.of("1:7 A=1", "1:11 B=two words", "1:25 C=it's"),
                vars("ENV A=1 B=\"two words\" C=it\\'s"));
    }

    @Test
    void legacyFormTakesTheRestOfTheLine() {
        assertEquals(List.of("1:10 NAME=the rest here"), vars("ENV NAME the rest here"));
    }

    @Test
    void argWithAndWithoutDefault() {
        assertEquals(List.of("1:6 A=null", "2:7 B=x"), vars("ARG A", "ARG B=x"));
    }

    @Test
    void continuationLinesPlaceEachVariable() {
        assertEquals(List.of("1:7 A=1", "2:7 B=2"), vars("ENV A=1 \\", "    B=2", "RUN echo B"));
    }

    @Test
    void otherInstructionsHaveNoVariables() {
        assertEquals(List.of(), vars("FROM eclipse-temurin:17", "RUN A=1 make"));
    }
}
