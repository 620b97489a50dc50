package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A shadow system as stored; {@code version} guards concurrent edits, {@code identityKey} backs import identity. */
@MappedEntity("shadow_system")
record ShadowSystem(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String provider,
        @Nullable String url,
        Long ownerTeamId,
        @Nullable String purpose,
        DataClassification dataClassification,
        Instant firstLiveAt,
        @Nullable String evidence,
        Instant discoveredAt,
        Long discoveredByTeamId,
        DiscoveryMethod discoveryMethod,
        ShadowStatus status,
        String identityKey,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    ShadowSystem withId(long newId) {
        return new ShadowSystem(
                newId,
                name,
                provider,
                url,
                ownerTeamId,
                purpose,
                dataClassification,
                firstLiveAt,
                evidence,
                discoveredAt,
                discoveredByTeamId,
                discoveryMethod,
                status,
                identityKey,
                version,
                createdAt,
                updatedAt);
    }

    /** True when every field a person or scan controls is equal (ids, version and timestamps aside). */
    boolean sameContent(ShadowSystem other) {
        return name.equals(other.name)
                && provider.equals(other.provider)
                && java.util.Objects.equals(url, other.url)
                && ownerTeamId.equals(other.ownerTeamId)
                && java.util.Objects.equals(purpose, other.purpose)
                && dataClassification == other.dataClassification
                && firstLiveAt.equals(other.firstLiveAt)
                && java.util.Objects.equals(evidence, other.evidence)
                && discoveredAt.equals(other.discoveredAt)
                && discoveredByTeamId.equals(other.discoveredByTeamId)
                && discoveryMethod == other.discoveryMethod
                && status == other.status;
    }
}
