package io.wallbreaker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Ends sessions before their tokens expire: signing out, or an admin changing a user's role or
 * password, stores "valid after now" for that user, and session tokens issued earlier are refused
 * (401) from then on. The instant lives in the database so every instance honours it; each
 * instance caches it for a few seconds, and forgets its own copy at once when it revokes.
 */
@Singleton
class SessionRevocation implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private static final Duration CACHE_FOR = Duration.ofSeconds(5);
    private static final int MAX_CACHED_USERS = 10_000;
    /** Millisecond issue time set at sign-in; the standard {@code iat} claim has whole seconds only. */
    static final String ISSUED_AT_MILLIS = "issuedAtMs";

    /** What the database said for one user; {@code exists} false for deleted users. */
    private record Known(boolean exists, @Nullable Instant validAfter) {}

    /** Bounded, and each answer kept for a few seconds only: revocation by another instance shows up soon. */
    private final Cache<Long, Known> cache;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    SessionRevocation(JdbcOperations jdbc, TransactionOperations<Connection> tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(MAX_CACHED_USERS)
                .expireAfterWrite(CACHE_FOR)
                .build();
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        if (!(claims.get(Actor.ATTR_USER_ID) instanceof Number uid)) {
            return false; // SessionClaims refuses it too; never let a token without a user escape revocation
        }
        Instant issuedAt = claims.get(ISSUED_AT_MILLIS) instanceof Number millis
                ? Instant.ofEpochMilli(millis.longValue())
                : issuedAt(claims.get(Claims.ISSUED_AT));
        Known known = known(uid.longValue());
        if (!known.exists()) {
            return false;
        }
        return known.validAfter() == null || (issuedAt != null && !issuedAt.isBefore(known.validAfter()));
    }

    /** Invalidates every session token issued to the user until now; the caller holds the transaction. */
    void revoke(long userId) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        SqlQuery.update(jdbc, "UPDATE app_user SET sessions_valid_after = ? WHERE id = ?", List.of(now, userId));
        // Known at once on this instance: a look-up racing this (uncommitted) update cannot re-cache the old
        // value. Should the transaction roll back, the only effect is a few seconds of a stricter rule.
        cache.put(userId, new Known(true, now));
    }

    private Known known(long userId) {
        return cache.get(userId, id -> {
            Optional<Optional<Instant>> row = tx.executeRead(status -> SqlQuery.list(
                            jdbc,
                            "SELECT sessions_valid_after FROM app_user WHERE id = ?",
                            List.of(id),
                            rs -> Optional.ofNullable(SqlQuery.instant(rs, "sessions_valid_after")))
                    .stream()
                    .findFirst());
            return new Known(row.isPresent(), row.flatMap(v -> v).orElse(null));
        });
    }

    private static Instant issuedAt(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
