package io.github.twelvefactor.rules.logs;

import java.util.Map;
import java.util.regex.Pattern;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.engine.ProjectReporter;
import io.github.twelvefactor.engine.ProjectRule;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ComposeServices;
import io.github.twelvefactor.rules.ImageRef;
import io.github.twelvefactor.source.ComposeFile;

/**
 * A compose volume that keeps the log files of the project's own app service
 * ({@link ComposeServices}): a host folder ({@code ./logs:/app/logs}, {@code /var/log/app:/logs},
 * {@code ~/logs}, {@code C:\logs}) or a named volume ({@code app-logs:/app/logs}: the app still
 * writes files, only elsewhere), in short or long syntax, where the source or the target path has a
 * {@code log}/{@code logs} segment ({@code /var/log/app}, {@code ./app-logs}).
 *
 * <p>Not reported: read-only mounts ({@code :ro}: the app reads, it does not write); anonymous
 * volumes ({@code - /app/logs}: nothing outlives the container); {@code logback.xml}-style config
 * files; a source left to an unset variable; backing services and images the project does not
 * name (a database's or a log shipper's own folders).
 */
@RuleDefinition(id = "log-volume-mount", factor = Factor.XI, severity = Severity.INFO,
        bad = "services:\n  app:\n    build: .\n    volumes:\n      - ./logs:/app/logs",
        good = "services:\n  app:\n    build: .   # logs go to stdout: docker compose logs app",
        summary = "A compose volume that keeps the app's log files (./logs:/app/logs)",
        remediation = "Log to stdout and let Docker or the platform collect the stream (docker compose logs, a logging "
                + "driver, or a collector reading container output); drop the log volume and the app's file appender.")
public final class LogVolumeMountRule implements ProjectRule {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
    private static final Pattern LOG_WORD = Pattern.compile("(?i)(?:^|.*[/\\\\._-])logs?(?:[/\\\\._-].*|$)");

    @Override
    public void check(ModuleView module, ProjectReporter out) {
        for (ComposeServices.Entry e : ComposeServices.of(module)) {
            if (!e.app()) {
                continue;
            }
            for (ComposeFile.Value volume : e.service().volumes()) {
                String what = logMount(volume.text());
                if (what != null) {
                    out.at(e.file()).report(volume.line(), volume.column(), "volume " + volume.text() + " " + what
                            + " for the logs of service '" + e.service().name() + "': the app writes log files, "
                            + "not an event stream");
                }
            }
        }
    }

    /** "mounts a host folder" / "keeps a named volume" for a log mount, or null. */
    static String logMount(String spec) {
        String s = ImageRef.resolve(spec.strip(), Map.of());
        int start = DRIVE.matcher(s).matches() ? 2 : 0;
        int colon = s.indexOf(':', start);
        if (colon < 0) {
            return null; // anonymous volume
        }
        String source = s.substring(0, colon);
        String rest = s.substring(colon + 1);
        int modeAt = rest.indexOf(':');
        String target = modeAt < 0 ? rest : rest.substring(0, modeAt);
        String mode = modeAt < 0 ? "" : rest.substring(modeAt + 1);
        if (source.isBlank() || source.indexOf(ImageRef.UNSET) >= 0 || mode.matches("(.*,)?ro(,.*)?")) {
            return null;
        }
        if (!LOG_WORD.matcher(source).matches() && !LOG_WORD.matcher(target).matches()) {
            return null;
        }
        boolean host = source.startsWith(".") || source.startsWith("/") || source.startsWith("~") || start == 2;
        return host ? "mounts host folder " + source : "keeps named volume " + source;
    }
}
