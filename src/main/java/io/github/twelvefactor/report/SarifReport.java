package io.github.twelvefactor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;

/**
 * Writes one module's audit as SARIF 2.1.0 ({@value #FILE_NAME}), valid against the OASIS schema
 * and shaped for GitHub code scanning. Locations are relative to the reactor's root
 * ({@value #SRCROOT}), so every module of a reactor points at the same tree. The output depends on
 * nothing but the context: no clock, no host name, stable order; and it holds no text but what the
 * findings carry (their snippets are redacted by the engine).
 */
public final class SarifReport {
    public static final String FILE_NAME = "twelvefactor.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/twelvefactor/twelvefactor-maven-plugin";
    static final String SRCROOT = "%SRCROOT%";
    /** Versioned so that a change to how fingerprints are computed can start a new series. */
    static final String FINGERPRINT_KEY = "twelvefactorFingerprint/v1";

    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    /** Writes {@value #FILE_NAME} into {@code outputDirectory} (created when missing); returns its path. */
    public Path writeTo(ReportContext context, Path outputDirectory) throws IOException {
        return JsonOutput.writeFile(outputDirectory, FILE_NAME, body(context));
    }

    /** Writes the SARIF document to {@code out}, which stays open. */
    public void write(ReportContext context, OutputStream out) throws IOException {
        JsonOutput.write(out, body(context));
    }

    private JsonOutput.Body body(ReportContext context) {
        return new JsonOutput.Body() { // no lambda: see Finding.comparePlace
            @Override
            public void write(JsonWriter g) throws IOException {
                SarifReport.this.write(context, g);
            }
        };
    }

    private void write(ReportContext context, JsonWriter g) throws IOException {
        List<Finding> findings = context.sortedFindings();
        SarifRules rules = new SarifRules(context.rules(), findings);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        writeTool(g, context, rules);
        writeInvocation(g, context.sortedFileIssues());
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SRCROOT);
        JsonOutput.string(g, "uri", SarifUris.folder(context.reactorRoot()));
        JsonOutput.text(g, "description", "The root folder of the Maven reactor that was audited.");
        g.writeEndObject();
        g.writeEndObject();
        if (context.category() != null) {
            g.writeObjectFieldStart("automationDetails");
            JsonOutput.string(g, "id", "twelvefactor/" + context.category() + "/");
            g.writeEndObject();
        }
        g.writeArrayFieldStart("results");
        for (Finding f : findings) {
            writeResult(g, f, rules.indexOf(f.ruleId()));
            writeBaselineState(g, context.result(), f);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeTool(JsonWriter g, ReportContext context, SarifRules rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", ReportContext.TOOL_NAME);
        JsonOutput.string(g, "version", context.toolVersion());
        if (SEMVER.matcher(context.toolVersion()).matches()) {
            g.writeStringField("semanticVersion", context.toolVersion());
        }
        g.writeStringField("informationUri", INFORMATION_URI);
        rules.write(g);
        SarifNotifications.writeDescriptors(g);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeInvocation(JsonWriter g, List<FileIssue> issues) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        // The audit goes on past every file it could not read and every rule that failed: those are
        // notifications, and the run itself succeeded.
        g.writeBooleanField("executionSuccessful", true);
        SarifNotifications.write(g, issues);
        g.writeEndObject();
        g.writeEndArray();
    }

    /** Writes a result object but its closing brace. */
    private static void writeResult(JsonWriter g, Finding f, int ruleIndex) throws IOException {
        g.writeStartObject();
        JsonOutput.string(g, "ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", f.severity().sarifLevel());
        String message = JsonOutput.clean(f.message());
        JsonOutput.text(g, "message", SarifRules.sentence(message.isBlank() ? "Rule " + f.ruleId() + " fired" : message));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifact(g, f.path());
        g.writeObjectFieldStart("region");
        // SARIF lines start at 1; a finding about a whole file (line 0) points at its first line.
        g.writeNumberField("startLine", Math.max(1, f.line()));
        if (f.line() > 0 && f.column() > 0) {
            g.writeNumberField("startColumn", f.column());
        }
        if (f.line() > 0 && f.snippet() != null && !f.snippet().isBlank()) {
            JsonOutput.text(g, "snippet", f.snippet());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        if (f.fingerprint() != null && !f.fingerprint().isEmpty()) {
            g.writeObjectFieldStart("partialFingerprints");
            JsonOutput.string(g, FINGERPRINT_KEY, f.fingerprint());
            g.writeEndObject();
        }
    }

    /** With a baseline: {@code unchanged} for the findings it accepts, {@code new} for the others. */
    private static void writeBaselineState(JsonWriter g, AuditResult result, Finding f) throws IOException {
        if (result.baselineApplied()) {
            g.writeStringField("baselineState", result.isBaselined(f) ? "unchanged" : "new");
        }
    }

    /** {@code "artifactLocation": {"uri": ..., "uriBaseId": "%SRCROOT%"}} for a root-relative path. */
    static void writeArtifact(JsonWriter g, String path) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", SarifUris.relative(JsonOutput.clean(path)));
        g.writeStringField("uriBaseId", SRCROOT);
        g.writeEndObject();
    }
}
