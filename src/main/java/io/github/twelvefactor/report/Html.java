package io.github.twelvefactor.report;

/**
 * Escaping for the HTML report. Every string that comes from the audit (paths, messages, snippets,
 * rule ids, reasons) goes through {@link #text}, whether it lands in an element or in a quoted
 * attribute, so that a finding whose message holds {@code <script>} is shown as those characters.
 */
final class Html {
    private Html() {
    }

    /**
     * Escapes {@code & < > " '}; null becomes empty, a lone surrogate and the control characters HTML
     * forbids (all of C0 but tab, line feed and carriage return, DEL, C1) become U+FFFD.
     */
    static String text(String s) {
        String clean = JsonOutput.clean(s);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(forbidden(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
