package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What the people writing a retrospective say about an incident, checked by
 * {@link IncidentService}: one value for the stored row (embedded, same columns), the checked body
 * and the API view (flat in JSON), instead of the same nine fields typed three times.
 */
@Embeddable
@Serdeable
public record IncidentFacts(
        @MappedProperty("title") String title,
        @MappedProperty("severity") Severity severity,
        @MappedProperty("status") IncidentStatus status,
        @MappedProperty("started_at") Instant startedAt,
        @MappedProperty("detected_at") Instant detectedAt,
        @MappedProperty("root_cause_at") @Nullable Instant rootCauseAt,
        @MappedProperty("mitigated_at") @Nullable Instant mitigatedAt,
        @MappedProperty("resolved_at") @Nullable Instant resolvedAt,
        @MappedProperty("summary") @Nullable String summary) {}
