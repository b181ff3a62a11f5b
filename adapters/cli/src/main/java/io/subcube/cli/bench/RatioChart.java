package io.subcube.cli.bench;

import io.subcube.benchmarks.run.QueryTiming;
import io.subcube.benchmarks.workload.Form;
import java.util.List;
import java.util.Locale;

/**
 * An SVG bar chart of the ratios that a browser opens: one bar per query and form on a logarithmic axis, drawn
 * from 1 (same speed) to the ratio — left and green where Subcube is faster, right and red where it is slower.
 */
final class RatioChart {

    private static final int LABEL_WIDTH = 270;
    private static final int PLOT_WIDTH = 560;
    private static final int VALUE_WIDTH = 90;
    private static final int TOP = 70;
    private static final int ROW = 18;
    private static final int BAR = 12;

    private RatioChart() {
    }

    /** The chart as an SVG document; {@code subtitle} says what was measured. */
    static String svg(List<QueryTiming> timings, String subtitle) {
        double lo = 0;
        double hi = 0;
        for (QueryTiming t : timings) {
            if (drawable(t.ratio())) {
                lo = Math.min(lo, Math.floor(Math.log10(t.ratio())));
                hi = Math.max(hi, Math.ceil(Math.log10(t.ratio())));
            }
        }
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
        int height = TOP + ROW * timings.size() + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(text(10, 22, "Subcube time / DuckDB time per query (median, log scale; below 1 Subcube is faster)",
                "font-size=\"15\" font-weight=\"bold\""));
        svg.append(text(10, 42, subtitle, "fill=\"#444\""));
        int plotBottom = TOP + ROW * timings.size();
        for (int decade = (int) lo; decade <= (int) hi; decade++) {
            double x = x(Math.pow(10, decade), lo, hi);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
                    x, TOP - 6, x, plotBottom, decade == 0 ? "#000" : "#ddd"));
            svg.append(text(x - 12, plotBottom + 16, decadeLabel(decade), "fill=\"#444\""));
        }
        int y = TOP;
        for (QueryTiming t : timings) {
            svg.append(text(10, y + BAR - 2, t.query() + " · " + t.form().label(), ""));
            double r = t.ratio();
            if (drawable(r)) {
                double x1 = x(1, lo, hi);
                double x2 = x(r, lo, hi);
                String color = r <= 1 ? "#2e7d32" : "#c62828";
                String opacity = t.form() == Form.PREPARED ? "1" : "0.55";
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\""
                        + " fill-opacity=\"%s\"><title>%s</title></rect>%n", Math.min(x1, x2), y, Math.max(1, Math.abs(x2 - x1)),
                        BAR, color, opacity, escape(String.format(Locale.ROOT, "%s %s: Subcube %.2f ms, DuckDB %.2f ms",
                                t.query(), t.form().label(), t.subcube().median(), t.duckdb().median()))));
            }
            svg.append(text(LABEL_WIDTH + PLOT_WIDTH + 8, y + BAR - 2, drawable(r) ? ratioLabel(r) : "n/a", ""));
            y += ROW;
        }
        svg.append(text(10, plotBottom + 34, "solid: prepared · pale: ad hoc · hover a bar for the times",
                "fill=\"#444\""));
        return svg.append("</svg>\n").toString();
    }

    private static boolean drawable(double ratio) {
        return ratio > 0 && Double.isFinite(ratio);
    }

    private static double x(double ratio, double lo, double hi) {
        return LABEL_WIDTH + (Math.log10(ratio) - lo) / (hi - lo) * PLOT_WIDTH;
    }

    private static String decadeLabel(int decade) {
        return decade >= 0 ? String.valueOf((long) Math.pow(10, decade))
                : java.math.BigDecimal.ONE.movePointLeft(-decade).toPlainString();
    }

    private static String ratioLabel(double r) {
        return ReportTables.ratio(r, 3).toPlainString() + "×";
    }

    private static String text(double x, double y, String content, String attributes) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s>%s</text>%n", x, y, attributes,
                escape(content));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
