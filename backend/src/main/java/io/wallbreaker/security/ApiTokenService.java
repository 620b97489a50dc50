package io.wallbreaker.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Constraints;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.Validator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens for scripts. The secret is 32 random bytes shown once; only its SHA-256 is
 * stored (a fast hash is right here: the secret has full entropy, unlike a password).
 */
@Singleton
class ApiTokenService {

    static final String PREFIX = "wbt_";
    private static final AuditedType ENTITY = AuditedType.API_TOKEN;
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Constraints constraints;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcOperations jdbc, AuditLog audit, Constraints constraints, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.constraints = constraints;
        this.clock = clock;
    }

    /** The owner a valid token acts for. */
    record TokenOwner(long tokenId, String tokenName, long userId, String login, Role role) {}

    @Transactional
    ApiTokenCreated create(long userId, ApiTokenCreate body, Actor actor) {
        Validator v = new Validator();
        constraints.check(v, body, "");
        Instant now = clock.instant();
        if (body.expiresAt() != null && !body.expiresAt().isAfter(now)) {
            v.add("expiresAt", "must be in the future");
        }
        v.throwIfInvalid();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String name = body.name().trim();
        long id = SqlQuery.insert(
                jdbc,
                "INSERT INTO api_token (user_id, name, token_hash, created_at, expires_at) " + "VALUES (?, ?, ?, ?, ?)",
                SqlQuery.params(userId, name, sha256(secret), now, body.expiresAt()));
        audit.append(actor, "CREATE", ENTITY, id, List.of(new Change("name", null, name)));
        return new ApiTokenCreated(id, name, secret, now, body.expiresAt());
    }

    /** What the token list sorts by; newest first by default. */
    static final Sorting.Fields SORT = Sorting.Fields.tieBreak("id")
            .text("name", "name")
            .add("createdAt", "created_at")
            .add("lastUsedAt", "last_used_at")
            .add("expiresAt", "expires_at")
            .byDefault("createdAt,desc");

    /** One page of the user's tokens that are not revoked. */
    @Transactional(readOnly = true)
    PageOf<ApiTokenView> list(long userId, Paging paging) {
        return new SqlQuery("id, name, created_at, expires_at, last_used_at", "api_token")
                .where("user_id = ?", userId)
                .where("revoked_at IS NULL")
                .page(
                        jdbc,
                        paging,
                        rs -> new ApiTokenView(
                                rs.getLong("id"),
                                rs.getString("name"),
                                SqlQuery.instant(rs, "created_at"),
                                SqlQuery.instant(rs, "expires_at"),
                                SqlQuery.instant(rs, "last_used_at")));
    }

    @Transactional
    void revoke(long userId, long tokenId, Actor actor) {
        int changed = SqlQuery.update(
                jdbc,
                "UPDATE api_token SET revoked_at = ? " + "WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
                List.of(clock.instant(), tokenId, userId));
        if (changed == 0) {
            throw ApiException.notFound("Token " + tokenId);
        }
        audit.append(actor, "DELETE", ENTITY, tokenId, List.of(new Change("revoked", "false", "true")));
    }

    /** The owner of a live token, recording its use (at most once a minute, to spare the database). */
    @Transactional
    Optional<TokenOwner> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Object[]> rows = SqlQuery.list(
                jdbc,
                "SELECT t.id, t.name, t.last_used_at, u.id AS uid, u.login, u.role "
                        + "FROM api_token t JOIN app_user u ON u.id = t.user_id "
                        + "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?) "
                        + "AND u.active = TRUE",
                List.of(sha256(secret), now),
                rs -> new Object[] {
                    rs.getLong("id"),
                    rs.getString("name"),
                    SqlQuery.instant(rs, "last_used_at"),
                    rs.getLong("uid"),
                    rs.getString("login"),
                    rs.getString("role")
                });
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Instant lastUsed = (Instant) row[2];
        if (lastUsed == null || lastUsed.plus(LAST_USED_GRANULARITY).isBefore(now)) {
            SqlQuery.update(jdbc, "UPDATE api_token SET last_used_at = ? WHERE id = ?", List.of(now, row[0]));
        }
        return Optional.of(new TokenOwner(
                (Long) row[0], (String) row[1], (Long) row[3], (String) row[4], Role.valueOf((String) row[5])));
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
