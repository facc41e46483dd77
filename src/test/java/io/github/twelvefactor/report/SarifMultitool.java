package io.github.twelvefactor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs Microsoft's SARIF validator ({@code Sarif.Multitool validate}) on one file and reads what it
 * found from the SARIF log it writes. Its exit code cannot be trusted for this: it is 0 even when
 * it reports errors, so the log is the verdict.
 */
final class SarifMultitool {
    /** Where {@code .ci/sarif-validate.sh} installs the npm package. */
    static final Path DEFAULT_HOME = Path.of("target", "sarif-tool");

    /** One validator result, its level resolved against its rule's default. */
    record Issue(String level, String ruleId, String message) {
        @Override
        public String toString() {
            return level + " " + ruleId + ": " + message;
        }
    }

    record Outcome(List<Issue> issues, String console) {
        List<Issue> at(String level) {
            return issues.stream().filter(i -> i.level().equals(level)).toList();
        }
    }

    private final Path executable;

    SarifMultitool(Path executable) {
        this.executable = executable;
    }

    /** The configured tool ({@code -Dsarif.multitool}, {@code SARIF_MULTITOOL}) or the default install; null if neither. */
    static Path locate() {
        String configured = System.getProperty("sarif.multitool", System.getenv("SARIF_MULTITOOL"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
        Path exe = DEFAULT_HOME.resolve("node_modules/@microsoft/sarif-multitool-" + platform)
                .resolve(platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool");
        return Files.isRegularFile(exe) ? exe : null;
    }

    /** {@code validate --rule-kind "Gh;Sarif"}: the SARIF rules plus GitHub code scanning's. */
    Outcome validate(Path sarif, Path workDir) throws IOException, InterruptedException {
        Path log = workDir.resolve(sarif.getFileName() + ".validation.sarif");
        Path console = workDir.resolve(sarif.getFileName() + ".validation.txt");
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder(executable.toString(), "validate", "--rule-kind", "Gh;Sarif",
                "--log", "ForceOverwrite;PrettyPrint", "-o", log.toString(), sarif.toString())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        // Without ICU installed, .NET refuses to start unless told to use invariant globalisation.
        pb.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
        pb.environment().put("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("Sarif.Multitool did not finish within 3 minutes");
        }
        String out = Files.readString(console);
        if (!Files.exists(log)) {
            throw new IOException("Sarif.Multitool wrote no log (exit " + p.exitValue() + "):\n" + out);
        }
        return new Outcome(read(new ObjectMapper().readTree(log.toFile())), out);
    }

    private static List<Issue> read(JsonNode log) {
        List<Issue> issues = new ArrayList<>();
        for (JsonNode run : log.path("runs")) {
            JsonNode rules = run.path("tool").path("driver").path("rules");
            for (JsonNode r : run.path("results")) {
                JsonNode rule = r.has("ruleIndex") ? rules.path(r.get("ruleIndex").asInt()) : rules.path(-1);
                String level = r.path("level").asText(rule.path("defaultConfiguration").path("level")
                        .asText("warning"));
                issues.add(new Issue(level, r.path("ruleId").asText(), message(r.path("message"), rule)));
            }
            for (JsonNode inv : run.path("invocations")) {
                if (!inv.path("executionSuccessful").asBoolean(true)) {
                    issues.add(new Issue("error", "(validator)", "execution was not successful"));
                }
                for (JsonNode n : inv.path("toolExecutionNotifications")) {
                    issues.add(new Issue(n.path("level").asText("warning"), "(validator notification)",
                            n.path("message").path("text").asText()));
                }
            }
        }
        return issues;
    }

    /** The message's own text, or its rule's message string with the arguments put in. */
    private static String message(JsonNode message, JsonNode rule) {
        if (message.has("text")) {
            return message.get("text").asText();
        }
        String text = rule.path("messageStrings").path(message.path("id").asText()).path("text")
                .asText(message.path("id").asText());
        JsonNode args = message.path("arguments");
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i).asText());
        }
        return text;
    }
}
