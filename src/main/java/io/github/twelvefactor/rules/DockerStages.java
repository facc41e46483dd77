package io.github.twelvefactor.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.twelvefactor.source.Dockerfile;
import io.github.twelvefactor.source.Dockerfile.Instruction;

/**
 * A Dockerfile's build stages: each {@code FROM} with its image (variables resolved from the
 * global {@code ARG}s, those before the first {@code FROM}), its {@code AS} alias, the earlier stage
 * it builds on ({@code FROM builder}), and the instructions of the stage; and the command the image
 * runs: the {@code ENTRYPOINT} and {@code CMD} of the final stage, inherited through the stages it
 * builds on as Docker does (an {@code ENTRYPOINT} drops a {@code CMD} inherited from an earlier
 * stage). Earlier stages build the image and never run in it.
 */
public final class DockerStages {

    /** One stage. {@code parent} is the index of the earlier stage named in {@code FROM}, or -1. */
    public record Stage(Instruction from, String image, String alias, int parent, List<Instruction> body) {

        /** {@code FROM scratch}: an empty image, nothing to pin. */
        public boolean scratch() {
            return image.equalsIgnoreCase("scratch");
        }
    }

    /** The command the final stage runs; each part null when the Dockerfile sets none. */
    public record Command(Instruction entrypoint, Instruction cmd) {
    }

    private final List<Stage> stages;
    private final Map<String, String> globalArgs;

    private DockerStages(List<Stage> stages, Map<String, String> globalArgs) {
        this.stages = stages;
        this.globalArgs = globalArgs;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** {@code ARG} names before the first {@code FROM} and their defaults (null when none). */
    public Map<String, String> globalArgs() {
        return globalArgs;
    }

    public static DockerStages of(Dockerfile docker) {
        Map<String, String> args = new HashMap<>();
        List<Stage> stages = new ArrayList<>();
        Map<String, Integer> aliases = new HashMap<>();
        List<Instruction> body = null;
        for (Instruction in : docker.instructions()) {
            if (in.keyword().equals("FROM")) {
                List<String> words = new ArrayList<>();
                for (String w : in.arguments().split("\\s+")) {
                    if (!w.startsWith("--") && !w.isEmpty()) {
                        words.add(w);
                    }
                }
                if (words.isEmpty()) {
                    continue;
                }
                String image = ImageRef.resolve(words.get(0), args);
                String alias = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")
                        ? words.get(2).toLowerCase(Locale.ROOT) : null;
                int parent = aliases.getOrDefault(image.toLowerCase(Locale.ROOT), -1);
                body = new ArrayList<>();
                stages.add(new Stage(in, image, alias, parent, body));
                if (alias != null) {
                    aliases.put(alias, stages.size() - 1);
                }
            } else if (body != null) {
                body.add(in);
            } else if (in.keyword().equals("ARG")) {
                for (String decl : in.arguments().split("\\s+")) {
                    int eq = decl.indexOf('=');
                    String name = eq < 0 ? decl : decl.substring(0, eq);
                    if (!name.isEmpty()) {
                        args.put(name, eq < 0 ? null : unquote(decl.substring(eq + 1)));
                    }
                }
            }
        }
        return new DockerStages(List.copyOf(stages), Collections.unmodifiableMap(args));
    }

    /** The final stage's {@code ENTRYPOINT} and {@code CMD}, following {@code FROM <stage>} back. */
    public Command command() {
        Instruction entrypoint = null;
        Instruction cmd = null;
        int entrypointDepth = -1;
        int cmdDepth = -1;
        int depth = 0;
        // parent() always names an earlier stage, so this walk ends
        for (int i = stages.size() - 1; i >= 0; i = stages.get(i).parent(), depth++) {
            List<Instruction> body = stages.get(i).body();
            for (int j = body.size() - 1; j >= 0; j--) {
                Instruction in = body.get(j);
                if (entrypoint == null && in.keyword().equals("ENTRYPOINT")) {
                    entrypoint = in;
                    entrypointDepth = depth;
                } else if (cmd == null && in.keyword().equals("CMD")) {
                    cmd = in;
                    cmdDepth = depth;
                }
            }
        }
        if (entrypoint != null && cmd != null && cmdDepth > entrypointDepth) {
            cmd = null; // an ENTRYPOINT resets the CMD of the image it builds on
        }
        return new Command(entrypoint, cmd);
    }

    /** The words of an instruction: its exec-form items, or its shell text split at blanks and operators. */
    public static List<String> words(Instruction in) {
        List<String> out = new ArrayList<>();
        List<String> parts = in.isExecForm() ? in.execForm() : List.of(in.arguments());
        for (String part : parts) {
            for (String w : part.split("[\\s;&|()'\"`]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
