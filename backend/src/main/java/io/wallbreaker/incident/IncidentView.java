package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An incident as the API shows it, with its derived durations and wall time. */
@Serdeable
public record IncidentView(
        long id,
        String key,
        String title,
        Severity severity,
        IncidentStatus status,
        Instant startedAt,
        Instant detectedAt,
        @Nullable Instant rootCauseAt,
        @Nullable Instant mitigatedAt,
        @Nullable Instant resolvedAt,
        List<String> teams,
        List<String> services,
        List<String> tags,
        List<String> contributingFactors,
        @Nullable String summary,
        @Nullable String postmortemStatus,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Long timeToDetectSeconds,
        @Nullable Long timeToRootCauseSeconds,
        @Nullable Long timeToResolveSeconds,
        long wallTimeSeconds,
        double wallShare) {

    /** The human key shown next to the id. */
    public static String key(long id) {
        return "INC-" + id;
    }
}
