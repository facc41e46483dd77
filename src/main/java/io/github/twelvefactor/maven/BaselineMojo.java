package io.github.twelvefactor.maven;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import io.github.twelvefactor.engine.AuditResult;
import io.github.twelvefactor.engine.Baseline;
import io.github.twelvefactor.engine.RuleCatalog;

/**
 * Writes the baseline file: it accepts every finding the audit makes today, so that {@code audit}
 * fails only on new ones. Scans exactly as {@code audit} does and writes nothing but that file.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public final class BaselineMojo extends AbstractScanMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("twelvefactor: baseline skipped (twelvefactor.skip=true)");
            return;
        }
        AuditResult result = scan(RuleCatalog.load());
        Path file = baselineFile();
        Baseline b = Baseline.of(result.findings());
        try {
            b.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("twelvefactor: cannot write the baseline file " + file + ": "
                    + e.getMessage(), e);
        }
        getLog().info("twelvefactor: baseline of " + b.entries().size()
                + (b.entries().size() == 1 ? " finding" : " findings") + " written to " + file
                + "; commit it, and the audit fails only on new findings");
    }
}
