package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/incidents/{id}/timeline/{entryId}}: the whole entry and the version it was read at. */
@Serdeable
public record TimelineEntryUpdate(
        @Nullable String at,
        @NotBlank @Size(max = 4000) @Nullable String text,
        @Nullable String kind,
        @Nullable Long version) {}
