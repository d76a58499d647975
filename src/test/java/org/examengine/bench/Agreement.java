package org.examengine.bench;

import java.util.List;

/**
 * How closely two markers agree on the same answers: exact agreement and quadratic weighted kappa (QWK),
 * Cohen's kappa with weights (i - j)^2, as the ASAP competition scored it. With squared differences of the
 * marks as weights, the expected disagreement needs only sums of the marks, so no confusion matrix is built
 * and half marks need no special case.
 */
public record Agreement(int answers, double exact, double qwk) {

    /** A pair of marks for one answer. */
    public record Pair(double first, double second) {
    }

    public static Agreement of(List<Pair> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return new Agreement(0, Double.NaN, Double.NaN);
        }
        double same = 0;
        double observed = 0;
        double sumA = 0;
        double sumB = 0;
        double sumA2 = 0;
        double sumB2 = 0;
        for (Pair p : pairs) {
            double d = p.first() - p.second();
            same += d == 0 ? 1 : 0;
            observed += d * d;
            sumA += p.first();
            sumB += p.second();
            sumA2 += p.first() * p.first();
            sumB2 += p.second() * p.second();
        }
        // sum over every (i, j) of (a_i - b_j)^2, divided by n: the disagreement expected by chance
        double expected = (n * sumA2 + n * sumB2 - 2 * sumA * sumB) / n;
        double qwk = expected == 0 ? (observed == 0 ? 1 : 0) : 1 - observed / expected;
        return new Agreement(n, same / n, qwk);
    }

    /** The mean of kappas on Fisher's z scale, kappas clipped to 0.999 as the ASAP competition did. */
    public static double fisherMean(List<Double> kappas) {
        double z = 0;
        for (double k : kappas) {
            double clipped = Math.max(-0.999, Math.min(0.999, k));
            z += 0.5 * Math.log((1 + clipped) / (1 - clipped));
        }
        return Math.tanh(z / kappas.size());
    }
}
