package io.wallbreaker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An audit entry as the API shows it; {@code parentType}/{@code parentId} name the record a child
 * record belongs to (an incident for its timeline entries, action items and postmortem).
 */
@Serdeable
public record AuditView(
        long id,
        Instant at,
        String actor,
        String actorKind,
        String action,
        String entityType,
        @Nullable String entityId,
        List<Change> changes,
        @Nullable String parentType,
        @Nullable String parentId) {}
