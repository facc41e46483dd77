package io.github.twelvefactor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fusesource.jansi.Ansi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Console styles follow the switch Maven sets on the jansi it shares with plugins. */
class ConsoleColoursTest {
    private final boolean before = Ansi.isEnabled();

    @AfterEach
    void restore() {
        Ansi.setEnabled(before);
    }

    @Test
    void plainWhenMavenTurnedColoursOff() {
        Ansi.setEnabled(false); // what -B and -Dstyle.color=never do
        assertEquals("3 errors", AuditMojo.styled("3 errors", Ansi.Color.RED));
        assertEquals("hardcoded-secret", AuditMojo.styled("hardcoded-secret", null));
    }

    @Test
    void boldAndColouredWhenOn() {
        Ansi.setEnabled(true);
        assertEquals("\u001B[1;31m3 errors\u001B[m", AuditMojo.styled("3 errors", Ansi.Color.RED));
        assertEquals("\u001B[1;33m2 warnings\u001B[m", AuditMojo.styled("2 warnings", Ansi.Color.YELLOW));
        assertEquals("\u001B[1mhardcoded-secret\u001B[m", AuditMojo.styled("hardcoded-secret", null));
    }
}
