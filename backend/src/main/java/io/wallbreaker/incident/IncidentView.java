package io.wallbreaker.incident;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An incident as the API shows it (its facts flat in JSON), with its derived durations and wall time. */
@Serdeable
public record IncidentView(
        long id,
        String key,
        @JsonUnwrapped IncidentFacts facts,
        List<String> teams,
        List<String> services,
        List<String> tags,
        List<String> contributingFactors,
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
