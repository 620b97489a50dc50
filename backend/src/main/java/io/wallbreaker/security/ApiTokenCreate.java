package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Body of {@code POST /api/tokens}: a name to recognise the token by and an optional expiry. */
@Serdeable
record ApiTokenCreate(@Nullable String name, @Nullable Instant expiresAt) {}
