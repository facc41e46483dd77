package io.github.twelvefactor.rules.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.Placeholders;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * A {@code .env} or {@code .env.*} file that sets at least one variable to a non-empty value and
 * that git does not leave out. The engine lists only the files git would list
 * ({@code git ls-files --cached --others --exclude-standard}): a tracked file, or an untracked one
 * that no {@code .gitignore} ignores. So every {@code .env} this rule sees is committed or one
 * {@code git add .} away from it.
 *
 * <p>One finding per file, at line 1 (the file is the problem, not one line), naming the variables
 * it sets. Not reported: templates meant to be committed ({@code .env.example}, {@code .sample},
 * {@code .template}, {@code .tmpl}, {@code .tpl}, {@code .dist}, also as {@code .env.local.example}),
 * and dotenv-vault's {@code .env.vault}, encrypted to be committed; a file whose variables are all
 * empty, placeholders ({@code KEY=}, {@code KEY=${OTHER}}) or dotenvx-encrypted
 * ({@code KEY="encrypted:..."}, safe to commit by design);
 * {@code app.env}-style files (RULES.md names {@code .env} and {@code .env.*} only: those are the
 * ones tools read by convention and people keep local secrets in).
 */
@RuleDefinition(id = "committed-env-file", factor = Factor.III, severity = Severity.WARNING,
        bad = "# .env, committed\nDATABASE_PASSWORD=s3cr3t-value",
        good = "# .gitignore\n.env\n# .env.example, committed\nDATABASE_PASSWORD=",
        summary = "A .env / .env.* file with values that git does not ignore",
        remediation = "Add .env and .env.* to .gitignore (git rm --cached the file if it is already tracked), rotate any "
                + "secret it held, and commit a .env.example with empty or dummy values instead; each deploy sets its "
                + "own environment.")
public final class CommittedEnvFileRule implements FileRule {
    /** Suffixes of files meant to be committed: templates, and dotenv-vault's encrypted {@code .env.vault}. */
    private static final Set<String> TEMPLATES = Set.of("example", "examples", "sample", "samples", "template",
            "templates", "tmpl", "tpl", "dist", "vault");
    private static final int NAMED = 3;

    /** A value that ships as it stands: not empty, not a placeholder, not dotenvx's encryption. */
    private static boolean literal(ConfigEntry e) {
        return e.value() != null && !Placeholders.shipped(e.value()).isEmpty() && !e.value().startsWith("encrypted:")
                && !e.key().startsWith("DOTENV_PUBLIC_KEY");
    }

    private static String message(String file, List<String> keys) {
        if (keys.isEmpty()) {
            return file + " sets variables and git does not ignore it";
        }
        String named = String.join(", ", keys.subList(0, Math.min(NAMED, keys.size())));
        return file + " sets " + named + (keys.size() > NAMED ? " and " + (keys.size() - NAMED) + " more" : "")
                + " and git does not ignore it";
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (file.kind() != FileKind.ENV) {
            return false;
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (!name.equals(".env") && !name.startsWith(".env.")) {
            return false;
        }
        for (String part : name.substring(4).split("\\.")) {
            if (TEMPLATES.contains(part)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        List<String> keys = new ArrayList<>();
        String lineOneValue = null;
        for (ConfigEntry e : file.configEntries()) {
            if (literal(e)) {
                keys.add(e.key());
                if (e.line() == 1) {
                    lineOneValue = e.value();
                }
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        if (lineOneValue == null) {
            out.report(1, 0, message(file.fileName(), keys));
            return;
        }
        // the snippet shows line 1: keep its value out, and keep the message clear of what the mask would hide
        String value = lineOneValue;
        String message = message(file.fileName().contains(value) ? "this file" : file.fileName(),
                keys.stream().filter(k -> !k.contains(value)).toList());
        out.reportSecret(1, 0, message, value);
    }
}
