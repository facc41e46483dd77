package io.github.twelvefactor.rules.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.support.ConfigFiles;
import io.github.twelvefactor.rules.support.DockerfileVariables;
import io.github.twelvefactor.rules.support.SecretNames;
import io.github.twelvefactor.source.ComposeFile;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.Dockerfile;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * A literal secret (RULES.md, {@code hardcoded-secret}).
 *
 * <p>Config: in {@code .properties}, YAML, {@code .env}, XML bean/property files
 * ({@link XmlSecrets}), compose {@code environment:} (map and list form) and Dockerfile
 * {@code ENV}/{@code ARG}, a key whose last segment names a secret ({@link SecretNames}) with a
 * value that ships a secret: a literal, a placeholder's literal default ({@code ${DB_PASSWORD:s3cret}}),
 * or a token Maven resource filtering fills in at build time. Also Kubernetes-style
 * {@code name: DB_PASSWORD} / {@code value: ...} pairs in YAML. Message bundles, {@code .env}
 * templates, CI pipelines and documentation sources are skipped ({@link ConfigFiles}), and so are
 * compose {@code secrets:} lists, which name secrets rather than hold them, and Quarkus
 * {@code %test.} keys, which are test config wherever they are written.
 *
 * <p>Java ({@code src/main}, and test sources only when the audit includes tests): see
 * {@link JavaSecrets}; a lexer pass ({@link JavaPrecheck}) keeps most files from being parsed, and
 * of the others only the statements and members that need it are parsed ({@link JavaSnippets}).
 *
 * <p>A URL or connection string with a password in it is left to {@code credentials-in-url}, which
 * names the problem precisely; this rule does not report it again under a secret-named key.
 */
@RuleDefinition(id = "hardcoded-secret", factor = Factor.III, severity = Severity.ERROR,
        bad = "spring.datasource.password=s3cr3t-value",
        good = "spring.datasource.password=${DB_PASSWORD}",
        summary = "A password, token or key written as a literal in config files or Java sources",
        remediation = "Read the secret at run time instead of writing it down: from the environment "
                + "(e.g. password: ${DB_PASSWORD} in config, System.getenv(\"DB_PASSWORD\") in Java, with no literal "
                + "default) or from a secret manager (Vault, AWS/GCP/Azure secret stores, Kubernetes secrets). "
                + "Remove the literal from the history and rotate it: it has been exposed.")
public final class HardcodedSecretRule implements FileRule {

    @Override
    public boolean accepts(SourceFile file) {
        return ConfigFiles.mayHoldSecrets(file);
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        SecretFindings findings = new SecretFindings(file, out);
        switch (file.kind()) {
            case JAVA -> java(file, findings);
            case XML -> XmlSecrets.check(file, findings);
            case DOCKERFILE -> dockerfile(file, findings);
            case YAML -> {
                compose(file, findings);
                entries(file, findings);
            }
            default -> entries(file, findings);
        }
    }

    /** Parses what the lexer's plan asks for: nothing, some snippets, or (as a fallback) the whole file. */
    private static void java(SourceFile file, SecretFindings findings) {
        JavaPrecheck.Plan plan = JavaPrecheck.plan(file.text(), file.secretWords());
        if (plan.nothing()) {
            return;
        }
        List<Node> roots;
        if (plan.wholeFile()) {
            roots = null;
        } else if (!plan.snippets().isEmpty() && JavaSnippetTokens.judge(file.text(), plan.snippets(), findings)) {
            roots = List.of(); // judged from tokens: javaparser stays unloaded
        } else {
            roots = JavaSnippets.parse(file.text(), plan.snippets());
        }
        if (roots == null) {
            CompilationUnit cu = file.java();
            if (cu != null) {
                JavaSecrets.check(List.of(cu), findings);
            }
            return;
        }
        if (!roots.isEmpty()) {
            JavaSecrets.check(roots, findings);
        }
        for (JavaPrecheck.Declared d : plan.declared()) {
            JavaSecrets.declared(d.name(), d.value(), d.line(), d.column(), findings);
        }
    }

    private static void entries(SourceFile file, SecretFindings findings) {
        List<ConfigEntry> entries = file.configEntries();
        boolean compose = file.kind() == FileKind.YAML && file.compose() != null;
        Map<String, ConfigEntry> byKey = new HashMap<>();
        for (ConfigEntry e : entries) {
            byKey.putIfAbsent(e.document() + ":" + e.key(), e);
        }
        for (ConfigEntry e : entries) {
            if (e.value() == null || (compose && isComposeSecretReference(e.key())) || e.key().startsWith("%test.")) {
                continue; // Quarkus' %test. profile is test config, however it is stored
            }
            if (SecretNames.namesSecret(e.key())) {
                findings.judge(e.key(), e.value(), file.isMavenFiltered(), e.line(), e.column());
            } else if (e.key().endsWith(".name") && SecretNames.namesSecret(e.value())) {
                // Kubernetes env: - name: DB_PASSWORD / value: s3cret
                String prefix = e.key().substring(0, e.key().length() - ".name".length());
                ConfigEntry value = byKey.get(e.document() + ":" + prefix + ".value");
                if (value != null && value.value() != null) {
                    findings.judge(e.value(), value.value(), file.isMavenFiltered(), value.line(), value.column());
                }
            }
        }
    }

    /** Compose {@code secrets:} name secrets (a service's list, the top-level definitions); they hold none. */
    private static boolean isComposeSecretReference(String key) {
        return key.startsWith("secrets.") || key.contains(".secrets[");
    }

    /** Compose {@code environment:} in both forms (the list form is invisible to the flattened YAML keys). */
    private static void compose(SourceFile file, SecretFindings findings) {
        ComposeFile compose = file.compose();
        if (compose == null) {
            return;
        }
        for (ComposeFile.Service service : compose.services()) {
            for (ConfigEntry e : service.environment()) {
                if (e.value() != null && SecretNames.namesSecret(e.key())) {
                    findings.judge(e.key(), e.value(), file.isMavenFiltered(), e.line(), e.column());
                }
            }
        }
    }

    private static void dockerfile(SourceFile file, SecretFindings findings) {
        Dockerfile docker = file.dockerfile();
        if (docker == null) {
            return;
        }
        for (Dockerfile.Instruction ins : docker.instructions()) {
            for (DockerfileVariables.Variable v : DockerfileVariables.of(ins, file.lines())) {
                if (v.value() != null && SecretNames.namesSecret(v.name())) {
                    findings.judge(v.name(), v.value(), false, v.line(), v.column());
                }
            }
        }
    }
}
