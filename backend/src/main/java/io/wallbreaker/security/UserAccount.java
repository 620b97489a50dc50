package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A person who signs in. The password hash never leaves this class's package. */
@MappedEntity("app_user")
record UserAccount(
        @Id @GeneratedValue @Nullable Long id,
        String login,
        String displayName,
        String passwordHash,
        Role role,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        boolean active) {}
