package io.wallbreaker.common;

import java.time.Duration;
import java.time.Instant;

/**
 * The one rounding rule for durations the product shows (docs/METRICS.md "Time, precision and
 * rounding"): every span is computed exactly and rounded once, at the end, to whole seconds, half
 * up. Two parts that must add up to a rounded whole are rounded together ({@link #split}), so an
 * identity such as "waiting on responder + waiting on requester = lead time" holds exactly.
 */
public final class Durations {

    private static final long MILLIS_PER_SECOND = 1000;

    private Durations() {}

    /** The span from {@code from} to {@code to} in whole seconds, or null when either is missing. */
    public static Long between(Instant from, Instant to) {
        return from == null || to == null ? null : seconds(Duration.between(from, to));
    }

    /** {@code d} in whole seconds, half up (1.5 s → 2 s, 1.499 s → 1 s); negative spans round symmetrically. */
    public static long seconds(Duration d) {
        long millis = d.toMillis();
        return millis >= 0
                ? (millis + MILLIS_PER_SECOND / 2) / MILLIS_PER_SECOND
                : -((-millis + MILLIS_PER_SECOND / 2) / MILLIS_PER_SECOND);
    }

    /**
     * Two non-negative parts in whole seconds that add up to {@code seconds(a + b)} exactly, each
     * within one second of its exact value (largest remainder: both are rounded down, and the
     * seconds still missing go to the part with the larger remainder; on a tie, to {@code a}).
     */
    public static long[] split(Duration a, Duration b) {
        long am = a.toMillis();
        long bm = b.toMillis();
        long total = seconds(Duration.ofMillis(am + bm));
        long as = am / MILLIS_PER_SECOND;
        long bs = bm / MILLIS_PER_SECOND;
        long missing = total - as - bs;
        if (missing >= 2) {
            return new long[] {as + 1, bs + 1};
        }
        if (missing == 1) {
            return am % MILLIS_PER_SECOND >= bm % MILLIS_PER_SECOND ? new long[] {as + 1, bs} : new long[] {as, bs + 1};
        }
        return new long[] {as, bs};
    }

    /** The exact ratio of two spans, or null when the whole is empty. */
    public static Double ratio(Duration part, Duration whole) {
        return whole.isZero() || whole.isNegative() ? null : (double) part.toMillis() / whole.toMillis();
    }
}
