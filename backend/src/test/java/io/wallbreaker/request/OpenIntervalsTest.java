package io.wallbreaker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wallbreaker.common.Intervals;
import io.wallbreaker.common.Intervals.Interval;
import io.wallbreaker.incident.IncidentWallTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenIntervalsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final long DAY = 86_400;

    private static Instant day(long d) {
        return T0.plusSeconds(d * DAY);
    }

    @Test
    void shouldSplitSpansAtClosesAndReopens() {
        List<Interval> spans = OpenIntervals.of(
                List.of(EventType.OPENED, EventType.NEEDS_INFO, EventType.DECLINED, EventType.REOPENED),
                List.of(day(0), day(1), day(2), day(5)));
        assertEquals(List.of(new Interval(day(0), day(2)), new Interval(day(5), null)), spans);
    }

    @Test
    void shouldMeasureTheUnionClippedToTheWindow() {
        // Two overlapping requests (days 2–10 and 8–25) and one outside (days 40–41), window days 1–30.
        List<Interval> spans =
                List.of(new Interval(day(2), day(10)), new Interval(day(8), day(25)), new Interval(day(40), day(41)));
        assertEquals(Duration.ofDays(23), Intervals.union(spans, day(1), day(30)));
        // Clipping at the start and an open-ended request running to the window's end.
        assertEquals(
                Duration.ofDays(4),
                Intervals.union(List.of(new Interval(day(0), day(3)), new Interval(day(28), null)), day(1), day(30)));
        assertEquals(Duration.ZERO, Intervals.union(List.of(), day(1), day(30)));
    }

    @Test
    void shouldSumSubSecondSpansExactlyAndRoundTheWallTimeOnce() {
        // Three requests of 0.9 s each, one after another: 2.7 s of wall time, not 3 × 0 s.
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<Interval> linked = List.of(
                new Interval(t.plusMillis(100), t.plusMillis(1000)),
                new Interval(t.plusMillis(2000), t.plusMillis(2900)),
                new Interval(t.plusMillis(4000), t.plusMillis(4900)));
        IncidentWallTime.WallTime wall = IncidentWallTime.WallTime.of(
                new IncidentWallTime.Span(1, t, t.plusSeconds(10)), linked, t.plusSeconds(60));
        assertEquals(3, wall.wallTimeSeconds());
        assertEquals(0.27, wall.wallShare(), 1e-12, "the exact ratio, 2.7 s of 10 s");
        assertEquals(true, wall.linked());
        assertEquals(
                IncidentWallTime.WallTime.NONE,
                IncidentWallTime.WallTime.of(new IncidentWallTime.Span(2, t, null), List.of(), t.plusSeconds(60)));
    }
}
