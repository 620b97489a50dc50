package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Body of {@code POST /api/shadow-systems} and one row of an import. Everything arrives as text and
 * is checked by {@link ShadowRules}, so a bad value yields a 400 naming the field.
 */
@Serdeable
public record ShadowSystemCreate(
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
        @Nullable List<Long> motivatedBy) {}
