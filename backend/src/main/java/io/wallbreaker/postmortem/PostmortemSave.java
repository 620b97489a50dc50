package io.wallbreaker.postmortem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/incidents/{id}/postmortem}; {@code version} is null for the first save. */
@Serdeable
public record PostmortemSave(
        @Nullable String markdown,
        @Nullable String status,
        @Nullable Long version) {}
