package io.github.twelvefactor.report;

import java.io.IOException;
import java.util.List;

import io.github.twelvefactor.engine.FileIssue;

/**
 * The files an audit could not fully read, as SARIF tool execution notifications: each names the
 * file and the reason, points at the file, and refers to one of four notification descriptors
 * (one per {@link FileIssue.Kind}) in {@code tool.driver.notifications}.
 */
final class SarifNotifications {
    private SarifNotifications() {
    }

    static String id(FileIssue.Kind kind) {
        return switch (kind) {
            case SKIPPED -> "file-skipped";
            case UNPARSABLE -> "file-unparsable";
            case INTERNAL_ERROR -> "rule-internal-error";
            case NOTICE -> "file-notice";
        };
    }

    /** A skipped binary or oversize file is expected; a broken file hides findings; a crash is ours. */
    static String level(FileIssue.Kind kind) {
        return switch (kind) {
            case SKIPPED, NOTICE -> "note";
            case UNPARSABLE -> "warning";
            case INTERNAL_ERROR -> "error";
        };
    }

    private static String description(FileIssue.Kind kind) {
        return switch (kind) {
            case SKIPPED -> "A file was not audited: it is binary, too large or unreadable.";
            case UNPARSABLE -> "A file could not be parsed, so the rules that need its parsed form skipped it.";
            case INTERNAL_ERROR -> "A rule failed on a file; the audit went on with the other rules and files.";
            case NOTICE -> "A file was audited with a caveat.";
        };
    }

    private static String help(FileIssue.Kind kind) {
        return switch (kind) {
            case SKIPPED -> "Binary files need no audit. Split a text file over 1 MiB, or exclude it with <excludes>;"
                    + " make an unreadable file readable by the build.";
            case UNPARSABLE -> "Fix the file's syntax (the reason names the place), or exclude it with <excludes>.";
            case INTERNAL_ERROR -> "This is a defect in twelvefactor-maven-plugin: please report it with the"
                    + " reason shown. Other rules still audited the file.";
            case NOTICE -> "Read the reason; nothing may need doing.";
        };
    }

    static void writeDescriptors(JsonWriter g) throws IOException {
        g.writeArrayFieldStart("notifications");
        for (FileIssue.Kind kind : FileIssue.Kind.values()) {
            g.writeStartObject();
            g.writeStringField("id", id(kind));
            g.writeStringField("name", SarifRules.pascalCase(id(kind)));
            JsonOutput.text(g, "shortDescription", description(kind));
            JsonOutput.text(g, "fullDescription", description(kind));
            JsonOutput.text(g, "help", help(kind));
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(kind));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** One notification per issue, in the order given. */
    static void write(JsonWriter g, List<FileIssue> issues) throws IOException {
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (FileIssue issue : issues) {
            String path = JsonOutput.clean(issue.path());
            g.writeStartObject();
            g.writeStringField("level", level(issue.kind()));
            JsonOutput.text(g, "message", SarifRules.sentence((path.isEmpty() ? "" : path + ": ")
                    + issue.kind().label() + ": " + JsonOutput.clean(issue.reason())));
            if (!path.isEmpty()) {
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                SarifReport.writeArtifact(g, path);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeObjectFieldStart("descriptor");
            g.writeStringField("id", id(issue.kind()));
            g.writeNumberField("index", issue.kind().ordinal());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
