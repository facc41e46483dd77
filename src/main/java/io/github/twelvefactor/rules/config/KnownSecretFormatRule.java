package io.github.twelvefactor.rules.config;

import java.util.List;
import java.util.regex.Matcher;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Redaction;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.source.SourceFile;

/**
 * A credential whose format identifies it wherever it stands, in any text file the audit reads
 * (config, Java, XML, JSON, Markdown, scripts...): PEM private key blocks with a key body, AWS access
 * key ids, GitHub, GitLab, Slack, Stripe live, Google API, npm, SendGrid, OpenAI, Anthropic, PyPI,
 * Shopify, DigitalOcean, Square and Vault tokens, Slack webhook URLs, age keys, Azure storage
 * account keys, and signed JWTs (see {@link SecretFormats}). Also inside comments: a live token in a
 * commented-out line is as leaked as one in use, and the format leaves no doubt about what it is.
 *
 * <p>Speed: one {@code indexOf} per keyword decides whether a file is read at all, and a pattern runs
 * only on lines that hold its keyword. Not reported: published examples ({@code AKIAIOSFODNN7EXAMPLE},
 * jwt.io's token), obvious fakes ({@code ghp_xxxx...}, values with EXAMPLE, DUMMY, 1234567890...), a
 * PEM header without a key body ({@code ...}), unsigned JWTs ({@code alg: none}), test sources and
 * test config (unless {@code includeTests}).
 */
@RuleDefinition(id = "known-secret-format", factor = Factor.III, severity = Severity.ERROR,
        summary = "A credential with a recognisable format (private key, AWS, GitHub, Slack, Stripe, Google, JWT...) is committed",
        remediation = "Revoke the credential now (it is in the history), then keep its replacement out of the code: read it "
                + "from the environment or a secret store (${GITHUB_TOKEN}, Vault, the platform's secrets) and add a "
                + "pre-commit secret scan.",
        bad = "github.token=ghp_<36 letters and digits>",
        good = "github.token=${GITHUB_TOKEN}")
public final class KnownSecretFormatRule implements FileRule {

    @Override
    public boolean accepts(SourceFile file) {
        return SecretFormats.mentionsAnyKeyword(file);
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        String text = file.text();
        boolean pem = text.contains(SecretFormats.PEM_KEYWORD);
        List<SecretFormats.Format> present = SecretFormats.FORMATS.stream()
                .filter(f -> f.keywords().stream().anyMatch(text::contains)).toList();
        String[] lines = file.lines();
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (pem && line.contains(SecretFormats.PEM_KEYWORD)) {
                pem(text, offset, line, i + 1, file, out);
            }
            for (SecretFormats.Format f : present) {
                if (f.keywords().stream().anyMatch(line::contains)) {
                    tokens(f, line, i + 1, file, out);
                }
            }
            offset += line.length() + lineBreak(text, offset + line.length());
        }
    }

    private static void tokens(SecretFormats.Format f, String line, int number, SourceFile file, Reporter out) {
        Matcher m = f.pattern().matcher(line);
        while (m.find()) {
            String token = m.group(1);
            if (SecretFormats.plausible(f, token)) {
                out.reportSecret(number, m.start(1) + 1, f.name() + " " + Redaction.mask(token) + " in "
                        + file.fileName(), token);
            }
        }
    }

    private static void pem(String text, int lineOffset, String line, int number, SourceFile file, Reporter out) {
        Matcher m = SecretFormats.PEM.matcher(line);
        while (m.find()) {
            if (!SecretFormats.pemBody(text, lineOffset + m.end())) {
                continue;
            }
            // a one-line PEM (JSON, a Java string) carries its body on this line: mask it in the snippet
            String rest = line.substring(m.end()).strip();
            String kind = m.group(1) == null ? "" : m.group(1);
            out.reportSecret(number, m.start() + 1, "PEM " + kind + "private key block in " + file.fileName(),
                    rest.length() >= 16 ? rest : null);
        }
    }

    /** The length of the line break at {@code at}: 2 for CRLF, 1 for LF or CR, 0 at the end. */
    private static int lineBreak(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        return text.startsWith("\r\n", at) ? 2 : 1;
    }
}
