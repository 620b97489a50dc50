package io.wallbreaker.metrics;

import java.util.Arrays;

/**
 * Continuous percentiles with linear interpolation between the closest ranks — the same
 * definition as SQL's {@code PERCENTILE_CONT} — so figures agree with a hand computation or a
 * database query to the second.
 */
public final class Percentiles {

    private Percentiles() {}

    /** The {@code p}-th (0..1) percentile of {@code values}, or null when there are none. Sorts a copy. */
    public static Double cont(long[] values, int count, double p) {
        if (count == 0) {
            return null;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return contSorted(sorted, p);
    }

    public static Double cont(double[] values, int count, double p) {
        if (count == 0) {
            return null;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        double rank = p * (count - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    static Double contSorted(long[] sorted, double p) {
        return contSorted(sorted, sorted.length, p);
    }

    /** The percentile of the first {@code n} values of {@code sorted}, which must be in ascending order. */
    static Double contSorted(long[] sorted, int n, double p) {
        if (n == 0) {
            return null;
        }
        double rank = p * (n - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
}
