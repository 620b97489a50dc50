package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /api/users/{login}}; a blank or missing password leaves it unchanged. */
@Serdeable
record UserUpdate(
        @NotBlank @Size(max = 200) @Nullable String displayName,
        @Nullable String password,
        @Nullable String role,
        @Nullable List<String> teams,
        @Nullable Long version) {}
