package io.github.twelvefactor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;

/**
 * Writes one module's audit as plain JSON ({@value #FILE_NAME}) for scripts:
 * <pre>
 * { "tool": {name, version},
 *   "summary": {findings, errors, warnings, info, suppressed, [baselined, new, fixedBaselineEntries,]
 *               filesScanned, filesWithFindings, millis},
 *   "findings": [ {ruleId, factor, factorTitle, severity, path, line, column, message, remediation, helpUri,
 *                  snippet, fingerprint[, baselined]} ],
 *   "fileIssues": [ {path, kind, reason} ] }
 * </pre>
 * The bracketed fields are there only when a baseline file was read.
 * {@code line} and {@code column} are 1-based, 0 when unknown; {@code factor} is the roman numeral;
 * {@code severity} is {@code error}, {@code warning} or {@code info}; {@code kind} is
 * {@code skipped}, {@code unparsable}, {@code internal error} or {@code notice}. Byte-identical for
 * the same result except {@code summary.millis}; the snippets are the engine's, already redacted.
 */
public final class JsonReport {
    public static final String FILE_NAME = "twelvefactor.json";

    /** Writes {@value #FILE_NAME} into {@code outputDirectory} (created when missing); returns its path. */
    public Path writeTo(ReportContext context, Path outputDirectory) throws IOException {
        return JsonOutput.writeFile(outputDirectory, FILE_NAME, body(context));
    }

    /** Writes the JSON document to {@code out}, which stays open. */
    public void write(ReportContext context, OutputStream out) throws IOException {
        JsonOutput.write(out, body(context));
    }

    private JsonOutput.Body body(ReportContext context) {
        return new JsonOutput.Body() { // no lambda: see Finding.comparePlace
            @Override
            public void write(JsonWriter g) throws IOException {
                JsonReport.write(context, g);
            }
        };
    }

    private static void write(ReportContext context, JsonWriter g) throws IOException {
        AuditResult result = context.result();
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", ReportContext.TOOL_NAME);
        JsonOutput.string(g, "version", context.toolVersion());
        g.writeEndObject();
        writeSummary(g, result);
        g.writeArrayFieldStart("findings");
        for (Finding f : context.sortedFindings()) {
            writeFinding(g, f, result);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fileIssues");
        for (FileIssue issue : context.sortedFileIssues()) {
            g.writeStartObject();
            JsonOutput.string(g, "path", issue.path());
            g.writeStringField("kind", issue.kind().label());
            JsonOutput.string(g, "reason", issue.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSummary(JsonWriter g, AuditResult result) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("findings", result.findings().size());
        g.writeNumberField("errors", result.count(Severity.ERROR));
        g.writeNumberField("warnings", result.count(Severity.WARNING));
        g.writeNumberField("info", result.count(Severity.INFO));
        g.writeNumberField("suppressed", result.suppressed());
        if (result.baselineApplied()) {
            g.writeNumberField("baselined", result.baselinedCount());
            g.writeNumberField("new", result.findings().size() - result.baselinedCount());
            g.writeArrayFieldStart("fixedBaselineEntries");
            for (String entry : result.fixedBaselineEntries()) {
                g.writeString(JsonOutput.clean(entry));
            }
            g.writeEndArray();
        }
        g.writeNumberField("filesScanned", result.filesScanned());
        g.writeNumberField("filesWithFindings", result.filesWithFindings());
        g.writeNumberField("millis", result.millis());
        g.writeEndObject();
    }

    private static void writeFinding(JsonWriter g, Finding f, AuditResult result) throws IOException {
        g.writeStartObject();
        JsonOutput.string(g, "ruleId", f.ruleId());
        g.writeStringField("factor", f.factor().numeral());
        g.writeStringField("factorTitle", f.factor().title());
        g.writeStringField("severity", f.severity().id());
        JsonOutput.string(g, "path", f.path());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        JsonOutput.string(g, "message", f.message());
        JsonOutput.string(g, "remediation", f.remediation());
        g.writeStringField("helpUri", f.factor().url());
        JsonOutput.string(g, "snippet", f.snippet());
        JsonOutput.string(g, "fingerprint", f.fingerprint());
        if (result.baselineApplied()) {
            g.writeBooleanField("baselined", result.isBaselined(f));
        }
        g.writeEndObject();
    }
}
