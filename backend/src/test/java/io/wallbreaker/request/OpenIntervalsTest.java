package io.wallbreaker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wallbreaker.request.OpenIntervals.Interval;
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
        assertEquals(23 * DAY, OpenIntervals.unionSeconds(spans, day(1), day(30)));
        // Clipping at the start and an open-ended request running to the window's end.
        assertEquals(
                4 * DAY,
                OpenIntervals.unionSeconds(
                        List.of(new Interval(day(0), day(3)), new Interval(day(28), null)), day(1), day(30)));
        assertEquals(0, OpenIntervals.unionSeconds(List.of(), day(1), day(30)));
    }
}
