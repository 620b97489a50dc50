package io.wallbreaker.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/teams}; checked by {@link TeamService}. */
@Serdeable
record TeamCreate(
        @Nullable String slug,
        @NotBlank @Size(max = 200) @Nullable String name,
        @Nullable String kind) {}
