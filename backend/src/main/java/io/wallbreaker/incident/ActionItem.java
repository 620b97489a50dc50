package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Follow-up work from an incident, owned by a team. */
@MappedEntity("action_item")
record ActionItem(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        String title,
        Long ownerTeamId,
        @Nullable LocalDate dueDate,
        ActionItemStatus status,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {}
