package org.examengine.report;

/** A value axis from 0 with round tick steps (1, 2 or 5 times a power of ten), at most about six ticks. */
record Axis(double max, double step) {

    /** The axis that holds {@code highest}, ending on a tick; at least one step long. */
    static Axis upTo(double highest) {
        double top = highest > 0 ? highest : 1;
        double raw = top / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * power;
            if (step >= raw) {
                break;
            }
        }
        if (step < 1 && highest == Math.rint(highest)) {
            step = 1; // counts: whole ticks only
        }
        return new Axis(Math.ceil(top / step - 1e-9) * step, step);
    }

    /** An axis with a fixed end (100 for percent) and the step given. */
    static Axis fixed(double max, double step) {
        return new Axis(max, step);
    }

    int ticks() {
        return (int) Math.round(max / step) + 1;
    }

    double tick(int i) {
        return i * step;
    }

    /** The tick written without a needless ".0". */
    static String label(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Html.fixed(v, 1);
    }
}
