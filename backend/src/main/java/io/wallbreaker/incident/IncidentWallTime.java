package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Wall time of an incident (DOMAIN.md "Wall time of an incident"): how long linked cross-team
 * requests were open within {@code [detectedAt, resolvedAt]}. Defined here so incidents need not
 * know about requests; the requests feature provides the real implementation.
 */
public interface IncidentWallTime {

    WallTime of(long incidentId, Instant detectedAt, @Nullable Instant resolvedAt);

    /** Seconds of wall time and their share of the incident's duration. */
    record WallTime(long wallTimeSeconds, double wallShare) {}
}
