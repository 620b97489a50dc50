package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** An incident's own columns; its teams, services, tags and factors live in child tables. */
@MappedEntity("incident")
record Incident(
        @Id @GeneratedValue @Nullable Long id,
        @Relation(Relation.Kind.EMBEDDED) IncidentFacts facts,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {}
