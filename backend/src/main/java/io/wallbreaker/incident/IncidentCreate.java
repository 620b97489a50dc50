package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/incidents}. Timestamps and enums arrive as text and are checked by
 * {@link IncidentService}, so a bad value is a 400 naming the field.
 */
@Serdeable
public record IncidentCreate(
        @NotBlank @Size(max = 300) @Nullable String title,
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
        @Size(max = 20_000) @Nullable String summary) {}
