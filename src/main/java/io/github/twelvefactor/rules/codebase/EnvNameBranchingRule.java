package io.github.twelvefactor.rules.codebase;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.SwitchEntry;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.EnvironmentNames;
import io.github.twelvefactor.rules.JavaNodes;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;

/**
 * Main Java that decides what to do from the deploy's name: a deploy name compared as a string
 * ({@code "prod".equals(x)}, {@code x.equalsIgnoreCase("production")}, {@code Objects.equals(env, "prod")}),
 * a {@code switch} with deploy names as {@code case} labels, Spring's
 * {@code env.acceptsProfiles(...)}/{@code matchesProfiles(...)} with a deploy name literal, and
 * {@code ...getActiveProfiles()...contains("prod")}.
 *
 * <p>Names that mean little else ({@code prod}, {@code production}, {@code staging}, {@code uat},
 * {@code qa}, {@code dev}...) count wherever they are compared. Names that often mean something
 * else ({@code test}, {@code local}, {@code live}, {@code stage}, {@code int}, {@code demo}...)
 * count only when the other side mentions an environment, profile, stage, deploy or tier
 * ({@code "local".equals(System.getenv("APP_ENV"))}), so {@code "int".equals(type)} stays silent.
 *
 * <p>Not reported: enum constants ({@code env == Env.PROD}: a typed setting the app was given),
 * log messages that mention a deploy, and {@code @Profile("dev")} on a bean: Spring picks beans by
 * the active profile declaratively, which {@code profile-specific-config} and friends look at; it is
 * not an {@code if} in the code.
 */
@RuleDefinition(id = "env-name-branching", factor = Factor.I, severity = Severity.INFO,
        summary = "Java code branches on the deploy's name (\"prod\".equals(env), switch on the environment, acceptsProfiles(\"prod\"))",
        remediation = "Make the behaviour a setting of its own (a feature flag or property such as app.mail.enabled, read from "
                + "the environment) and give each deploy its value; one codebase then runs the same way in every deploy.",
        bad = "if (\"prod\".equals(System.getenv(\"APP_ENV\"))) { payments.charge(order); }",
        good = "@Value(\"${payments.live:false}\") boolean live;  // each deploy sets PAYMENTS_LIVE\nif (live) { payments.charge(order); }")
public final class EnvNameBranchingRule implements FileRule {
    /** Deploy names that are hardly ever anything else when compared as a string. */
    private static final Set<String> PLAIN = Set.of("prod", "production", "prd", "staging", "stg", "preprod", "uat",
            "qa", "dev", "development");
    /** Words that say an expression holds the deploy's name. */
    private static final List<String> ENV_HINTS = List.of("env", "profile", "stage", "deploy", "tier");
    private static final Set<String> EQUALS = Set.of("equals", "equalsIgnoreCase");

    @Override
    public boolean accepts(SourceFile file) {
        if (file.kind() != FileKind.JAVA || file.scope() != Scope.MAIN) {
            return false;
        }
        String t = file.text();
        return file.mentions("cceptsProfiles") || file.mentions("atchesProfiles")
                || ((file.mentions("equals") || file.mentions("case") || file.mentions("contains(")) && hasDeployLiteral(t));
    }

    /** True when some {@code "word"} in the text is a deploy name: a cheap scan before any parse. */
    static boolean hasDeployLiteral(String t) {
        for (int i = t.indexOf('"'); i >= 0 && i + 1 < t.length(); i = t.indexOf('"', i + 1)) {
            int j = i + 1;
            while (j < t.length() && j - i <= 16 && Character.isLetterOrDigit(t.charAt(j))) {
                j++;
            }
            if (j > i + 1 && j < t.length() && t.charAt(j) == '"' && EnvironmentNames.isDeploy(t.substring(i + 1, j))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
        for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
            String found = inCall(call);
            if (found != null) {
                // at the method's name: in a chain over several lines, that is the line of the test
                out.report(JavaNodes.line(call.getName()), JavaNodes.column(call.getName()), found + " in " + file.fileName());
            }
        }
        for (Node n : cu.findAll(Node.class, n -> n instanceof SwitchNode)) {
            String found = inSwitch((SwitchNode) n);
            if (found != null) {
                out.report(JavaNodes.line(n), JavaNodes.column(n), found + " in " + file.fileName());
            }
        }
    }

    private static String inCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        List<Expression> args = call.getArguments();
        if (EQUALS.contains(name) && args.size() == 1 && call.getScope().isPresent()) {
            return compared(call, call.getScope().get(), args.get(0));
        }
        if (EQUALS.contains(name) && args.size() == 2) {
            return compared(call, args.get(0), args.get(1));
        }
        if (name.equals("acceptsProfiles") || name.equals("matchesProfiles")) {
            for (StringLiteralExpr s : call.findAll(StringLiteralExpr.class)) {
                String deploy = anyDeploy(s.asString());
                if (deploy != null) {
                    return name + "(\"" + s.asString() + "\") branches on the deploy name '" + deploy + "'";
                }
            }
        }
        if (name.equals("contains") && args.size() == 1 && call.getScope().isPresent()
                && args.get(0) instanceof StringLiteralExpr s && anyDeploy(s.asString()) != null
                && call.getScope().get().toString().toLowerCase(Locale.ROOT).contains("profile")) {
            return "active profiles .contains(\"" + s.asString() + "\") branches on the deploy name '"
                    + anyDeploy(s.asString()) + "'";
        }
        return null;
    }

    /** A deploy-name literal on one side of an equals: reported when the name is plain or the other side is about the environment. */
    private static String compared(MethodCallExpr call, Expression a, Expression b) {
        Expression literal = a instanceof StringLiteralExpr ? a : b instanceof StringLiteralExpr ? b : null;
        if (literal == null) {
            return null;
        }
        Expression other = literal == a ? b : a;
        String word = ((StringLiteralExpr) literal).asString();
        String deploy = EnvironmentNames.deploy(word);
        if (!word.matches("[A-Za-z]+[0-9]*") || deploy == null || !(PLAIN.contains(deploy) || aboutEnvironment(other))) {
            return null;
        }
        return call.getNameAsString() + " with \"" + word + "\" branches on the deploy name (" + shorten(other) + ")";
    }

    private static String inSwitch(SwitchNode sw) {
        StringBuilder labels = new StringBuilder();
        boolean plain = false;
        for (SwitchEntry entry : sw.getEntries()) {
            for (Expression label : entry.getLabels()) {
                String word = label instanceof StringLiteralExpr s ? s.asString() : null;
                String deploy = word != null && word.matches("[A-Za-z]+[0-9]*") ? EnvironmentNames.deploy(word) : null;
                if (deploy != null) {
                    plain |= PLAIN.contains(deploy);
                    labels.append(labels.length() == 0 ? "" : ", ").append('"').append(word).append('"');
                }
            }
        }
        if (labels.length() == 0 || !(plain || aboutEnvironment(sw.getSelector()))) {
            return null;
        }
        return "switch on " + shorten(sw.getSelector()) + " with case " + labels + " branches on the deploy name";
    }

    /** The first word of a profile expression that names a deploy (the test suite's included), or null. */
    private static String anyDeploy(String expression) {
        return EnvironmentNames.words(expression).stream().map(EnvironmentNames::deploy).filter(d -> d != null)
                .findFirst().orElse(null);
    }

    private static boolean aboutEnvironment(Expression e) {
        String s = e.toString().toLowerCase(Locale.ROOT);
        return ENV_HINTS.stream().anyMatch(s::contains);
    }

    private static String shorten(Expression e) {
        String s = e.toString().replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
