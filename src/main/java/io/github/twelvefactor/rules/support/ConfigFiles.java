package io.github.twelvefactor.rules.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files that share a config format but hold no deploy config, so secret rules leave them alone:
 * message bundles ({@code messages_fr.properties}: {@code login.password=Mot de passe} is a label),
 * {@code .env} templates ({@code .env.example}: their values are there to be replaced), CI
 * pipeline definitions (their database passwords belong to throw-away service containers), and
 * package managers' lock files.
 */
public final class ConfigFiles {
    private static final Pattern BUNDLE_NAME = Pattern.compile(
            "(?i).*(messages?|labels?|texts?|strings|i18n|l10n|bundle|resources|validationmessages)"
            + "([_-][a-z]{2,3}([_-][a-z]{2,4})*)?\\.(properties|ya?ml)");
    /** {@code name_fr.properties}, {@code name_pt_BR.properties}: a bundle when the suffix is a language. */
    private static final Pattern LOCALE_SUFFIX = Pattern.compile(".+_([a-z]{2})(_[A-Z]{2})?\\.properties");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    /** What {@link #BUNDLE_NAME}, {@link #BUNDLE_DIR} and {@link #CI} cannot match without. */
    private static final List<String> BUNDLE_NAME_WORDS = List.of("message", "label", "text", "strings", "i18n", "l10n",
            "bundle", "resources");
    private static final List<String> BUNDLE_DIR_WORDS = List.of("i18n/", "l10n/", "lang/", "langs/", "locale/",
            "locales/", "messages/");
    private static final List<String> CI_WORDS = List.of(".github/", ".circleci/", ".gitlab-ci.y", ".travis.y",
            "azure-pipelines.y", "bitbucket-pipelines.y", ".drone.y", ".woodpecker", "appveyor.y");
    private static final Pattern BUNDLE_DIR = Pattern.compile("(?i)(^|.*/)(i18n|l10n|lang|langs|locale|locales|messages)/.*");
    private static final Pattern ENV_TEMPLATE = Pattern.compile(
            "(?i)(.*[._-])?(example|sample|template|dist|defaults?|tmpl|tpl)([._-].*)?");
    private static final Pattern CI = Pattern.compile(
            "(?i)(^|.*/)(\\.github/.*|\\.circleci/.*|\\.gitlab-ci\\.ya?ml|\\.travis\\.ya?ml|azure-pipelines\\.ya?ml"
            + "|bitbucket-pipelines\\.ya?ml|\\.drone\\.ya?ml|\\.woodpecker\\.ya?ml|\\.woodpecker/.*|appveyor\\.ya?ml)");

    private ConfigFiles() {
    }

    /** A message bundle: by name ({@code messages*.properties}, {@code *_de.properties}) or folder ({@code i18n/}). */
    public static boolean isMessageBundle(String path) {
        // each pattern runs only where the words it needs stand: a pattern costs far more than a
        // search for a word, and most config files are named application*, bootstrap* or logback*
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (containsAny(lowerName, BUNDLE_NAME_WORDS) && BUNDLE_NAME.matcher(name).matches()) {
            return true;
        }
        if (containsAny(path.toLowerCase(Locale.ROOT), BUNDLE_DIR_WORDS) && BUNDLE_DIR.matcher(path).matches()) {
            return true;
        }
        if (!name.endsWith(".properties") || name.indexOf('_') < 0) {
            return false;
        }
        Matcher m = LOCALE_SUFFIX.matcher(name);
        return m.matches() && LANGUAGES.contains(m.group(1));
    }

    /**
     * Whether {@code lower} (lower-cased) holds one of {@code words}: the patterns here ignore case in
     * ASCII only, so a name they match holds one of their words, lower-cased, as it stands.
     */
    private static boolean containsAny(String lower, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (lower.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A template of a {@code .env} file: {@code .env.example}, {@code .env.sample}, {@code example.env}... */
    public static boolean isEnvTemplate(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.contains("env") && ENV_TEMPLATE.matcher(n).matches();
    }

    /** A CI pipeline definition: {@code .github/**}, {@code .gitlab-ci.yml}, {@code .circleci/**}... */
    public static boolean isCiPipeline(String path) {
        return containsAny(path.toLowerCase(Locale.ROOT), CI_WORDS) && CI.matcher(path).matches();
    }

    /**
     * The files the secret rules read: config files that may hold deploy config, XML and
     * Dockerfiles outside documentation, and Java sources of a source set.
     */
    public static boolean mayHoldSecrets(io.github.twelvefactor.source.SourceFile file) {
        return switch (file.kind()) {
            case PROPERTIES, YAML, ENV -> !holdsNoDeployConfig(file.path());
            case XML, DOCKERFILE -> !isDocumentation(file.path());
            case JAVA -> file.scope() != io.github.twelvefactor.source.Scope.OTHER;
            default -> false;
        };
    }

    /** Documentation sources by Maven's and Gradle's conventions: {@code src/site/**}, {@code src/docs/**}. */
    public static boolean isDocumentation(String path) {
        return path.startsWith("src/site/") || path.startsWith("src/docs/") || path.contains("/src/site/")
                || path.contains("/src/docs/");
    }

    /**
     * A package manager's lock file in YAML ({@code pnpm-lock.yaml}): generated, it lists packages and
     * their versions, and a package named {@code js-tokens} or {@code @octokit/auth-token} is no
     * secret key. (Lock files named {@code *.lock} are not read at all.)
     */
    public static boolean isLockFile(String fileName) {
        return fileName.equals("pnpm-lock.yaml") || fileName.equals("conda-lock.yml") || fileName.equals("conda-lock.yaml");
    }

    /** True when secret rules should skip this config file for one of the reasons above. */
    public static boolean holdsNoDeployConfig(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return isMessageBundle(path) || isEnvTemplate(name) || isCiPipeline(path) || isDocumentation(path)
                || isLockFile(name);
    }
}
