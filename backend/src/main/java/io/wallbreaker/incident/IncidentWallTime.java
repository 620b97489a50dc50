package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.common.Durations;
import io.wallbreaker.common.Intervals;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Wall time of incidents (docs/METRICS.md "Wall time of an incident"): how long linked
 * cross-team requests were open within {@code [detectedAt, resolvedAt]} (to now while unresolved).
 * Defined here so incidents need not know about requests; the requests feature supplies the
 * linked requests' open spans, for a whole set of incidents at once. {@link WallTime#of} is the
 * one computation the incident list, the incident page and the metrics all use.
 */
public interface IncidentWallTime {

    /** The wall time of each incident, as of now; one look-up for the whole set, never one per incident. */
    Map<Long, WallTime> of(Collection<Span> incidents);

    /** What the computation needs of an incident. */
    record Span(
            long incidentId, Instant detectedAt, @Nullable Instant resolvedAt) {}

    /** Seconds of wall time (exact union, rounded once), their exact share of the incident, and whether any request is linked. */
    record WallTime(long wallTimeSeconds, double wallShare, boolean linked) {

        public static final WallTime NONE = new WallTime(0, 0.0, false);

        /** The wall time of {@code incident} given its linked requests' open spans (null or empty: none linked). */
        public static WallTime of(Span incident, @Nullable List<Intervals.Interval> linked, Instant now) {
            if (linked == null || linked.isEmpty()) {
                return NONE;
            }
            Instant end = incident.resolvedAt() != null ? incident.resolvedAt() : now;
            Duration span = Duration.between(incident.detectedAt(), end);
            if (span.toMillis() <= 0) {
                return new WallTime(0, 0.0, true);
            }
            Duration wall = Intervals.union(linked, incident.detectedAt(), end);
            return new WallTime(Durations.seconds(wall), (double) wall.toMillis() / span.toMillis(), true);
        }
    }
}
