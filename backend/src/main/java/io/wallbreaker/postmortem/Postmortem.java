package io.wallbreaker.postmortem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** The one postmortem of an incident, keyed by the incident's id; Markdown stored as written. */
@MappedEntity("postmortem")
record Postmortem(
        @Id Long incidentId,
        String markdown,
        PostmortemStatus status,
        @Version Long version,
        Instant updatedAt,
        String updatedBy,
        @Nullable Integer findingsAcknowledged,
        @Nullable String findingsAcknowledgedBy,
        @Nullable Instant findingsAcknowledgedAt) {}
