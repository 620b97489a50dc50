package io.wallbreaker.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;

/**
 * The HMAC key that signs session JWTs. From {@code WALLBREAKER_SECRET} when set; otherwise
 * generated once and stored in the database, so every instance on the same database signs and
 * accepts the same tokens — there is no hard-coded default.
 */
@Factory
class SigningKeyFactory {

    static final String SECRET_NAME = "jwt-signing-key";
    static final int MIN_SECRET_LENGTH = 32;

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(
            @Value("${wallbreaker.secret:}") @Nullable String configured,
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            Clock clock) {
        String secret = configured == null || configured.isBlank() ? stored(jdbc, tx, clock) : configured;
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(
                    "WALLBREAKER_SECRET must be at least " + MIN_SECRET_LENGTH + " characters long");
        }
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        config.setSecret(secret);
        return new SecretSignature(config);
    }

    private static String stored(JdbcOperations jdbc, TransactionOperations<Connection> tx, Clock clock) {
        String existing = tx.executeRead(status -> read(jdbc));
        if (existing != null) {
            return existing;
        }
        byte[] key = new byte[48];
        new SecureRandom().nextBytes(key);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        try {
            tx.executeWrite(status ->
                    jdbc.prepareStatement("INSERT INTO app_secret (name, secret, created_at) VALUES (?, ?, ?)", ps -> {
                        ps.setString(1, SECRET_NAME);
                        ps.setString(2, generated);
                        ps.setTimestamp(3, Timestamp.from(clock.instant()));
                        return ps.executeUpdate();
                    }));
        } catch (RuntimeException raceLost) {
            // Another instance started at the same moment and stored its key first: use that one.
        }
        String winner = tx.executeRead(status -> read(jdbc));
        if (winner == null) {
            throw new IllegalStateException("could not store the generated signing key");
        }
        return winner;
    }

    private static String read(JdbcOperations jdbc) {
        return jdbc.prepareStatement("SELECT secret FROM app_secret WHERE name = ?", ps -> {
            ps.setString(1, SECRET_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
