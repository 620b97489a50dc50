package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/incidents/{id}/action-items}; status defaults to OPEN. */
@Serdeable
public record ActionItemCreate(
        @NotBlank @Size(max = 300) @Nullable String title,
        @NotBlank @Nullable String ownerTeam,
        @Nullable String dueDate,
        @Nullable String status) {}
