package io.github.twelvefactor.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;

/**
 * The report's chart as inline SVG: one horizontal bar per factor, I to XII, stacked by severity
 * (errors first). Integer geometry only, so the same findings always give the same bytes. Each bar
 * carries its factor in {@code data-factor}: the page's script turns a click into a factor filter.
 */
final class HtmlChart {
    private static final int WIDTH = 760;
    private static final int LABEL = 200;
    private static final int BAR_AREA = 480;
    private static final int ROW = 26;
    private static final int BAR = 16;

    private HtmlChart() {
    }

    /** Counts per factor and severity, every factor present (zero when it has no finding). */
    static Map<Factor, long[]> counts(List<Finding> findings) {
        Map<Factor, long[]> counts = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            counts.put(factor, new long[Severity.values().length]);
        }
        for (Finding f : findings) {
            counts.get(f.factor())[f.severity().ordinal()]++;
        }
        return counts;
    }

    static String svg(List<Finding> findings) {
        Map<Factor, long[]> counts = counts(findings);
        long max = 1;
        for (long[] c : counts.values()) {
            max = Math.max(max, total(c));
        }
        int height = Factor.values().length * ROW + 4;
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"chart-title\">\n")
                .append("<title id=\"chart-title\">Findings per factor, by severity</title>\n");
        int y = 2;
        for (Map.Entry<Factor, long[]> e : counts.entrySet()) {
            row(out, e.getKey(), e.getValue(), max, y);
            y += ROW;
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void row(StringBuilder out, Factor factor, long[] c, long max, int y) {
        long total = total(c);
        int barY = y + (ROW - BAR) / 2;
        int textY = y + ROW / 2 + 5;
        out.append("<g class=\"bar").append(total == 0 ? " empty" : "").append("\" data-factor=\"")
                .append(factor.numeral()).append("\">");
        out.append("<title>").append(Html.text(factor.label())).append(": ").append(c[0]).append(" errors, ")
                .append(c[1]).append(" warnings, ").append(c[2]).append(" info</title>");
        out.append("<text class=\"label\" x=\"0\" y=\"").append(textY).append("\">")
                .append(Html.text(factor.label())).append("</text>");
        out.append("<rect class=\"track\" x=\"").append(LABEL).append("\" y=\"").append(barY).append("\" width=\"")
                .append(BAR_AREA).append("\" height=\"").append(BAR).append("\"/>");
        long before = 0;
        for (Severity s : Severity.values()) {
            long n = c[s.ordinal()];
            if (n == 0) {
                continue;
            }
            int x0 = LABEL + (int) (before * BAR_AREA / max);
            int x1 = LABEL + (int) ((before + n) * BAR_AREA / max);
            before += n;
            out.append("<rect class=\"seg sev-").append(s.id()).append("\" x=\"").append(x0).append("\" y=\"")
                    .append(barY).append("\" width=\"").append(Math.max(1, x1 - x0)).append("\" height=\"")
                    .append(BAR).append("\"/>");
        }
        out.append("<text class=\"count\" x=\"").append(LABEL + BAR_AREA + 10).append("\" y=\"").append(textY)
                .append("\">").append(total).append("</text>");
        out.append("</g>\n");
    }

    static long total(long[] c) {
        long t = 0;
        for (long n : c) {
            t += n;
        }
        return t;
    }
}
