package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The signed-in user. {@code csrfToken} is the value a browser must echo in the
 * {@code X-CSRF-TOKEN} header on writes; it is null for API-token callers, who need none.
 */
@Serdeable
public record Me(
        String login,
        String displayName,
        Role role,
        List<String> teams,
        @Nullable String csrfToken) {}
