package io.wallbreaker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserApiTest extends ApiTestBase {

    private Api admin;
    private String ops;

    @BeforeAll
    void setUp() {
        admin = admin();
        ops = team(admin, "OPS");
    }

    @Test
    void shouldCreateUserWithTeamsAndNeverReturnThePassword() {
        String login = unique("daryl");
        Resp r = admin.post(
                "/api/users",
                Map.of(
                        "login",
                        login,
                        "displayName",
                        "Daryl",
                        "password",
                        "a-long-enough-password",
                        "role",
                        "MEMBER",
                        "teams",
                        List.of(ops)));
        assertEquals(201, r.status(), r.toString());
        assertEquals("/api/users/" + login, r.headers().get("Location"));
        assertEquals(List.of(ops), r.at("teams"));
        assertFalse(r.raw().toLowerCase().contains("password"), r.raw());
        assertFalse(admin.get("/api/users/" + login).raw().toLowerCase().contains("password"));

        Resp me = anonymous().signIn(login, "a-long-enough-password").get("/api/me");
        assertEquals(List.of(ops), me.at("teams"));
        assertEquals("MEMBER", me.str("role"));
    }

    @Test
    void shouldRejectShortPasswordUnknownRoleAndUnknownTeam() {
        Resp r = admin.post(
                "/api/users",
                Map.of(
                        "login",
                        unique("u"),
                        "displayName",
                        "U",
                        "password",
                        "short",
                        "role",
                        "GOD",
                        "teams",
                        List.of()));
        assertEquals(400, r.status());
        assertEquals(List.of("password", "role"), r.errorFields());

        Resp team = admin.post(
                "/api/users",
                Map.of(
                        "login",
                        unique("u"),
                        "displayName",
                        "U",
                        "password",
                        "long-enough-password",
                        "role",
                        "MEMBER",
                        "teams",
                        List.of("no-such-team")));
        assertEquals(400, team.status());
        assertEquals(List.of("teams"), team.errorFields());
    }

    @Test
    void shouldRejectDuplicateLogin() {
        String login = unique("dup");
        Map<String, Object> body = Map.of(
                "login",
                login,
                "displayName",
                "D",
                "password",
                "long-enough-password",
                "role",
                "VIEWER",
                "teams",
                List.of());
        assertEquals(201, admin.post("/api/users", body).status());
        assertEquals(409, admin.post("/api/users", body).status());
    }

    @Test
    void shouldUpdateRoleTeamsAndPasswordWithVersionCheck() {
        String login = unique("lee");
        admin.post(
                "/api/users",
                Map.of(
                        "login",
                        login,
                        "displayName",
                        "Lee",
                        "password",
                        "first-password-1",
                        "role",
                        "VIEWER",
                        "teams",
                        List.of()));
        Map<String, Object> update = new HashMap<>(Map.of(
                "displayName",
                "Lee L.",
                "password",
                "second-password-2",
                "role",
                "MEMBER",
                "teams",
                List.of(ops),
                "version",
                0));
        Resp r = admin.put("/api/users/" + login, update);
        assertEquals(200, r.status(), r.toString());
        assertEquals("MEMBER", r.str("role"));
        assertEquals(1, r.num("version"));

        assertEquals(
                401,
                anonymous()
                        .post("/api/auth/login", Map.of("login", login, "password", "first-password-1"))
                        .status());
        assertEquals(
                200,
                anonymous()
                        .post("/api/auth/login", Map.of("login", login, "password", "second-password-2"))
                        .status());

        update.put("displayName", "Stale");
        Resp stale = admin.put("/api/users/" + login, update);
        assertEquals(409, stale.status());
        assertEquals("Lee L.", admin.get("/api/users/" + login).str("displayName"));
    }

    @Test
    void shouldKeepPasswordWhenUpdateLeavesItBlank() {
        String login = unique("keep");
        admin.post(
                "/api/users",
                Map.of(
                        "login",
                        login,
                        "displayName",
                        "K",
                        "password",
                        "keep-this-password",
                        "role",
                        "MEMBER",
                        "teams",
                        List.of()));
        Resp r = admin.put(
                "/api/users/" + login, Map.of("displayName", "K2", "role", "MEMBER", "teams", List.of(), "version", 0));
        assertEquals(200, r.status(), r.toString());
        assertEquals(
                200,
                anonymous()
                        .post("/api/auth/login", Map.of("login", login, "password", "keep-this-password"))
                        .status());
    }

    @Test
    void shouldLetOnlyAdminsManageUsers() {
        Api member = user(admin, "MEMBER", List.of());
        Api viewer = user(admin, "VIEWER", List.of());
        Map<String, Object> body = Map.of(
                "login",
                unique("x"),
                "displayName",
                "X",
                "password",
                "long-enough-password",
                "role",
                "ADMIN",
                "teams",
                List.of());
        assertEquals(403, member.post("/api/users", body).status());
        assertEquals(403, viewer.post("/api/users", body).status());
        assertEquals(403, member.get("/api/users").status());
        assertTrue(admin.get("/api/users").num("total") >= 3);
    }
}
