package io.wallbreaker.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/teams/{slug}}: the new name and kind, and the version they were read at. */
@Serdeable
record TeamUpdate(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Nullable String kind,
        @Nullable Long version) {}
