package io.wallbreaker.metrics;

import java.util.Arrays;

/** A growable list of primitive longs: a million lead times without a million boxes. */
final class LongList {

    private long[] values = new long[16];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    Double percentile(double p) {
        return Percentiles.cont(values, size, p);
    }
}
