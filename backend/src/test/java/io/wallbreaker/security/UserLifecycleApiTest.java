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

/** Deactivating a user ends their sessions and tokens; users change their own password. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserLifecycleApiTest extends ApiTestBase {

    private Api admin;

    @BeforeAll
    void setUp() {
        admin = admin();
    }

    private String createUser(String role, String password) {
        String login = unique("life");
        Resp r = admin.post(
                "/api/users",
                Map.of(
                        "login", login,
                        "displayName", "Life " + login,
                        "password", password,
                        "role", role,
                        "teams", List.of()));
        assertEquals(201, r.status(), r.toString());
        assertEquals(Boolean.TRUE, r.at("active"));
        return login;
    }

    private Resp setActive(String login, boolean active) {
        Resp current = admin.get("/api/users/" + login);
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", current.str("displayName"));
        body.put("role", current.str("role"));
        body.put("teams", current.at("teams"));
        body.put("version", current.num("version"));
        body.put("active", active);
        return admin.put("/api/users/" + login, body);
    }

    @Test
    void shouldEndSessionsAndTokensAndRefuseSignInWhenDeactivated() {
        String password = "deactivate-me-please";
        String login = createUser("MEMBER", password);
        Api first = anonymous().signIn(login, password);
        Api second = anonymous().signIn(login, password);
        String token = first.post("/api/tokens", Map.of("name", "script")).str("token");
        Api script = anonymous().as(token);
        assertEquals(200, script.get("/api/me").status());

        Resp off = setActive(login, false);
        assertEquals(200, off.status(), off.toString());
        assertEquals(Boolean.FALSE, off.at("active"));

        assertEquals(401, first.get("/api/me").status());
        assertEquals(401, second.get("/api/incidents").status());
        assertEquals(401, script.get("/api/me").status());
        Resp signIn = anonymous().post("/api/auth/login", Map.of("login", login, "password", password));
        assertEquals(403, signIn.status(), signIn.toString());
        assertEquals("application/problem+json", signIn.contentType());
        Resp wrong = anonymous().post("/api/auth/login", Map.of("login", login, "password", "not-the-password"));
        assertEquals(401, wrong.status(), "a wrong password says nothing about the account");

        Resp audit = admin.get("/api/audit?entityType=user&entityId=" + login);
        assertEquals("UPDATE", audit.str("items[0].action"));
        assertTrue(audit.raw().contains("\"field\":\"active\""), audit.raw());
        assertTrue(audit.raw().contains("apiTokens"), audit.raw());

        assertEquals(200, setActive(login, true).status());
        assertEquals(200, anonymous().signIn(login, password).get("/api/me").status());
        assertEquals(401, script.get("/api/me").status(), "a revoked token stays revoked");
    }

    @Test
    void shouldNotLetAnAdminDeactivateThemselvesOrTheLastActiveAdmin() {
        Resp self = setActive("admin", false);
        assertEquals(400, self.status(), self.toString());
        assertEquals(List.of("active"), self.errorFields());
        assertEquals(200, admin.get("/api/me").status());

        String otherAdmin = createUser("ADMIN", "second-admin-password");
        Api other = anonymous().signIn(otherAdmin, "second-admin-password");
        assertEquals(200, setActive(otherAdmin, false).status(), "another admin remains");
        assertEquals(401, other.get("/api/me").status());
        assertFalse(
                admin.get("/api/users?size=200").raw().isEmpty(),
                "the deactivated user is still listed, for the audit trail's names");
    }

    @Test
    void shouldChangeTheOwnPasswordOnlyWithTheCurrentOneAndEndEverySession() {
        String password = "original-password-1";
        String login = createUser("VIEWER", password);
        Api session = anonymous().signIn(login, password);
        Api otherSession = anonymous().signIn(login, password);
        String token = session.post("/api/tokens", Map.of("name", "kept")).str("token");

        Resp wrong = session.put(
                "/api/me/password",
                Map.of("currentPassword", "guess-guess-guess", "newPassword", "brand-new-password"));
        assertEquals(400, wrong.status(), wrong.toString());
        assertEquals(List.of("currentPassword"), wrong.errorFields());
        Resp weak = session.put("/api/me/password", Map.of("currentPassword", password, "newPassword", "short"));
        assertEquals(List.of("newPassword"), weak.errorFields());
        Resp same = session.put("/api/me/password", Map.of("currentPassword", password, "newPassword", password));
        assertEquals(List.of("newPassword"), same.errorFields());
        Resp empty = session.put("/api/me/password", Map.of());
        assertEquals(List.of("currentPassword", "newPassword"), empty.errorFields());
        assertEquals(200, session.get("/api/me").status(), "failed attempts change nothing");

        Resp ok = session.put(
                "/api/me/password", Map.of("currentPassword", password, "newPassword", "brand-new-password"));
        assertEquals(204, ok.status(), ok.toString());
        assertEquals(401, session.get("/api/me").status());
        assertEquals(401, otherSession.get("/api/me").status());
        assertEquals(
                401,
                anonymous()
                        .post("/api/auth/login", Map.of("login", login, "password", password))
                        .status());
        assertEquals(
                200,
                anonymous().signIn(login, "brand-new-password").get("/api/me").status());
        Api script = anonymous().as(token);
        assertEquals(200, script.get("/api/me").status(), "API tokens are separate credentials");
        Resp byToken = script.put(
                "/api/me/password",
                Map.of("currentPassword", "brand-new-password", "newPassword", "token-sets-this-1"));
        assertEquals(403, byToken.status(), byToken.toString());

        Resp audit = admin.get("/api/audit?entityType=user&entityId=" + login + "&action=PASSWORD_CHANGE");
        assertEquals(1, audit.num("total"), audit.toString());
        assertFalse(audit.raw().contains("brand-new-password"));
    }
}
