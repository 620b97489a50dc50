package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of {@code POST /api/tokens}: a name to recognise the token by and an optional expiry. */
@Serdeable
record ApiTokenCreate(
        @NotBlank @Size(max = 100) @Nullable String name,
        @Nullable Instant expiresAt) {}
