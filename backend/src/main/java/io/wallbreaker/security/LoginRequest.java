package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/auth/login}. */
@Serdeable
record LoginRequest(@Nullable String login, @Nullable String password) {}
