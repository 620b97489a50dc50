package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/incidents/{id}/action-items}; status defaults to OPEN. */
@Serdeable
public record ActionItemCreate(
        @Nullable String title,
        @Nullable String ownerTeam,
        @Nullable String dueDate,
        @Nullable String status) {}
