package io.github.twelvefactor.rules.port;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.PomModel;
import io.github.twelvefactor.rules.PomCoordinates;
import io.github.twelvefactor.rules.PomCoordinates.Coordinate;
import io.github.twelvefactor.source.SourceFile;

/**
 * The app is made to be deployed into a servlet container rather than to bind a port itself:
 * <ul>
 * <li>{@code <packaging>war</packaging>} together with a main class extending
 * {@code SpringBootServletInitializer} (reported at the packaging). A war without Spring Boot (a
 * classic Spring MVC or Jakarta EE app) stays silent: it has no embedded server to fall back to, and
 * the contract names the Boot case;</li>
 * <li>{@code spring-boot-starter-tomcat} (or {@code -jetty}, {@code -undertow}) in {@code provided}
 * scope: the server is expected from outside;</li>
 * <li>deploy plugins: Cargo (every use puts the war into a container); the Tomcat plugins
 * ({@code tomcat7-maven-plugin}...) when set up to deploy (a {@code deploy}/{@code redeploy} goal, a
 * manager {@code url} or {@code server}); the Jetty plugin when an execution runs the packaged war
 * ({@code deploy-war}, {@code run-war}, {@code start-war}, {@code run-distro}). {@code jetty:run} and
 * {@code tomcat7:run} on the sources are a developer's loop and stay silent.</li>
 * </ul>
 * The same finding in several places of one pom (the same plugin in several profiles) is reported
 * once, at the first, naming the others.
 */
@RuleDefinition(id = "external-servlet-container", factor = Factor.VII, severity = Severity.WARNING,
        bad = "<packaging>war</packaging>\npublic class ServletInitializer extends SpringBootServletInitializer { ... }",
        good = "<packaging>jar</packaging>   <!-- an executable jar with embedded Tomcat, server.port=${PORT:8080} -->",
        summary = "The app is deployed into an external servlet container instead of binding a port itself",
        remediation = "Package an executable jar with an embedded server (spring-boot-maven-plugin repackage, "
                + "<packaging>jar</packaging>, the starter's Tomcat in compile scope) that binds the port given by "
                + "the environment (server.port=${PORT:8080}); drop SpringBootServletInitializer and container deploy "
                + "plugins, and run the jar (or its image) as the service.")
