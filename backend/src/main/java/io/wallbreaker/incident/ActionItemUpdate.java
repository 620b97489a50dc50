package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/incidents/{id}/action-items/{itemId}}: the create fields plus the version read. */
@Serdeable
public record ActionItemUpdate(
        @Nullable String title,
        @Nullable String ownerTeam,
        @Nullable String dueDate,
        @Nullable String status,
        @Nullable Long version) {}
