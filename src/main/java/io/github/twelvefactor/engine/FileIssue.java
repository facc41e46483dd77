package io.github.twelvefactor.engine;

/**
 * A file that was not (fully) audited, and why: {@code skipped} (binary, too large, unreadable),
 * {@code unparsable} (its syntax is broken: the rules that need the parsed form skipped it),
 * {@code internal error} (a rule failed on it), or {@code notice} (read, with a caveat).
 */
public record FileIssue(String path, Kind kind, String reason) {
    public enum Kind {
        SKIPPED("skipped"), UNPARSABLE("unparsable"), INTERNAL_ERROR("internal error"), NOTICE("notice");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
