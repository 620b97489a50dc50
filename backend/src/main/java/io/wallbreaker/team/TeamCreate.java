package io.wallbreaker.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/teams}; checked by {@link TeamService}. */
@Serdeable
record TeamCreate(
        @Nullable String slug,
        @Nullable String name,
        @Nullable String kind) {}
