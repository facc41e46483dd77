package io.github.twelvefactor.rules.port;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.JavaNodes;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;

/**
 * A port fixed in the app instead of read from the environment. Main config: a literal
 * {@code server.port}, {@code quarkus.http.port} or {@code micronaut.server.port} (also under a
 * Quarkus profile prefix). Main Java: an int literal, or a {@code static final} constant holding
 * one, given to {@code new ServerSocket(...)}, {@code new InetSocketAddress(...)} inside
 * {@code HttpServer.create}/{@code bind}, a server builder's {@code .port(...)} (not a client's or a
 * URL builder's) or Spark's static {@code port(...)}, a {@code WebServerFactory}'s {@code setPort},
 * Jetty's {@code new Server(...)}, Undertow's {@code addHttpListener}, Vert.x' {@code listen}.
 *
 * <p>Not reported: placeholders, {@code ${PORT:8080}} included (reading {@code PORT} from the
 * environment is exactly what the factor asks; the default only serves a bare local run); port
 * {@code 0} (a free port), {@code -1} (no HTTP) and any value that is not a number (a Maven
 * {@code @app.port@} is {@code build-time-config}'s finding); config that only applies on the
 * developer's machine or in the test suite ({@code application-dev.yml}, {@code %dev.}, {@code %test.}).
 */
@RuleDefinition(id = "hardcoded-port", factor = Factor.VII, severity = Severity.INFO,
        summary = "The HTTP port is fixed in config or code instead of read from the environment",
        remediation = "Bind to the port the environment gives: server.port=${PORT:8080} (quarkus.http.port=${PORT:8080}, "
                + "micronaut.server.port=${PORT:8080}), or Integer.parseInt(System.getenv().getOrDefault(\"PORT\", \"8080\")) "
                + "in code.",
        bad = "server.port=8081",
        good = "server.port=${PORT:8080}")
public final class HardcodedPortRule implements FileRule {
    private static final Pattern CLIENT_OR_URL = Pattern.compile("[Cc]lient|Ur[il]|UR[IL]|\\bur[il]\\b");
    private static final Set<String> KEYS = Set.of("server.port", "quarkus.http.port", "micronaut.server.port");

    @Override
    public boolean accepts(SourceFile file) {
        return switch (file.kind()) {
            case PROPERTIES, YAML -> file.isMainConfig() && file.mentions("port");
            // ".port(" and " port(", not "port(": report(, transport(, export( are everywhere
            case JAVA -> file.scope() == Scope.MAIN && (file.mentions("ServerSocket") || file.mentions(".port(") || file.mentions(" port(")
                    || file.mentions("InetSocketAddress") || file.mentions("WebServerFactory") || file.mentions("addHttpListener")
                    || (file.mentions("new Server(") && file.mentions("jetty")) || (file.mentions("listen(") && file.mentions("vertx")));
            default -> false;
        };
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        if (file.kind() == FileKind.JAVA) {
            checkJava(file, out);
            return;
        }
        ConfigProfiles profiles = null;
        for (ConfigEntry e : file.configEntries()) {
            String key = ConfigProfiles.withoutQuarkusProfile(e.key());
            if (!KEYS.contains(key) || e.value() == null || e.value().isBlank()) {
                continue;
            }
            String v = e.value().strip();
            // a number; a name such as HTTP_BIND_PORT maps the key to an environment variable (node-config),
            // and a Maven token (@app.port@) is build-time-config's finding
            if (!v.matches("[0-9]{1,5}") || Integer.parseInt(v) == 0) {
                continue;
            }
            profiles = profiles == null ? ConfigProfiles.of(file) : profiles;
            if (profiles.developmentOnly(e)) {
                continue;
            }
            out.report(e.line(), e.column(), e.key() + "=" + v + " in " + file.fileName()
                    + " fixes the port instead of reading it from the environment");
        }
    }

    private static void checkJava(SourceFile file, Reporter out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
        for (Node n : cu.findAll(Node.class, n -> n instanceof ObjectCreationExpr || n instanceof MethodCallExpr)) {
            Expression port = port(n, cu, file.text());
            Integer value = port == null ? null : JavaNodes.intConstant(port, cu);
            if (value != null && value > 0) {
                String what = n instanceof ObjectCreationExpr oc ? "new " + oc.getTypeAsString() + "(...)"
                        : "." + ((MethodCallExpr) n).getNameAsString() + "(...)";
                out.report(JavaNodes.line(port), JavaNodes.column(port), what + " binds the fixed port " + value
                        + " in " + file.fileName() + " instead of one read from the environment");
            }
        }
    }

    /** The argument that carries the port a server binds, or null when the node binds none. */
    private static Expression port(Node n, CompilationUnit cu, String text) {
        if (n instanceof ObjectCreationExpr oc) {
            List<Expression> args = oc.getArguments();
            String type = oc.getType().getNameWithScope();
            boolean binds = type.endsWith("ServerSocket")
                    || (type.endsWith("InetSocketAddress") && args.size() == 1 && oc.getParentNode()
                            .filter(p -> p instanceof MethodCallExpr m && (m.getNameAsString().equals("create")
                                    || m.getNameAsString().equals("bind"))).isPresent())
                    || (type.equals("Server") && JavaNodes.imports(cu, "org.eclipse.jetty.server", "Server"))
                    || type.equals("org.eclipse.jetty.server.Server");
            return binds && !args.isEmpty() ? args.get(0) : null;
        }
        MethodCallExpr m = (MethodCallExpr) n;
        List<Expression> args = m.getArguments();
        if (args.isEmpty()) {
            return null;
        }
        boolean binds = switch (m.getNameAsString()) {
            case "port" -> args.size() == 1 && !m.getScope().map(HardcodedPortRule::clientOrUrl).orElse(false);
            case "setPort" -> args.size() == 1 && text.contains("WebServerFactory");
            case "addHttpListener" -> args.size() == 2;
            case "listen" -> JavaNodes.importsFrom(cu, "io.vertx.");
            default -> false;
        };
        return binds ? args.get(0) : null;
    }

    /** True for a builder chain of a client or a URL ({@code HttpClient.create().port(443)}, {@code UriComponentsBuilder...port(8080)}): it connects, it does not bind. */
    private static boolean clientOrUrl(Expression chain) {
        String s = chain.toString();
        return CLIENT_OR_URL.matcher(chain.toString()).find();
    }
}
