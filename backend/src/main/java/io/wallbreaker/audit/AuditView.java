package io.wallbreaker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An audit entry as the API shows it. */
@Serdeable
public record AuditView(
        long id,
        Instant at,
        String actor,
        String actorKind,
        String action,
        String entityType,
        @Nullable String entityId,
        List<Change> changes) {}
