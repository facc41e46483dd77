package io.github.twelvefactor.rules.concurrency;

import java.util.regex.Pattern;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ComposeServices;
import io.github.twelvefactor.source.ComposeFile;

/**
 * A fixed host port on the project's own app service ({@link ComposeServices}): {@code "8080:8080"},
 * {@code "127.0.0.1:8080:8080"}, {@code "8080:8080/udp"}, a host range mapped to the same size of
 * range, or the long form's {@code published: 8080}. Only one container can bind a host port, so a
 * second replica fails to start.
 *
 * <p>Not reported: {@code "8080"} and {@code "127.0.0.1::8080"} (Docker picks a free host port);
 * a host range for one container port ({@code "8080-8085:8080"}: each replica takes one); a host
 * port set by a variable ({@code "${APP_PORT:-8080}:8080"}: the deploy chooses it); backing
 * services and images the project does not name.
 */
@RuleDefinition(id = "fixed-host-port", factor = Factor.VIII, severity = Severity.INFO,
        bad = "ports:\n  - \"8080:8080\"",
        good = "ports:\n  - \"8080\"   # Docker picks the host port",
        summary = "A compose ports: entry with a fixed host port (8080:8080) on the app's own service",
        remediation = "Publish only the container port (ports: [\"8080\"]) and let Docker choose the host port, or put "
                + "a load balancer or reverse proxy in front and publish its port instead; if a deploy needs a fixed "
                + "port, set it there (\"${APP_PORT}:8080\"), not in the shared compose file.")
public final class FixedHostPortRule implements ProjectRule {
    private static final Pattern PORT = Pattern.compile("\\d+");
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        for (ComposeServices.Entry e : ComposeServices.of(module)) {
            if (!e.app()) {
                continue;
            }
            for (ComposeFile.Value port : e.service().ports()) {
                String host = fixedHostPort(port.text());
                if (host != null) {
                    out.at(e.file()).report(port.line(), port.column(), "ports: " + port.text() + " binds host port "
                            + host + " for service '" + e.service().name() + "': a second replica cannot bind it");
                }
            }
        }
    }

    /** The fixed host port (or range) of a short-form port mapping, or null when Docker picks it. */
    static String fixedHostPort(String mapping) {
        String s = mapping.strip();
        if (s.contains("$")) {
            return null;
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        if (s.startsWith("[")) { // [::1]:8080:8080
            int close = s.indexOf(']');
            s = close < 0 ? s : s.substring(close + 1).replaceFirst("^:", "ip:");
        }
        int last = s.lastIndexOf(':');
        if (last < 0) {
            return null;
        }
        String host = s.substring(0, last);
        String container = s.substring(last + 1);
        String hostPort = host.substring(host.lastIndexOf(':') + 1).strip();
        if (PORT.matcher(hostPort).matches()) {
            return hostPort;
        }
        var range = RANGE.matcher(hostPort);
        if (range.matches()) {
            boolean single = range.group(1).equals(range.group(2));
            return single || RANGE.matcher(container.strip()).matches() ? hostPort : null;
        }
        return null;
    }
}
