package io.wallbreaker.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/teams/{slug}}: the new name and kind, and the version they were read at. */
@Serdeable
record TeamUpdate(
        @Nullable String name,
        @Nullable String kind,
        @Nullable Long version) {}
