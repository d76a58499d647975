package org.examengine.report;

import java.util.Locale;

/**
 * How the reports write numbers: a fixed number of decimals with a point whatever the locale, and an en dash
 * for a value that could not be computed (NaN), so every table reads the same.
 */
public final class Figures {

    /** Written for a statistic that has no value (too few candidates, no spread). */
    public static final String NONE = "\u2013";

    private Figures() {
    }

    /** {@code value} to {@code decimals} places, or {@link #NONE}. */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0\\.?0*") ? text.substring(1) : text;
    }

    /** A percentage to one decimal, without the sign: {@code 57.7}. */
    public static String percent(double value) {
        return fixed(value, 1);
    }

    /** {@code value} to two places, for coefficients (skewness, kappa). */
    public static String coefficient(double value) {
        return fixed(value, 2);
    }
}
