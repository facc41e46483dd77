package io.github.twelvefactor.rules.disposability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.source.Dockerfile;

class ShellFormEntrypointRuleTest {

    @Test
    void findsTheScriptOfAShellRunInExecForm() {
        assertEquals("java -jar a.jar", ShellFormEntrypointRule.shellScript(List.of("sh", "-c", "java -jar a.jar"), null));
        assertEquals("java -jar a.jar", ShellFormEntrypointRule.shellScript(List.of("/bin/bash", "-ec", "java -jar a.jar"), null));
        assertEquals("java -jar a.jar", ShellFormEntrypointRule.shellScript(List.of("bash", "-e", "-c", "java -jar a.jar"), null));
        assertNull(ShellFormEntrypointRule.shellScript(List.of("java", "-jar", "a.jar"), null));
        assertNull(ShellFormEntrypointRule.shellScript(List.of("sh", "/start.sh"), null), "a script file");
        assertNull(ShellFormEntrypointRule.shellScript(List.of("sh", "-e"), null));
        Dockerfile.Instruction cmd = Dockerfile.parse(new String[] {"CMD [\"java -jar a.jar\"]"}).instructions().get(0);
        assertEquals("java -jar a.jar", ShellFormEntrypointRule.shellScript(List.of("sh", "-c"), cmd),
                "the script can come from CMD");
    }

    @Test
    void execMustStartACommand() {
        assertTrue(ShellFormEntrypointRule.execs("exec java -jar a.jar"));
        assertTrue(ShellFormEntrypointRule.execs("  exec java -jar a.jar"));
        assertTrue(ShellFormEntrypointRule.execs("cd /app && exec java -jar a.jar"));
        assertTrue(ShellFormEntrypointRule.execs("set -e; exec \"$@\""));
        assertFalse(ShellFormEntrypointRule.execs("java -jar a.jar"));
        assertFalse(ShellFormEntrypointRule.execs("java -Dexec.mode=x -jar a.jar"));
        assertFalse(ShellFormEntrypointRule.execs("/opt/exec java"));
        assertFalse(ShellFormEntrypointRule.execs("executor --run"));
    }
}
