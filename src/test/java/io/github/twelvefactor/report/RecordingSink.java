package io.github.twelvefactor.report;

import java.util.ArrayList;
import java.util.List;

/** A console sink for tests: every line in the order written, and the error-level lines apart. */
public final class RecordingSink implements ConsoleReport.Sink {
    public final List<String> all = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public void info(String line) {
        all.add(line);
    }

    @Override
    public void warn(String line) {
        all.add(line);
    }

    @Override
    public void error(String line) {
        errors.add(line);
        all.add(line);
    }
}
