package io.github.twelvefactor.rules.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.SourceFile;

/**
 * Maven resource filtering that writes deploy config into a packaged resource: a main resource that
 * Maven filters ({@link SourceFile#isMavenFiltered()}) holds a reference, in the delimiters the
 * build uses, to a property named like deploy config ({@code jdbc.*}, {@code db.*}, {@code *.url},
 * {@code *.password}, {@code spring.profiles.active}, see {@link DeployConfigNames}). Reported at
 * the reference.
 *
 * <p>When does Maven really fill it? An {@code @name@} token is Maven's syntax alone, so it always
 * counts. A {@code ${name}} counts when the build defines {@code name} (the pom's or a profile's
 * properties, a {@code <filters>} file of the module, {@code env.*}): otherwise Maven leaves it in
 * place and the framework resolves it at run time (Spring reads {@code ${jdbc.url}} from
 * {@code JDBC_URL}), which is what the app should do. Properties given only on the command line
 * ({@code -Djdbc.url=...}) are not seen. Test resources are never packaged and are not read.
 */
@RuleDefinition(id = "build-time-config", factor = Factor.V, severity = Severity.WARNING,
        bad = "# filtered resource\nspring.datasource.url=@db.url@",
        good = "spring.datasource.url=${DATABASE_URL}   # resolved at run time, not by Maven",
        summary = "Maven resource filtering writes deploy config (URLs, credentials, the active profile) into the artifact",
        remediation = "Stop filtering deploy config into resources: keep a run-time placeholder (${JDBC_URL}, "
                + "${DB_PASSWORD}, or Spring's relaxed binding of SPRING_DATASOURCE_URL) and set the value in each "
                + "deploy's environment, so that one artifact runs everywhere; keep filtering for build facts such as "
                + "@project.version@.")
public final class BuildTimeConfigRule implements ProjectRule {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{[^}]*}");

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        Model model = module.model();
        if (model == null) {
            return;
        }
        FilteredReferences references = null;
        Map<String, String> defined = null;
        for (SourceFile file : module.files()) {
            if (!file.isMavenFiltered() || file.isTest() || file.isJava()) {
                continue;
            }
            if (references == null) {
                references = FilteredReferences.of(model);
                defined = definitions(model, module.files());
            }
            for (FilteredReferences.Reference ref : references.scan(file)) {
                if (!DeployConfigNames.isDeployConfig(ref.name())) {
                    continue;
                }
                String where = ref.name().startsWith("env.") ? "the build machine's environment" : defined.get(ref.name());
                if (where == null && !ref.at()) {
                    continue; // Maven leaves an undefined ${name}: a run-time placeholder
                }
                out.at(file).report(ref.line(), ref.column(), "Maven filtering writes " + ref.name()
                        + " into this packaged resource at build time (" + ref.text()
                        + (where == null ? "" : ", set in " + where) + ")");
            }
        }
    }

    /** Property name to where the build sets it: the pom, a profile, or a filter file. */
    static Map<String, String> definitions(Model model, List<SourceFile> files) {
        Map<String, String> out = new LinkedHashMap<>();
        model.getProperties().stringPropertyNames().forEach(k -> out.putIfAbsent(k, "the pom's properties"));
        for (Profile p : model.getProfiles()) {
            p.getProperties().stringPropertyNames().forEach(k -> out.putIfAbsent(k, "Maven profile '" + p.getId() + "'"));
        }
        filterFiles(model.getBuild(), files, out);
        for (Profile p : model.getProfiles()) {
            filterFiles(p.getBuild(), files, out);
        }
        return out;
    }

    private static void filterFiles(BuildBase build, List<SourceFile> files, Map<String, String> out) {
        if (build == null) {
            return;
        }
        for (String filter : build.getFilters()) {
            Pattern pattern = filterPattern(filter);
            for (SourceFile f : files) {
                if (pattern.matcher(absolute(f)).matches() || pattern.matcher(f.path()).matches()) {
                    for (ConfigEntry e : f.configEntries()) {
                        out.putIfAbsent(e.key(), "filter " + f.path());
                    }
                }
            }
        }
    }

    /** A filter path as a pattern: {@code src/main/filters/${env}.properties} matches any deploy's file. */
    private static Pattern filterPattern(String filter) {
        String f = filter.replace('\\', '/');
        if (f.startsWith("./")) {
            f = f.substring(2);
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = PROPERTY.matcher(f);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(f.substring(last, m.start()))).append("[^/]*");
            last = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(f.substring(last))).toString());
    }

    private static String absolute(SourceFile f) {
        Path p = f.absolutePath();
        return p == null ? f.path() : p.toString().replace('\\', '/');
    }
}
