package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Body of {@code PUT /api/shadow-systems/{id}}: the whole create body plus the version it was read at.
 * A missing {@code status} keeps the current one; a missing {@code motivatedBy} means no links.
 */
@Serdeable
record ShadowSystemUpdate(
        @Nullable String name,
        @Nullable String provider,
        @Nullable String url,
        @Nullable String ownerTeam,
        @Nullable String purpose,
        @Nullable String dataClassification,
        @Nullable String firstLiveAt,
        @Nullable String evidence,
        @Nullable String discoveredAt,
        @Nullable String discoveredBy,
        @Nullable String discoveryMethod,
        @Nullable String status,
        @Nullable List<Long> motivatedBy,
        @Nullable Long version) {

    ShadowSystemCreate fields() {
        return new ShadowSystemCreate(
                name,
                provider,
                url,
                ownerTeam,
                purpose,
                dataClassification,
                firstLiveAt,
                evidence,
                discoveredAt,
                discoveredBy,
                discoveryMethod,
                status,
                motivatedBy);
    }
}
