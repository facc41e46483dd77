package io.github.twelvefactor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileIssue;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;

/**
 * Writes one module's audit as a single self-contained page ({@value #FILE_NAME}): the summary, a
 * chart of findings per factor (inline SVG), a table of findings that filters by severity, factor,
 * rule and baseline status, and the files that were not fully audited. The style sheet and the script
 * are resources of this package, inlined; a Content-Security-Policy allows exactly those two (by hash)
 * and nothing from the network, so the page opens offline and a text that slipped through unescaped
 * still could not run. Every string from the audit is escaped; the output depends on nothing but the
 * context.
 * <p>
 * The filters can be set from the query string ({@code index.html?severity=error&factor=III&rule=ID&status=new}),
 * which makes a filtered view a link.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "index.html";

    private static final String CSS = resource("html/report.css");
    private static final String JS = resource("html/report.js");
    /** The page's Content-Security-Policy hashes of its style and script, taken once, not per module. */
    private static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS)
            + "'; img-src data:";

    /** Writes {@value #FILE_NAME} into {@code outputDirectory} (created when missing); returns its path. */
    public Path writeTo(ReportContext context, Path outputDirectory) throws IOException {
        return io.github.twelvefactor.engine.AtomicFiles.replace(outputDirectory, FILE_NAME,
                new io.github.twelvefactor.engine.AtomicFiles.Content() { // no lambda: see Finding.comparePlace
                    @Override
                    public void writeTo(java.io.OutputStream out) throws IOException {
                        write(context, out);
                    }
                });
    }

    /** Writes the page to {@code out} as UTF-8; {@code out} stays open. */
    public void write(ReportContext context, OutputStream out) throws IOException {
        out.write(render(context).getBytes(StandardCharsets.UTF_8));
    }

    /** The page as a string. */
    public String render(ReportContext context) {
        AuditResult result = context.result();
        List<Finding> findings = context.sortedFindings();
        String title = "Twelve-factor audit" + (context.category() == null ? "" : " of " + context.category());
        StringBuilder h = new StringBuilder(16384 + findings.size() * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<title>").append(Html.text(title)).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(Html.text(title)).append("</h1>\n<p class=\"tool\">").append(ReportContext.TOOL_NAME)
                .append(' ').append(Html.text(context.toolVersion())).append(" &middot; checks against <a href=\"https://12factor.net/\">")
                .append("The Twelve-Factor App</a></p>\n</header>\n<main>\n");
        HtmlSections.summary(h, result, findings);
        h.append("<section id=\"chart\">\n<h2>Findings per factor</h2>\n").append(HtmlChart.svg(findings))
                .append("<ul class=\"legend\">");
        for (Severity s : Severity.values()) {
            h.append("<li><span class=\"swatch sev-").append(s.id()).append("\"></span>").append(s.id()).append("</li>");
        }
        h.append("</ul>\n</section>\n");
        HtmlSections.findings(h, result, findings);
        fileIssues(h, context.sortedFileIssues());
        h.append("</main>\n<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void fileIssues(StringBuilder h, List<FileIssue> issues) {
        h.append("<section id=\"file-issues\">\n<h2>File issues: skipped, unparsable, internal errors, notices</h2>\n");
        if (issues.isEmpty()) {
            h.append("<p class=\"none\">Every file was read and parsed.</p>\n</section>\n");
            return;
        }
        Map<String, Integer> byKind = new TreeMap<>();
        for (FileIssue i : issues) {
            HtmlSections.count(byKind, i.kind().label());
        }
        h.append("<p>");
        String sep = "";
        for (Map.Entry<String, Integer> e : byKind.entrySet()) {
            h.append(sep).append(e.getValue()).append(' ').append(Html.text(e.getKey()));
            sep = ", ";
        }
        h.append("</p>\n<table class=\"issues\">\n<thead><tr><th>File</th><th>Kind</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (FileIssue i : issues) {
            h.append("<tr data-kind=\"").append(Html.text(i.kind().label())).append("\"><td><code>")
                    .append(Html.text(i.path())).append("</code></td><td>").append(Html.text(i.kind().label()))
                    .append("</td><td>").append(Html.text(i.reason())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** {@code path:line:col}, without the parts that are unknown (0). */
    static String place(Finding f) {
        String path = f.path() == null ? "" : f.path();
        if (f.line() <= 0) {
            return path;
        }
        return path + ":" + f.line() + (f.column() > 0 ? ":" + f.column() : "");
    }

    static String factorLink(Factor factor) {
        return "<a class=\"factor\" href=\"" + Html.text(factor.url()) + "\">" + Html.text(factor.label()) + "</a>";
    }

    /** CSP's {@code sha256-...} source for an inline block. */
    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlReport.class.getName());
            }
            // Line ends as \n whatever the checkout did, so that the page and its hashes are the same everywhere.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
