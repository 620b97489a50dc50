package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.wallbreaker.audit.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

/**
 * A session JWT is accepted only with every claim the server relies on, of the right type, and
 * only within its validity: subject, roles, user id (sign-out and revocation key on it), the CSRF
 * value, the millisecond issue time and the expiry; {@code nbf} in the future refuses it. This
 * matters after a signing-key leak: a forged token that omits {@code uid} must not escape
 * revocation, and one dated to become valid later must not be honoured early. A small leeway
 * absorbs clock differences between instances.
 */
@Singleton
class SessionClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final Duration LEEWAY = Duration.ofSeconds(60);

    private final Clock clock;

    SessionClaims(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        if (!(claims.get(Claims.SUBJECT) instanceof String subject) || subject.isBlank()) {
            return false;
        }
        if (!(claims.get("roles") instanceof Collection<?> roles) || roles.isEmpty()) {
            return false;
        }
        if (!(claims.get(Actor.ATTR_USER_ID) instanceof Number)
                || !(claims.get(AuthController.CSRF_ATTRIBUTE) instanceof String)
                || !(claims.get(SessionRevocation.ISSUED_AT_MILLIS) instanceof Number issuedAt)) {
            return false;
        }
        Instant now = clock.instant();
        Instant expires = instant(claims.get(Claims.EXPIRATION_TIME));
        if (expires == null || !now.isBefore(expires)) {
            return false;
        }
        Instant notBefore = instant(claims.get(Claims.NOT_BEFORE));
        if (notBefore != null && now.plus(LEEWAY).isBefore(notBefore)) {
            return false;
        }
        return !now.plus(LEEWAY).isBefore(Instant.ofEpochMilli(issuedAt.longValue()));
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
