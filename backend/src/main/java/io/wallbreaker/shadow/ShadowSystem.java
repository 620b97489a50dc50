package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A shadow system as stored: its {@link ShadowDetails}, where it stands, and the bookkeeping.
 * {@code version} guards concurrent edits (the repository's UPDATE checks it); {@code identityKey}
 * backs import identity with a unique index.
 */
@MappedEntity("shadow_system")
record ShadowSystem(
        @Id @GeneratedValue @Nullable Long id,
        @Relation(Relation.Kind.EMBEDDED) ShadowDetails details,
        ShadowStatus status,
        String identityKey,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A new system, not yet stored. */
    static ShadowSystem create(ShadowDetails details, ShadowStatus status, Instant now) {
        return new ShadowSystem(null, details, status, details.identityKey(), 0L, now, now);
    }

    /** This system with new details and status, as of the {@code readVersion} the editor saw. */
    ShadowSystem changed(ShadowDetails newDetails, ShadowStatus newStatus, long readVersion, Instant now) {
        return new ShadowSystem(id, newDetails, newStatus, newDetails.identityKey(), readVersion, createdAt, now);
    }

    /** True when everything a person or scan controls is equal (ids, version and timestamps aside). */
    boolean sameContent(ShadowSystem other) {
        return details.equals(other.details) && status == other.status;
    }
}
