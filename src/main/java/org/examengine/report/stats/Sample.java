package org.examengine.report.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of a list of numbers, as Moodle's quiz statistics compute them: variances and
 * covariances divide by n - 1 (the sample estimate), skewness and kurtosis are the k-statistic ratios
 * k3 / k2^(3/2) and k4 / k2^2 (excess kurtosis, 0 for a normal distribution). A value that needs more
 * numbers than there are, or divides by no spread, is {@link Double#NaN}.
 */
final class Sample {

    private Sample() {
    }

    static double mean(double[] x) {
        return x.length == 0 ? Double.NaN : Arrays.stream(x).sum() / x.length;
    }

    /** The middle value; for an even count, the mean of the two middle values. */
    static double median(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Sum of (x - mean)^power. */
    static double centralSum(double[] x, int power) {
        double mean = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += Math.pow(v - mean, power);
        }
        return sum;
    }

    /** Sample variance: sum of squared deviations / (n - 1). */
    static double variance(double[] x) {
        return x.length < 2 ? Double.NaN : centralSum(x, 2) / (x.length - 1);
    }

    /** Sample covariance: sum of (x - mean x)(y - mean y) / (n - 1). */
    static double covariance(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
        }
        if (x.length < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }

    /** The largest covariance x and y could have with the same values: both sorted ascending, then paired. */
    static double maximumCovariance(double[] x, double[] y) {
        double[] xs = x.clone();
        double[] ys = y.clone();
        Arrays.sort(xs);
        Arrays.sort(ys);
        return covariance(xs, ys);
    }

    /** Pearson's product-moment correlation; NaN when either has no spread. */
    static double correlation(double[] x, double[] y) {
        double product = variance(x) * variance(y);
        return product > 0 ? covariance(x, y) / Math.sqrt(product) : Double.NaN;
    }

    /** k3 / k2^(3/2), with k2 = n m2 / (n - 1), k3 = n^2 m3 / ((n - 1)(n - 2)); needs 3 values and some spread. */
    static double skewness(double[] x) {
        int n = x.length;
        if (n < 3) {
            return Double.NaN;
        }
        double m2 = centralSum(x, 2) / n;
        double m3 = centralSum(x, 3) / n;
        double k2 = n * m2 / (n - 1);
        double k3 = (double) n * n * m3 / ((n - 1.0) * (n - 2.0));
        return k2 > 0 ? k3 / Math.pow(k2, 1.5) : Double.NaN;
    }

    /** k4 / k2^2, with k4 = n^2 ((n + 1) m4 - 3 (n - 1) m2^2) / ((n - 1)(n - 2)(n - 3)); needs 4 values and spread. */
    static double kurtosis(double[] x) {
        int n = x.length;
        if (n < 4) {
            return Double.NaN;
        }
        double m2 = centralSum(x, 2) / n;
        double m4 = centralSum(x, 4) / n;
        double k2 = n * m2 / (n - 1);
        double k4 = (double) n * n * ((n + 1) * m4 - 3.0 * (n - 1) * m2 * m2) / ((n - 1.0) * (n - 2.0) * (n - 3.0));
        return k2 > 0 ? k4 / (k2 * k2) : Double.NaN;
    }
}
