package io.github.twelvefactor.rules.config;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Redaction;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.support.ConfigFiles;
import io.github.twelvefactor.rules.support.ConnectionStrings;
import io.github.twelvefactor.rules.support.DockerfileVariables;
import io.github.twelvefactor.rules.support.JavaLexer;
import io.github.twelvefactor.rules.support.SecretJudge;
import io.github.twelvefactor.rules.support.SecretText;
import io.github.twelvefactor.rules.support.SecretValues;
import io.github.twelvefactor.source.ComposeFile;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.Dockerfile;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * A URL or connection string with a password in it (RULES.md, {@code credentials-in-url}):
 * {@code scheme://user:pass@host}, JDBC {@code ?password=pw} / {@code ;password=pw}, Oracle
 * {@code user/pass@host}, libpq and ODBC/ADO.NET strings ({@link ConnectionStrings}). Read from
 * the values of {@code .properties}, YAML (compose files included), {@code .env}, XML attributes
 * and text, Dockerfile instructions, and Java string literals ({@code src/main}; test sources only
 * when the audit includes tests). Comments are never read: each value comes from a parsed view, and
 * Java literals from a lexer that skips comments (so most Java files are never parsed).
 *
 * <p>Not reported: a password equal to the user name ({@code admin:admin}, a default everyone
 * knows), a placeholder ({@code ${DB_PASSWORD}}, {@code $DB_PASSWORD}, {@code %s}, {@code {password}}),
 * an obvious dummy ({@code <password>}, {@code ***}). A placeholder's literal default
 * ({@code ${DB_PASSWORD:s3cret}}) is reported, as is a password Maven resource filtering fills in.
 *
 * <p>Against {@code hardcoded-secret}: this rule owns passwords inside URLs and connection strings,
 * and {@code hardcoded-secret} does not report such a value again even under a secret-named key;
 * a plain password value is {@code hardcoded-secret}'s alone. Each leaked value gets one finding.
 */
@RuleDefinition(id = "credentials-in-url", factor = Factor.III, severity = Severity.ERROR,
        bad = "spring.datasource.url=jdbc:postgresql://app:s3cr3t@db:5432/shop",
        good = "spring.datasource.url=${DATABASE_URL}\nspring.datasource.password=${DB_PASSWORD}",
        summary = "A URL or connection string with a password in it",
        remediation = "Keep the password out of the URL: pass it separately from the environment or a secret manager "
                + "(e.g. spring.datasource.password=${DB_PASSWORD}, or jdbc:postgresql://db/app?user=app with the "
                + "password set on the DataSource), or build the whole URL from the environment (${DATABASE_URL}). "
                + "Rotate the exposed password.")
public final class CredentialsInUrlRule implements FileRule {

    @Override
    public boolean accepts(SourceFile file) {
        return ConfigFiles.mayHoldSecrets(file);
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        Scan scan = new Scan(file, out);
        switch (file.kind()) {
            case JAVA -> {
                if (ConnectionStrings.mayHoldCredential(file.text())) {
                    JavaLexer.scan(file.text(), new JavaLexer.Listener() {
                        @Override
                        public void string(String value, int offset, int line, int column) {
                            scan.value(null, value, line, column);
                        }
                    });
                }
            }
            case XML -> xml(file, scan);
            case DOCKERFILE -> dockerfile(file, scan);
            default -> {
                compose(file, scan);
                for (ConfigEntry e : file.configEntries()) {
                    scan.value(e.key(), e.value(), e.line(), e.column());
                }
            }
        }
    }

    /** Compose variables first, so that a list-form entry is named by its variable, not {@code environment[0]}. */
    private static void compose(SourceFile file, Scan scan) {
        ComposeFile compose = file.kind() == FileKind.YAML ? file.compose() : null;
        if (compose != null) {
            for (ComposeFile.Service service : compose.services()) {
                for (ConfigEntry e : service.environment()) {
                    scan.value(e.key(), e.value(), e.line(), e.column());
                }
            }
        }
    }

    private static void xml(SourceFile file, Scan scan) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        for (XmlFile.Element e : xml.elements()) {
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                if (ConnectionStrings.mayContain(a.getValue())) {
                    int[] at = XmlSecrets.locate(file, e.line(), a.getValue(), -1);
                    scan.value(e.attribute("name") != null ? e.attribute("name") : null, a.getValue(), at[0], at[1]);
                }
            }
            if (!e.text().isEmpty() && ConnectionStrings.mayContain(e.text())) {
                int[] at = XmlSecrets.locate(file, e.line(), e.text(), 1);
                scan.value(e.name(), e.text(), at[0], at[1]);
            }
        }
    }

    private static void dockerfile(SourceFile file, Scan scan) {
        Dockerfile docker = file.dockerfile();
        if (docker == null) {
            return;
        }
        for (Dockerfile.Instruction ins : docker.instructions()) {
            if (ins.keyword().equals("ENV") || ins.keyword().equals("ARG")) {
                for (DockerfileVariables.Variable v : DockerfileVariables.of(ins, file.lines())) {
                    scan.value(v.name(), v.value(), v.line(), v.column());
                }
            } else {
                scan.value(null, ins.arguments(), ins.line(), 0);
            }
        }
    }

    // predicates made once, not lambdas spun at run time (see Finding.comparePlace)
    private static final Predicate<String> NOT_DUMMY = new Predicate<>() {
        @Override
        public boolean test(String password) {
            return !SecretValues.isDummy(password);
        }
    };
    private static final Predicate<String> ANY = new Predicate<>() {
        @Override
        public boolean test(String user) {
            return true;
        }
    };

    /** Judges every credential of a value and reports each leaked password once per position. */
    private static final class Scan {
        private final SourceFile file;
        private final Reporter out;
        private final boolean filtered;
        private final Set<Long> seen = new HashSet<>();

        Scan(SourceFile file, Reporter out) {
            this.file = file;
            this.out = out;
            this.filtered = file.isMavenFiltered();
        }

        void value(String key, String value, int line, int column) {
            if (value == null || !ConnectionStrings.mayContain(value)) {
                return;
            }
            for (ConnectionStrings.Credential c : ConnectionStrings.find(value)) {
                SecretJudge.Verdict v = SecretJudge.judge(c.password(), filtered, NOT_DUMMY);
                if (v == null || sameAsUser(c, v)) {
                    continue;
                }
                // each password at its own column: two on one line are two findings, both masked
                int at = file.line(line).indexOf(c.password());
                int col = at >= 0 ? at + 1 : column;
                if (!seen.add(((long) line << 20) | (col & 0xFFFFF))) {
                    continue;
                }
                // the user name is left out of the message: in some URLs it is the token itself
                String what = "Password in " + (value.contains("://") ? "URL" : "connection string")
                        + (key == null ? "" : " of '" + key + "'");
                switch (v.kind()) {
                    case LITERAL -> out.reportSecret(line, col, what + ": " + Redaction.mask(v.value()),
                            SecretText.asWritten(file.line(line), col, v.value()));
                    case DEFAULT -> out.reportSecret(line, col, what + " is the literal default of a placeholder: "
                            + Redaction.mask(v.value()), SecretText.asWritten(file.line(line), col, v.value()));
                    case BUILD_TIME -> {
                        // filled in by Maven at build time: build-time-config's finding on this line
                    }
                }
            }
        }

        /** {@code admin:admin}: the password is the user name (a default everyone knows), placeholders read alike. */
        private boolean sameAsUser(ConnectionStrings.Credential c, SecretJudge.Verdict v) {
            if (c.user() == null) {
                return false;
            }
            if (c.user().equals(c.password())) {
                return true;
            }
            SecretJudge.Verdict user = SecretJudge.judge(c.user(), filtered, ANY);
            return user != null && user.kind() == v.kind() && user.value().equals(v.value());
        }
    }
}
