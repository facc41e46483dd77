package io.github.twelvefactor.rules.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.maven.model.Model;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.JavaNodes;
import io.github.twelvefactor.rules.Placeholders;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * The app changes its database schema when it starts: Hibernate's schema tool set to {@code update},
 * {@code create}, {@code create-drop}, {@code create-only}, {@code drop} or {@code drop-and-create}
 * through {@code spring.jpa.hibernate.ddl-auto}, {@code hibernate.hbm2ddl.auto} (also under
 * {@code spring.jpa.properties.} or Micronaut's {@code jpa.<name>.properties.}),
 * {@code javax|jakarta.persistence.schema-generation.database.action},
 * {@code quarkus.hibernate-orm[.<unit>].database.generation} (since Quarkus 3.22
 * {@code schema-management.strategy}), or {@code spring.jpa.generate-ddl=true}
 * (which means {@code update} where no {@code ddl-auto} is set); in main config, in XML
 * ({@code persistence.xml}'s {@code <property>}, Spring's {@code <prop key>} and
 * {@code generateDdl}), and in main Java ({@code props.put("hibernate.hbm2ddl.auto", "update")},
 * {@code AvailableSettings.HBM2DDL_AUTO}, {@code setGenerateDdl(true)}).
 *
 * <p>A project rule because the pom decides the severity: when Flyway or Liquibase is a dependency
 * (or build plugin) too, each finding is {@code info}, since migrations already own the schema and
 * the setting is likely a leftover. Not reported: {@code none}/{@code validate}, placeholders, and
 * development or test profiles ({@code application-dev.yml}, {@code %dev.}), where regenerating
 * the schema is a developer's convenience.
 */
@RuleDefinition(id = "schema-auto-update", factor = Factor.XII, severity = Severity.WARNING,
        summary = "The app changes the database schema at start (ddl-auto=update, hbm2ddl.auto, database.generation)",
        remediation = "Manage the schema with versioned migrations (Flyway, Liquibase) run as a one-off admin step of the "
                + "release, and set ddl-auto to validate or none (quarkus.hibernate-orm.database.generation=validate).",
        bad = "spring.jpa.hibernate.ddl-auto=update",
        good = "spring.jpa.hibernate.ddl-auto=validate\n# and src/main/resources/db/migration/V2__add_orders.sql run by Flyway")
public final class SchemaAutoUpdateRule implements ProjectRule {
    private static final Set<String> CHANGING = Set.of("update", "create", "create-drop", "create-only", "drop",
            "drop-and-create");
    private static final Pattern KEY = Pattern.compile("spring\\.jpa\\.hibernate\\.ddl-auto|(.*\\.)?hibernate\\.hbm2ddl\\.auto"
            + "|(.*\\.)?(javax|jakarta)\\.persistence\\.schema-generation\\.database\\.action"
            + "|quarkus\\.hibernate-orm\\.(\"[^\"]+\"\\.|[^.\"]+\\.)?(database\\.generation|schema-management\\.strategy)");
    private static final String GENERATE_DDL = "spring.jpa.generate-ddl";

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        String migrations = migrationTool(module.model());
        for (SourceFile file : module.files()) {
            if (file.isTest()) {
                continue;
            }
            FileKind k = file.kind();
            if ((k == FileKind.PROPERTIES || k == FileKind.YAML) && file.isMainConfig()
                    && (file.mentions("ddl") || file.mentions("generation"))) {
                config(file, new Found(out.at(file), migrations));
            } else if (k == FileKind.XML && (file.isMainConfig() || file.path().startsWith("src/main/"))
                    && (file.mentions("hbm2ddl") || file.mentions("schema-generation") || file.mentions("generateDdl"))) {
                xml(file, new Found(out.at(file), migrations));
            } else if (k == FileKind.JAVA && file.scope() == Scope.MAIN && (file.mentions("hbm2ddl")
                    || file.mentions("HBM2DDL") || file.mentions("schema-generation") || file.mentions("setGenerateDdl"))) {
                java(file, new Found(out.at(file), migrations));
            }
        }
    }

    /** Reports at the rule's severity, or at info when migrations are also in the build. */
    private record Found(Reporter out, String migrations) {
        void report(int line, int column, String message) {
            if (migrations == null) {
                out.report(line, column, message);
            } else {
                out.report(line, column, message + "; " + migrations + " is also in the build: let its migrations own the schema",
                        Severity.INFO);
            }
        }
    }

    /** {@code Flyway} or {@code Liquibase} when the pom uses one as a dependency or build plugin, else null. */
    static String migrationTool(Model model) {
        if (model == null) {
            return null;
        }
        // loops, no streams: a project rule runs in every module (see Finding.comparePlace)
        StringBuilder coordinates = new StringBuilder();
        for (org.apache.maven.model.Dependency d : model.getDependencies()) {
            coordinates.append(d.getGroupId()).append(':').append(d.getArtifactId()).append('\n');
        }
        if (model.getBuild() != null) {
            for (org.apache.maven.model.Plugin p : model.getBuild().getPlugins()) {
                coordinates.append(p.getGroupId()).append(':').append(p.getArtifactId()).append('\n');
            }
        }
        String all = coordinates.toString().toLowerCase(Locale.ROOT);
        if (all.contains("flyway")) {
            return "Flyway";
        }
        return all.contains("liquibase") ? "Liquibase" : null;
    }

    private static void config(SourceFile file, Found out) {
        List<ConfigEntry> entries = file.configEntries();
        ConfigProfiles profiles = ConfigProfiles.of(file);
        boolean ddlAutoSet = false;
        for (ConfigEntry e : entries) {
            ddlAutoSet |= e.key().equals("spring.jpa.hibernate.ddl-auto");
        }
        for (ConfigEntry e : entries) {
            String key = ConfigProfiles.withoutQuarkusProfile(e.key());
            String v = e.value() == null ? "" : e.value().strip().toLowerCase(Locale.ROOT);
            if (Placeholders.hasPlaceholder(v) || profiles.developmentOnly(e)) {
                continue;
            }
            if (KEY.matcher(key).matches() && CHANGING.contains(v)) {
                out.report(e.line(), e.column(), e.key() + "=" + v + " in " + file.fileName() + " " + effect(v));
            } else if (key.equals(GENERATE_DDL) && v.equals("true") && !ddlAutoSet) {
                out.report(e.line(), e.column(), GENERATE_DDL + "=true in " + file.fileName()
                        + " lets Hibernate update the schema at every start");
            }
        }
    }

    private static void xml(SourceFile file, Found out) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        for (XmlFile.Element el : xml.elements()) {
            String key = el.attribute("name") != null ? el.attribute("name") : el.attribute("key");
            String value = el.attribute("value") != null ? el.attribute("value") : el.text();
            if (key == null || value == null) {
                continue;
            }
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (KEY.matcher(key.strip()).matches() && CHANGING.contains(v)) {
                out.report(el.line(), 0, key.strip() + "=" + v + " in " + file.fileName() + " " + effect(v));
            } else if (key.equals("generateDdl") && v.equals("true")) {
                out.report(el.line(), 0, "generateDdl=true in " + file.fileName() + " lets Hibernate update the schema at every start");
            }
        }
    }

    private static void java(SourceFile file, Found out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
        for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
            List<Expression> args = call.getArguments();
            if (call.getNameAsString().equals("setGenerateDdl") && args.size() == 1
                    && args.get(0) instanceof BooleanLiteralExpr b && b.getValue()) {
                out.report(JavaNodes.line(call), JavaNodes.column(call), "setGenerateDdl(true) in " + file.fileName()
                        + " lets Hibernate update the schema at every start");
                continue;
            }
            for (int i = 0; i + 1 < args.size(); i++) {
                String value = JavaNodes.stringValue(args.get(i + 1));
                String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
                if (isSchemaKey(args.get(i)) && CHANGING.contains(v)) {
                    out.report(JavaNodes.line(args.get(i + 1)), JavaNodes.column(args.get(i + 1)), args.get(i) + " = \""
                            + v + "\" in " + file.fileName() + " " + effect(v));
                }
            }
        }
    }

    /** A literal schema-tool key, or Hibernate's constant for one ({@code AvailableSettings.HBM2DDL_AUTO}). */
    private static boolean isSchemaKey(Expression e) {
        String literal = JavaNodes.stringValue(e);
        if (literal != null) {
            return KEY.matcher(literal.strip()).matches();
        }
        String s = e.toString();
        return (e.isNameExpr() || e.isFieldAccessExpr()) && (s.endsWith("HBM2DDL_AUTO") || s.endsWith("HBM2DDL_DATABASE_ACTION"));
    }

    private static String effect(String value) {
        return value.equals("update") ? "lets Hibernate alter the schema at every start"
                : "creates or drops the schema at every start";
    }
}
