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

    /**
     * @param category the module's name: SARIF's {@code automationDetails.id}, which lets GitHub take
     *                 one run per module of a reactor
     * @return the files written
     */
    public static List<Path> write(Set<String> formats, Path outputDirectory, AuditResult result,
            Map<Rule, Severity> rules, Path reactorRoot, String toolVersion, String category) throws IOException {
        ReportContext ctx = ReportContext.of(toolVersion, reactorRoot, rules, result).withCategory(category);
        List<Path> written = new ArrayList<>();
        if (formats.contains("sarif")) {
            written.add(new SarifReport().writeTo(ctx, outputDirectory));
        }
        if (formats.contains("json")) {
            written.add(new JsonReport().writeTo(ctx, outputDirectory));
        }
        if (formats.contains("html")) {
            written.add(new HtmlReport().writeTo(ctx, outputDirectory));
        }
        return written;
    }
}
