package io.github.twelvefactor.rules.disposability;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.DockerStages;
import io.github.twelvefactor.source.Dockerfile;
import io.github.twelvefactor.source.Dockerfile.Instruction;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * The image's process is a shell, not the JVM: the command the final stage runs
 * ({@link DockerStages#command()}) is an {@code ENTRYPOINT}, or a {@code CMD} with no
 * {@code ENTRYPOINT}, in shell form ({@code CMD java -jar app.jar} runs as {@code /bin/sh -c}), or
 * in exec form through a shell ({@code ["sh", "-c", "java ..."]}, also bash/ash/dash and
 * {@code -ec}-style flags) whose script does not {@code exec} its command. Docker sends SIGTERM to
 * PID 1, the shell, which does not pass it on: the JVM is killed after the grace period instead of
 * shutting down cleanly.
 *
 * <p>Not reported: exec form ({@code ["java", "-jar", "app.jar"]}); a shell script that
 * {@code exec}s ({@code ["sh", "-c", "exec java ..."]}, {@code ENTRYPOINT exec java ...}); a
 * {@code CMD} that only supplies arguments to an {@code ENTRYPOINT} (in shell form Docker ignores
 * it, in exec form it runs as the entrypoint's arguments); instructions of earlier stages, which
 * never run in the final image; exec-form scripts ({@code ["./start.sh"]}) and init wrappers
 * ({@code tini}, {@code dumb-init}), whose handling of signals this rule cannot see.
 */
@RuleDefinition(id = "shell-form-entrypoint", factor = Factor.IX, severity = Severity.WARNING,
        bad = "ENTRYPOINT java -jar /app/app.jar",
        good = "ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]",
        summary = "Dockerfile CMD/ENTRYPOINT in shell form or through sh -c without exec: the JVM is not PID 1",
        remediation = "Use the exec form, ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"] (pass JVM options through "
                + "JAVA_TOOL_OPTIONS), or, when a shell must expand variables, end the script with exec: "
                + "ENTRYPOINT [\"sh\", \"-c\", \"exec java $JAVA_OPTS -jar /app/app.jar\"]; the JVM then receives SIGTERM "
                + "and shuts down gracefully.")
public final class ShellFormEntrypointRule implements FileRule {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh");
    /** {@code -c}, {@code -ec}, {@code -xc}, {@code -lc}...: a flag set that reads the script from the next item. */
    private static final Pattern COMMAND_FLAG = Pattern.compile("-[a-z]*c[a-z]*");
    /** {@code exec} where a command starts: at the start, or after {@code ;}, {@code &&}, {@code ||}, a newline. */
    private static final Pattern EXEC = Pattern.compile("(?:^|[;&|\\n({]\\s*)\\s*exec\\s");
    private static final Pattern JAVA = Pattern.compile("(^|[\\s/])java\\s");

    @Override
    public boolean accepts(SourceFile file) {
        return file.kind() == FileKind.DOCKERFILE;
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        Dockerfile docker = file.dockerfile();
        if (docker == null) {
            return;
        }
        DockerStages.Command command = DockerStages.of(docker).command();
        Instruction ep = command.entrypoint();
        if (ep != null) {
            judge(ep, command.cmd(), out);
        } else if (command.cmd() != null) {
            judge(command.cmd(), null, out);
        }
    }

    private static void judge(Instruction in, Instruction cmd, Reporter out) {
        if (!in.isExecForm()) {
            if (!in.arguments().isBlank() && !execs(in.arguments())) {
                out.report(in.line(), 0, in.keyword() + " in shell form runs " + quoted(in.arguments())
                        + " under /bin/sh -c: the shell is PID 1 and " + process(in.arguments())
                        + " never receives SIGTERM");
            }
            return;
        }
        String script = shellScript(in.execForm(), cmd);
        if (script != null && !execs(script)) {
            out.report(in.line(), 0, in.keyword() + " runs " + quoted(script) + " through " + in.execForm().get(0)
                    + " -c without exec: the shell is PID 1 and " + process(script) + " never receives SIGTERM");
        }
    }

    /**
     * The script of {@code ["sh", "-c", "script"]} (taken from an exec-form CMD when the entrypoint
     * stops at {@code -c}), or null.
     */
    static String shellScript(List<String> items, Instruction cmd) {
        if (items.isEmpty()) {
            return null;
        }
        String exe = items.get(0).toLowerCase(Locale.ROOT);
        if (!SHELLS.contains(exe.substring(exe.lastIndexOf('/') + 1))) {
            return null;
        }
        for (int i = 1; i < items.size(); i++) {
            String item = items.get(i);
            if (!item.startsWith("-")) {
                return null; // sh script.sh: a script file, not a command string
            }
            if (COMMAND_FLAG.matcher(item).matches()) {
                if (i + 1 < items.size()) {
                    return items.get(i + 1);
                }
                return cmd != null && cmd.isExecForm() && !cmd.execForm().isEmpty() ? cmd.execForm().get(0) : null;
            }
        }
        return null;
    }

    static boolean execs(String script) {
        return EXEC.matcher(script.strip()).find();
    }

    /** What the shell starts, for the message: a Dockerfile may also hold a non-Java command. */
    private static String process(String script) {
        return JAVA.matcher(script).find() ? "the JVM" : "the process";
    }

    private static String quoted(String script) {
        String s = script.strip().replaceAll("\\s+", " ");
        return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
    }
}
