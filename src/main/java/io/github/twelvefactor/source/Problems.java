package io.github.twelvefactor.source;

/**
 * Turns a parser's message into one safe to print: parsers quote the text they choked on, and that
 * text may be a secret, so quoted runs are dropped and the message is kept short.
 */
public final class Problems {
    private Problems() {
    }

    public static String safe(String message) {
        if (message == null || message.isBlank()) {
            return "no detail";
        }
        String first = message.strip().lines().findFirst().orElse("");
        String noQuotes = first.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'")
                .replaceAll("`[^`]*`", "`…`");
        return noQuotes.length() > 160 ? noQuotes.substring(0, 160) + "…" : noQuotes;
    }
}
