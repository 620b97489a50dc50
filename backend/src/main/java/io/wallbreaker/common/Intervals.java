package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Interval arithmetic on instants, exact to the millisecond: how long a set of spans covers within a window. */
public final class Intervals {

    /** {@code [from, to)}; {@code to} null means still running. */
    public record Interval(Instant from, @Nullable Instant to) {}

    private Intervals() {}

    /** The exact length of the union of {@code intervals} clipped to {@code [from, to]}; running ends stop at {@code to}. */
    public static Duration union(Collection<Interval> intervals, Instant from, Instant to) {
        List<Interval> clipped = new ArrayList<>();
        for (Interval i : intervals) {
            Instant start = i.from().isBefore(from) ? from : i.from();
            Instant end = i.to() == null || i.to().isAfter(to) ? to : i.to();
            if (end.isAfter(start)) {
                clipped.add(new Interval(start, end));
            }
        }
        clipped.sort(Comparator.comparing(Interval::from));
        Duration total = Duration.ZERO;
        Instant runStart = null;
        Instant runEnd = null;
        for (Interval i : clipped) {
            if (runEnd == null || i.from().isAfter(runEnd)) {
                if (runEnd != null) {
                    total = total.plus(Duration.between(runStart, runEnd));
                }
                runStart = i.from();
                runEnd = i.to();
            } else if (i.to().isAfter(runEnd)) {
                runEnd = i.to();
            }
        }
        if (runEnd != null) {
            total = total.plus(Duration.between(runStart, runEnd));
        }
        return total;
    }
}
