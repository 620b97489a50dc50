package io.wallbreaker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One appended audit row; {@code changes} is a JSON array of {field, oldValue, newValue}. */
@MappedEntity("audit_entry")
record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        String actor,
        String actorKind,
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable String changes,
        @Nullable String parentType,
        @Nullable String parentId) {}
