package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** An action item as the API shows it; {@code overdue} is OPEN with a due date before today (UTC). */
@Serdeable
public record ActionItemView(
        long id,
        long incidentId,
        String incidentKey,
        String title,
        String ownerTeam,
        @Nullable LocalDate dueDate,
        ActionItemStatus status,
        boolean overdue,
        long version) {}
