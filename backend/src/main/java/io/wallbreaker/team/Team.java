package io.wallbreaker.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A team as stored; {@code version} guards concurrent edits. */
@MappedEntity("team")
record Team(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String name,
        TeamKind kind,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    Team withChanges(String newName, TeamKind newKind, long readVersion, Instant now) {
        return new Team(id, slug, newName, newKind, readVersion, createdAt, now);
    }
}
