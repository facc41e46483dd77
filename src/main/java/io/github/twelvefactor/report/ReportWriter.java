package io.github.twelvefactor.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Rule;
import io.github.twelvefactor.engine.Severity;

/** Writes the file reports a user asked for into the output folder. */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static List<Path> write(Set<String> formats, Path outputDirectory, AuditResult result,
            Map<Rule, Severity> rules, Path reactorRoot, String toolVersion) throws IOException {
        List<Path> written = new ArrayList<>();
        // SARIF and JSON writers are wired here once they land (see SarifReport, JsonReport).
        return written;
    }
}
