package io.github.twelvefactor.rules.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.EnvironmentNames;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * A settings file per deploy: {@code application-prod.yml}, {@code bootstrap-staging.properties},
 * {@code logback-prod.xml}, {@code settings-qa.json}, {@code db-prod.properties},
 * {@code prod.properties} (Maven filter files in {@code src/main/filters/} too), or any config file
 * inside an environment folder ({@code config/prod/},
 * {@code profiles/dev/}, {@code env/uat/}). Reported once per file, at line 1.
 *
 * <p>Only names that mean a deploy count ({@link EnvironmentNames}): a profile named after a
 * feature or a backing service ({@code application-mysql.yml}, {@code application-tls.yml},
 * {@code logback-spring.xml}, {@code application-default.properties}) is a variant a deploy may
 * switch on, not a deploy of its own, and stays silent. So does the test suite's profile
 * ({@code application-test.yml}), which belongs to the build. Name patterns are looked for in main
 * config only; environment folders anywhere outside tests, except deploy descriptors (compose,
 * Kubernetes and Helm folders), which are the platform's per-deploy settings, not the app's.
 * Properties and YAML files without a single entry are skipped: there is nothing to move.
 */
@RuleDefinition(id = "profile-specific-config", factor = Factor.III, severity = Severity.WARNING,
        bad = "src/main/resources/application-prod.yml",
        good = "src/main/resources/application.yml with ${...} placeholders; each deploy sets its environment variables",
        summary = "A settings file per deploy (application-prod.yml, config/prod/...)",
        remediation = "Keep one set of settings for every deploy and read what differs from environment variables "
                + "(e.g. SPRING_DATASOURCE_URL, QUARKUS_DATASOURCE_JDBC_URL) set by the platform; delete the "
                + "per-environment file once its values come from the environment.")
public final class ProfileSpecificConfigRule implements FileRule {
    private static final Set<String> NAMED_PREFIXES = Set.of("application", "bootstrap", "settings");
    private static final Set<String> LOGGING_PREFIXES = Set.of("logback", "log4j2", "log4j");
    private static final Set<String> ENV_FOLDER_PARENTS = Set.of("config", "configs", "conf", "configuration",
            "profiles", "profile", "env", "envs", "environment", "environments", "settings", "resources", "filters");
    private static final Set<String> DEPLOY_DESCRIPTOR_DIRS = Set.of("k8s", "kubernetes", "helm", "charts", "deploy",
            "deployment", "deployments", "manifests", "overlays", "terraform", ".github", "docker", "openshift");

    @Override
    public boolean accepts(SourceFile file) {
        FileKind k = file.kind();
        return k == FileKind.PROPERTIES || k == FileKind.YAML || k == FileKind.XML || k == FileKind.JSON;
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        String env = file.isMainConfig() || file.path().startsWith("src/main/filters/") ? byName(file) : null;
        String where = file.fileName();
        if (env == null) {
            String[] folder = environmentFolder(file);
            if (folder != null) {
                env = folder[1];
                where = folder[0] + "/";
            }
        }
        if (env == null || (isKeyValue(file) && file.configEntries().isEmpty())) {
            return;
        }
        out.report(1, 0, where + " holds settings for the '" + env + "' environment only");
    }

    /** The deploy a file's name is for, or null. */
    private static String byName(SourceFile file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        String lower = name.substring(0, name.lastIndexOf('.'));
        FileKind k = file.kind();
        int dash = lower.indexOf('-');
        String prefix = dash < 0 ? lower : lower.substring(0, dash);
        if (NAMED_PREFIXES.contains(prefix) && dash > 0) {
            String profile = prefix.equals("settings") ? lower.substring(dash + 1) : ConfigProfiles.ofFileName(name);
            return k == FileKind.XML ? null : EnvironmentNames.deployIn(profile);
        }
        if (LOGGING_PREFIXES.contains(prefix) && dash > 0) {
            return k == FileKind.XML || k == FileKind.PROPERTIES || k == FileKind.YAML || k == FileKind.JSON
                    ? EnvironmentNames.deployIn(lower.substring(dash + 1)) : null;
        }
        if (k != FileKind.PROPERTIES && k != FileKind.YAML) {
            return null;
        }
        // db-prod.properties, jdbc_dev.yml, prod.properties: the last word of the name is a deploy
        List<String> words = EnvironmentNames.words(lower);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        String env = EnvironmentNames.deploy(last);
        return env != null && !env.equals(EnvironmentNames.TEST_SUITE) ? env : null;
    }

    /** {folder path, deploy} when the file sits in an environment folder such as config/prod/; else null. */
    private static String[] environmentFolder(SourceFile file) {
        if (file.isTest()) {
            return null;
        }
        String lowerName = file.fileName().toLowerCase(Locale.ROOT);
        if (lowerName.startsWith("docker-compose") || lowerName.startsWith("compose") || lowerName.startsWith("values")
                || lowerName.startsWith("kustomization") || lowerName.equals("chart.yaml") || lowerName.equals("pom.xml")) {
            return null;
        }
        String[] dirs = file.path().split("/");
        for (int i = 0; i < dirs.length - 1; i++) {
            if (DEPLOY_DESCRIPTOR_DIRS.contains(dirs[i].toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        for (int i = 1; i < dirs.length - 1; i++) {
            String dir = dirs[i].toLowerCase(Locale.ROOT);
            String env = EnvironmentNames.deploy(dir);
            if (ENV_FOLDER_PARENTS.contains(dirs[i - 1].toLowerCase(Locale.ROOT)) && env != null
                    && !env.equals(EnvironmentNames.TEST_SUITE)) {
                return new String[] {String.join("/", List.of(dirs).subList(0, i + 1)), env};
            }
        }
        return null;
    }

    private static boolean isKeyValue(SourceFile file) {
        return file.kind() == FileKind.PROPERTIES || file.kind() == FileKind.YAML;
    }
}
