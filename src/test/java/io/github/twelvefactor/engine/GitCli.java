package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code git} command line, for tests that build repositories or compare with git's own
 * answers. It runs with no user or system configuration (and no global excludes file), and none of
 * the caller's {@code GIT_*} variables, so that a test sees the same git everywhere, even when run
 * from a git hook.
 */
public final class GitCli {
    private static Boolean available;

    private GitCli() {
    }

    /**
     * Skips the calling test when git cannot be run, except on CI ({@code CI=true}), where that is a
     * failure: a check that silently stops running is worse than none.
     */
    public static void require() {
        if (available == null) {
            try {
                available = exec(Path.of("."), List.of("git", "--version")).startsWith("git version");
            } catch (IOException | RuntimeException e) {
                available = false;
            }
        }
        if (!available) {
            String hint = "git is not on the PATH";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(hint);
            }
            Assumptions.abort(hint);
        }
    }

    /** Runs {@code git args...} in {@code dir}; returns its standard output, and fails on a non-zero exit. */
    public static String git(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.excludesFile=/dev/null", "-c", "user.name=t",
                "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false",
                "-c", "commit.gpgSign=false"));
        cmd.addAll(List.of(args));
        return exec(dir, cmd);
    }

    private static String exec(Path dir, List<String> cmd) throws IOException {
        Path err = Files.createTempFile("git-stderr", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile());
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("GIT_"));
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_CONFIG_GLOBAL", "/dev/null");
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", cmd) + " in " + dir + " failed (" + p.exitValue() + "):\n"
                        + out + Files.readString(err));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
