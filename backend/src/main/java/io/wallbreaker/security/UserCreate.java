package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Body of {@code POST /api/users}. */
@Serdeable
record UserCreate(
        @Nullable String login,
        @Nullable String displayName,
        @Nullable String password,
        @Nullable String role,
        @Nullable List<String> teams) {}
