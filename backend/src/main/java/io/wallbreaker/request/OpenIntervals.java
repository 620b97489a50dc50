package io.wallbreaker.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Interval arithmetic for wall time: when requests were open, and the length of their union within a window. */
public final class OpenIntervals {

    /** {@code [from, to)}; {@code to} null means still open. */
    public record Interval(Instant from, Instant to) {}

    private OpenIntervals() {}

    /**
     * The spans during which one request was open, from its events in order: opened (or reopened)
     * until the next close, the last span running on while the request is open.
     */
    public static List<Interval> of(List<EventType> types, List<Instant> times) {
        List<Interval> spans = new ArrayList<>();
        Instant openSince = null;
        for (int i = 0; i < types.size(); i++) {
            EventType type = types.get(i);
            Instant at = times.get(i);
            if (type == EventType.OPENED || type == EventType.REOPENED) {
                if (openSince == null) {
                    openSince = at;
                }
            } else if (type == EventType.FULFILLED || type == EventType.DECLINED || type == EventType.WITHDRAWN) {
                if (openSince != null) {
                    spans.add(new Interval(openSince, at));
                    openSince = null;
                }
            }
        }
        if (openSince != null) {
            spans.add(new Interval(openSince, null));
        }
        return spans;
    }

    /** Seconds covered by the union of {@code intervals} clipped to {@code [from, to]}; open ends run to {@code to}. */
    public static long unionSeconds(List<Interval> intervals, Instant from, Instant to) {
        List<Interval> clipped = new ArrayList<>();
        for (Interval i : intervals) {
            Instant start = i.from().isBefore(from) ? from : i.from();
            Instant end = i.to() == null || i.to().isAfter(to) ? to : i.to();
            if (end.isAfter(start)) {
                clipped.add(new Interval(start, end));
            }
        }
        clipped.sort(Comparator.comparing(Interval::from));
        long total = 0;
        Instant runStart = null;
        Instant runEnd = null;
        for (Interval i : clipped) {
            if (runEnd == null || i.from().isAfter(runEnd)) {
                if (runEnd != null) {
                    total += Duration.between(runStart, runEnd).getSeconds();
                }
                runStart = i.from();
                runEnd = i.to();
            } else if (i.to().isAfter(runEnd)) {
                runEnd = i.to();
            }
        }
        if (runEnd != null) {
            total += Duration.between(runStart, runEnd).getSeconds();
        }
        return total;
    }
}
