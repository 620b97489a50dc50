package io.wallbreaker.metrics;

import java.util.Arrays;

/**
 * A growable list of primitive longs: a million lead times without a million boxes. Percentiles
 * sort the list in place once (later percentiles reuse that order) instead of sorting a copy per
 * call: a pair's p50, p85 and p95 then cost one sort, which matters at a million requests.
 */
final class LongList {

    private long[] values = new long[16];
    private int size;
    private boolean sorted = true;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        sorted = sorted && (size == 0 || values[size - 1] <= v);
        values[size++] = v;
    }

    int size() {
        return size;
    }

    Double percentile(double p) {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        return Percentiles.contSorted(values, size, p);
    }
}
