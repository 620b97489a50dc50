package io.wallbreaker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenApiTest extends ApiTestBase {

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> tx;

    private Api admin;
    private Api member;

    @BeforeAll
    void setUp() {
        admin = admin();
        member = user(admin, "MEMBER", List.of());
    }

    @Test
    void shouldShowSecretOnceStoreOnlyItsHashAndAuthenticateAsOwner() {
        Resp created = member.post("/api/tokens", Map.of("name", "discovery-scanner"));
        assertEquals(201, created.status(), created.toString());
        String secret = created.str("token");
        assertTrue(secret.startsWith("wbt_"), secret);

        Resp list = member.get("/api/tokens");
        assertEquals(200, list.status());
        assertFalse(list.raw().contains(secret), "list must not show the secret");
        assertEquals("discovery-scanner", list.str("items[0].name"));

        String stored =
                tx.executeRead(s -> jdbc.prepareStatement("SELECT token_hash FROM api_token WHERE id = ?", ps -> {
                    ps.setLong(1, created.num("id"));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }));
        assertNotNull(stored);
        assertFalse(stored.contains(secret.substring(4)), "only a hash is stored");

        Api script = anonymous().as(secret);
        Resp me = script.get("/api/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals(member.get("/api/me").str("login"), me.str("login"));
        assertEquals("MEMBER", me.str("role"));
    }

    @Test
    void shouldRefuseRevokedAndUnknownTokens() {
        Resp created = member.post("/api/tokens", Map.of("name", "short-lived"));
        Api script = anonymous().as(created.str("token"));
        assertEquals(200, script.get("/api/teams").status());

        Resp revoked = member.delete("/api/tokens/" + created.num("id"));
        assertEquals(204, revoked.status(), revoked.toString());
        assertEquals(401, script.get("/api/teams").status());
        assertEquals(
                401, anonymous().as("wbt_unknown-token-value").get("/api/teams").status());
        assertFalse(member.get("/api/tokens").raw().contains("short-lived"));
    }

    @Test
    void shouldCarryTheOwnersRoleSoViewerTokensCannotWrite() {
        Api viewer = user(admin, "VIEWER", List.of());
        Api script = anonymous()
                .as(viewer.post("/api/tokens", Map.of("name", "read-only")).str("token"));
        assertEquals(200, script.get("/api/teams").status());
        assertEquals(403, script.post("/api/tokens", Map.of("name", "nested")).status());
    }

    @Test
    void shouldNotRevokeSomeoneElsesToken() {
        Resp created = member.post("/api/tokens", Map.of("name", "mine"));
        Api other = user(admin, "MEMBER", List.of());
        assertEquals(404, other.delete("/api/tokens/" + created.num("id")).status());
        assertEquals(200, anonymous().as(created.str("token")).get("/api/me").status());
    }

    @Test
    void shouldRequireTokenNameAndFutureExpiry() {
        Resp r = member.post("/api/tokens", Map.of("expiresAt", "2001-01-01T00:00:00Z"));
        assertEquals(400, r.status());
        assertEquals(List.of("name", "expiresAt"), r.errorFields());
    }
}
