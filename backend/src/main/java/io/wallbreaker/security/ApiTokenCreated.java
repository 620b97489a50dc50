package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A new token: the only response that ever contains the secret. */
@Serdeable
record ApiTokenCreated(
        long id,
        String name,
        String token,
        Instant createdAt,
        @Nullable Instant expiresAt) {}
