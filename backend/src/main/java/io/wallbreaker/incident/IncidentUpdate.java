package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Body of {@code PUT /api/incidents/{id}}: the create fields plus the version they were read at. */
@Serdeable
public record IncidentUpdate(
        @Nullable String title,
        @Nullable String severity,
        @Nullable String status,
        @Nullable String startedAt,
        @Nullable String detectedAt,
        @Nullable String rootCauseAt,
        @Nullable String mitigatedAt,
        @Nullable String resolvedAt,
        @Nullable List<String> teams,
        @Nullable List<String> services,
        @Nullable List<String> tags,
        @Nullable List<String> contributingFactors,
        @Nullable String summary,
        @Nullable Long version) {

    IncidentCreate fields() {
        return new IncidentCreate(
                title,
                severity,
                status,
                startedAt,
                detectedAt,
                rootCauseAt,
                mitigatedAt,
                resolvedAt,
                teams,
                services,
                tags,
                contributingFactors,
                summary);
    }
}
