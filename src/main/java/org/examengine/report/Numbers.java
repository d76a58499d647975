package org.examengine.report;

/** Statistics as the report writes them: fixed decimals, and words where a value could not be computed. */
final class Numbers {

    /** Shown for a statistic that cannot be computed (too few candidates, no spread). */
    static final String NONE = "not computable";

    private Numbers() {
    }

    static String or(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? NONE : Html.fixed(value, decimals);
    }

    /** For a table cell: "n/a" where a value could not be computed (the section's text says why). */
    static String cell(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : Html.fixed(value, decimals);
    }

    static String percent(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? NONE : Html.fixed(value, decimals) + " %";
    }
}
