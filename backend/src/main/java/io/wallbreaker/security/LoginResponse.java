package io.wallbreaker.security;

import io.micronaut.serde.annotation.Serdeable;

/** A successful sign-in: the bearer token for API clients (browsers use the cookie set alongside). */
@Serdeable
record LoginResponse(String accessToken, String tokenType, long expiresIn, Me user) {}
