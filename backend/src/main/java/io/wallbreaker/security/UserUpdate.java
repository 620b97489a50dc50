package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT /api/users/{login}}; a blank or missing password leaves it unchanged, a
 * missing {@code active} too. {@code active: false} deactivates: sessions and API tokens end.
 */
@Serdeable
record UserUpdate(
        @NotBlank @Size(max = 200) @Nullable String displayName,
        @Nullable String password,
        @Nullable String role,
        @Nullable List<String> teams,
        @Nullable Long version,
        @Nullable Boolean active) {

    public UserUpdate(
            @Nullable String displayName,
            @Nullable String password,
            @Nullable String role,
            @Nullable List<String> teams,
            @Nullable Long version) {
        this(displayName, password, role, teams, version, null);
    }
}
