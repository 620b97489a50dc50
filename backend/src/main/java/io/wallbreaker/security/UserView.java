package io.wallbreaker.security;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A user as the API shows it; there is no password field to leak. A deactivated user cannot sign in. */
@Serdeable
public record UserView(
        String login,
        String displayName,
        Role role,
        List<String> teams,
        long version,
        Instant createdAt,
        boolean active) {}
