package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** One moment on an incident's timeline; corrections and removals are audited and version-checked. */
@MappedEntity("timeline_entry")
record TimelineEntry(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        Instant at,
        @MappedProperty("entry_text") String text,
        TimelineKind kind,
        String recordedBy,
        Instant createdAt,
        @Version Long version) {}
