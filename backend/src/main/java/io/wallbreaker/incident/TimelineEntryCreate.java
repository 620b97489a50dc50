package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/incidents/{id}/timeline}. */
@Serdeable
public record TimelineEntryCreate(
        @Nullable String at,
        @Nullable String text,
        @Nullable String kind) {}