public final class ExternalServletContainerRule implements ProjectRule {
    private static final Set<String> SERVER_STARTERS = Set.of("spring-boot-starter-tomcat", "spring-boot-starter-jetty",
            "spring-boot-starter-undertow");
    private static final Pattern TOMCAT = Pattern.compile("tomcat\\d*-maven-plugin");
    private static final Set<String> TOMCAT_DEPLOY_GOALS = Set.of("deploy", "deploy-only", "redeploy", "redeploy-only");
    private static final Set<String> JETTY_WAR_GOALS = Set.of("deploy-war", "run-war", "start-war", "run-distro");

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        PomModel pom = PomModel.of(module);
        if (pom == null) {
            return;
        }
        Reporter reporter = out.at(pom.pom());
        if ("war".equals(pom.resolve(pom.model().getPackaging(), null))) {
            warWithInitializer(module, pom, reporter);
        }
        Set<String> reported = new HashSet<>();
        // one finding per message: the same way of deploying set up in several profiles (one profile
        // per container, as mybatis/jpetstore-6 does with Cargo in eight) is one decision, reported
        // once where it is first written, naming the other places
        Map<String, List<Spot>> spots = new LinkedHashMap<>();
        for (Coordinate c : pom.coordinates()) {
            String message = switch (c.kind()) {
                case DEPENDENCY -> providedServer(pom, c);
                case PLUGIN -> deployPlugin((Plugin) c.element());
                default -> null;
            };
            if (message == null) {
                continue;
            }
            // a managed provided scope is not a finding where it is managed (nothing uses it there):
            // it is reported where a dependency takes it, at this pom's scope or at the dependency
            PomModel.Place place = c.kind() == PomCoordinates.Kind.DEPENDENCY
                    ? pom.place(c, "scope", Set.of()) : pom.elementPlace(c);
            if (place != null && reported.add(place.line() + " " + c.key())) {
                List<Spot> same = spots.get(message);
                if (same == null) {
                    same = new ArrayList<>();
                    spots.put(message, same);
                }
                same.add(new Spot(place, c));
            }
        }
        for (Map.Entry<String, List<Spot>> e : spots.entrySet()) {
            List<Spot> same = new ArrayList<>(e.getValue());
            same.sort(BY_LINE);
            Spot first = same.get(0);
            reporter.report(first.place().line(), first.place().column(), e.getKey() + first.at().where()
                    + also(same.subList(1, same.size())));
        }
    }

    /** Where a finding's pom element stands, and the coordinate written there (its profile, if any). */
    private record Spot(PomModel.Place place, Coordinate at) {
    }

    private static final Comparator<Spot> BY_LINE = new Comparator<>() {
        @Override
        public int compare(Spot a, Spot b) {
            int c = Integer.compare(a.place().line(), b.place().line());
            return c != 0 ? c : Integer.compare(a.place().column(), b.place().column());
        }
    };

    /** {@code "; also in the main build and in profiles 'a' and 'b'"}, or "" when there is no other place. */
    private static String also(List<Spot> others) {
        if (others.isEmpty()) {
            return "";
        }
        boolean build = false;
        List<String> profiles = new ArrayList<>();
        for (Spot o : others) {
            if (o.at().profile() == null) {
                build = true;
            } else {
                profiles.add("'" + o.at().profile().getId() + "'");
            }
        }
        StringBuilder b = new StringBuilder("; also");
        if (build) {
            b.append(" in the main build").append(profiles.isEmpty() ? "" : " and");
        }
        if (!profiles.isEmpty()) {
            b.append(profiles.size() == 1 ? " in profile " : " in profiles ");
            for (int i = 0; i < profiles.size(); i++) {
                b.append(i == 0 ? "" : i == profiles.size() - 1 ? " and " : ", ").append(profiles.get(i));
            }
        }
        return b.toString();
    }

    private static void warWithInitializer(ModuleView module, PomModel pom, Reporter out) {
        for (SourceFile f : module.files()) {
            if (!f.isJava() || !f.path().startsWith("src/main/") || !f.mentions("SpringBootServletInitializer")) {
                continue;
            }
            CompilationUnit cu = f.java();
            if (cu == null) {
                continue;
            }
            for (ClassOrInterfaceDeclaration type : cu.findAll(ClassOrInterfaceDeclaration.class)) {
                if (extendsInitializer(type.getExtendedTypes())) {
                    PomModel.Place packaging = pom.projectField("packaging");
                    PomModel.Place place = packaging != null ? packaging : new PomModel.Place(1, 0);
                    out.report(place.line(), place.column(), "war packaging with " + type.getNameAsString()
                            + " extends SpringBootServletInitializer (" + f.path() + "): the app is deployed into an"
                            + " external servlet container");
                    return;
                }
            }
        }
    }

    private static boolean extendsInitializer(List<ClassOrInterfaceType> types) {
        return types.stream().anyMatch(t -> t.getNameAsString().equals("SpringBootServletInitializer"));
    }

    private static String providedServer(PomModel pom, Coordinate c) {
        String scope = pom.resolve(((org.apache.maven.model.Dependency) c.element()).getScope(), c.profile());
        if ("org.springframework.boot".equals(c.groupId()) && SERVER_STARTERS.contains(c.artifactId())
                && "provided".equals(scope == null ? null : scope.trim())) {
            return c.artifactId() + " in provided scope: the servlet container is expected from outside the app";
        }
        return null;
    }

    private static String deployPlugin(Plugin p) {
        String g = p.getGroupId();
        String a = p.getArtifactId() == null ? "" : p.getArtifactId();
        if ("org.codehaus.cargo".equals(g) && a.startsWith("cargo-maven")) {
            return a + " deploys the app into a servlet container";
        }
        if (TOMCAT.matcher(a).matches() && (goals(p).stream().anyMatch(TOMCAT_DEPLOY_GOALS::contains)
                || configured(p, "url") || configured(p, "server"))) {
            return a + " deploys the war to a Tomcat server";
        }
        if (a.contains("jetty") && a.endsWith("maven-plugin") && goals(p).stream().anyMatch(JETTY_WAR_GOALS::contains)) {
            return a + " runs the packaged war in a Jetty container";
        }
        return null;
    }

    private static Set<String> goals(Plugin p) {
        Set<String> out = new HashSet<>();
        for (PluginExecution e : p.getExecutions()) {
            out.addAll(e.getGoals());
        }
        return out;
    }

    private static boolean configured(Plugin p, String name) {
        if (p.getConfiguration() instanceof Xpp3Dom dom && dom.getChild(name) != null) {
            return true;
        }
        for (PluginExecution e : p.getExecutions()) {
            if (e.getConfiguration() instanceof Xpp3Dom dom && dom.getChild(name) != null) {
                return true;
            }
        }
        return false;
    }
}
