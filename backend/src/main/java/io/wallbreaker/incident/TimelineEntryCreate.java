package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/incidents/{id}/timeline}. */
@Serdeable
public record TimelineEntryCreate(
        @Nullable String at,
        @NotBlank @Size(max = 4000) @Nullable String text,
        @Nullable String kind) {}
