package io.wallbreaker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthApiTest extends ApiTestBase {

    @Inject
    TokenGenerator tokenGenerator;

    private Api admin;

    @BeforeAll
    void signIn() {
        admin = admin();
    }

    @Test
    void shouldRefuseUnauthenticatedApiCallsWith401Problem() {
        for (String path : List.of("/api/teams", "/api/me", "/api/users", "/api/audit", "/api/unknown-thing")) {
            Resp r = anonymous().get(path);
            assertEquals(401, r.status(), path + " " + r);
            assertEquals("application/problem+json", r.contentType(), path);
        }
        assertEquals(
                401,
                anonymous()
                        .post("/api/teams", Map.of("slug", "x1", "name", "X", "kind", "DEV"))
                        .status());
    }

    @Test
    void shouldSignInWithCookieAndBearerToken() {
        Resp r = anonymous().post("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD));
        assertEquals(200, r.status(), r.toString());
        assertNotNull(r.str("accessToken"));
        assertTrue(r.num("expiresIn") > 0);
        assertEquals("ADMIN", r.str("user.role"));
        String setCookie = r.headers().get("Set-Cookie");
        assertTrue(setCookie.startsWith("wallbreaker_session="), setCookie);
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP must not set Secure: " + setCookie);

        Resp me = anonymous().as(r.str("accessToken")).get("/api/me");
        assertEquals(200, me.status());
        assertEquals("admin", me.str("login"));
        assertFalse(me.raw().contains("password"), me.raw());
    }

    @Test
    void shouldMarkCookieSecureBehindHttps() {
        Resp r = anonymous()
                .send(HttpRequest.POST("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD))
                        .header("X-Forwarded-Proto", "https"));
        assertTrue(r.headers().get("Set-Cookie").contains("Secure"), r.headers().get("Set-Cookie"));
    }

    @Test
    void shouldGiveTheSameAnswerForWrongPasswordAndUnknownLogin() {
        Api member = user(admin, "MEMBER", List.of());
        Resp wrongPassword =
                anonymous().post("/api/auth/login", Map.of("login", login(member), "password", "not-the-password"));
        Resp unknownLogin =
                anonymous().post("/api/auth/login", Map.of("login", unique("nobody"), "password", "not-the-password"));
        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownLogin.status());
        assertEquals(wrongPassword.raw(), unknownLogin.raw());
        assertEquals("application/problem+json", wrongPassword.contentType());
    }

    @Test
    void shouldLockLoginAfterFiveFailuresEvenForTheRightPassword() {
        String login = unique("lockme");
        String password = "the-right-password-1";
        admin.post(
                "/api/users",
                Map.of("login", login, "displayName", "L", "password", password, "role", "MEMBER", "teams", List.of()));
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    401,
                    anonymous()
                            .post("/api/auth/login", Map.of("login", login, "password", "wrong-" + i))
                            .status());
        }
        Resp locked = anonymous().post("/api/auth/login", Map.of("login", login, "password", password));
        assertEquals(429, locked.status(), locked.toString());
        assertEquals("application/problem+json", locked.contentType());
        long retryAfter = Long.parseLong(locked.headers().get("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
        // Other logins are not affected.
        assertEquals(
                200,
                anonymous()
                        .post("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD))
                        .status());
    }

    @Test
    void shouldRefuseCookieWriteWithoutCsrfTokenAndAcceptItWithToken() {
        Resp login = anonymous().post("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD));
        String cookie = login.headers().get("Set-Cookie").split(";")[0];
        Api browser = anonymous().with(req -> req.header("Cookie", cookie));

        Resp me = browser.get("/api/me");
        assertEquals(200, me.status(), me.toString());
        String csrf = me.str("csrfToken");
        assertNotNull(csrf);

        Map<String, Object> team = Map.of("slug", unique("csrf"), "name", "CSRF", "kind", "DEV");
        Resp refused = browser.post("/api/teams", team);
        assertEquals(403, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());

        Resp forged = browser.with(req -> req.header("X-CSRF-TOKEN", "forged")).post("/api/teams", team);
        assertEquals(403, forged.status());

        Resp accepted = browser.with(req -> req.header("X-CSRF-TOKEN", csrf)).post("/api/teams", team);
        assertEquals(201, accepted.status(), accepted.toString());
    }

    @Test
    void shouldNotRequireCsrfTokenForBearerWrites() {
        Resp r = admin.post("/api/teams", Map.of("slug", unique("bearer"), "name", "B", "kind", "DEV"));
        assertEquals(201, r.status(), r.toString());
    }

    @Test
    void shouldClearCookieOnLogout() {
        Resp login = anonymous().post("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD));
        String cookie = login.headers().get("Set-Cookie").split(";")[0];
        Resp me = anonymous().with(req -> req.header("Cookie", cookie)).get("/api/me");
        Resp out = anonymous()
                .with(req -> req.header("Cookie", cookie).header("X-CSRF-TOKEN", me.str("csrfToken")))
                .post("/api/auth/logout", Map.of());
        assertEquals(204, out.status(), out.toString());
        String cleared = out.headers().get("Set-Cookie");
        assertTrue(cleared.startsWith("wallbreaker_session=;") && cleared.contains("Max-Age=0"), cleared);
    }

    @Test
    void shouldEndTheSessionEverywhereOnLogoutSoACopiedTokenIsRefused() {
        Api member = user(admin, "MEMBER", List.of());
        String login = member.get("/api/me").str("login");
        Resp signIn = anonymous().post("/api/auth/login", Map.of("login", login, "password", "password-" + login));
        Api copy = anonymous().as(signIn.str("accessToken"));
        assertEquals(200, copy.get("/api/me").status());

        assertEquals(204, copy.post("/api/auth/logout", Map.of()).status());
        assertEquals(401, copy.get("/api/me").status(), "a copy of the signed-out token no longer works");
        assertEquals(401, member.get("/api/me").status(), "nor does the user's other session");
        Resp again = anonymous().post("/api/auth/login", Map.of("login", login, "password", "password-" + login));
        assertEquals(
                200,
                anonymous().as(again.str("accessToken")).get("/api/me").status(),
                "signing in again right away works");
    }

    @Test
    void shouldMakeUsersSignInAgainWhenAnAdminChangesTheirRole() {
        String login = unique("demoted");
        admin.post(
                "/api/users",
                Map.of(
                        "login",
                        login,
                        "displayName",
                        "D",
                        "password",
                        "demoted-password",
                        "role",
                        "MEMBER",
                        "teams",
                        List.of()));
        Api session = anonymous().signIn(login, "demoted-password");
        assertEquals(
                201, session.post("/api/tokens", Map.of("name", "still-mine")).status());
        admin.put(
                "/api/users/" + login, Map.of("displayName", "D", "role", "VIEWER", "teams", List.of(), "version", 0));
        assertEquals(401, session.get("/api/me").status(), "the MEMBER session ends with the role change");
        Api viewer = anonymous().signIn(login, "demoted-password");
        assertEquals("VIEWER", viewer.get("/api/me").str("role"));
        assertEquals(403, viewer.post("/api/incidents", Map.of("title", "x")).status());
    }

    @Test
    void shouldRequireLoginAndPasswordFields() {
        Resp r = anonymous().post("/api/auth/login", Map.of("login", "admin"));
        assertEquals(400, r.status());
        assertEquals(List.of("password"), r.errorFields());
    }

    @Test
    void shouldRefuseTamperedToken() {
        Resp r = anonymous()
                .as("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkFETUlOIl19.bad")
                .get("/api/me");
        assertEquals(401, r.status());
        assertNull(r.str("csrfToken"));
    }

    @Test
    void shouldRequireCsrfTokenForCookieWritesWhateverAuthorizationHeaderIsSent() {
        Resp login = anonymous().post("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD));
        String cookie = login.headers().get("Set-Cookie").split(";")[0];
        String session = cookie.substring(cookie.indexOf('=') + 1);
        String csrf = anonymous()
                .with(req -> req.header("Cookie", cookie))
                .get("/api/me")
                .str("csrfToken");
        String otherUsersToken = anonymous()
                .post("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD))
                .str("accessToken");
        for (String authorization :
                List.of("Basic Zm9vOmJhcg==", "Bearer ", "Bearer garbage", "Bearer " + otherUsersToken, "")) {
            String name = unique("csrf-token");
            Resp r = anonymous()
                    .with(req -> req.header("Cookie", cookie).header("Authorization", authorization))
                    .post("/api/tokens", Map.of("name", name));
            assertTrue(r.status() == 401 || r.status() == 403, authorization + " → " + r);
            assertEquals("application/problem+json", r.contentType(), r.toString());
            Resp withToken = anonymous()
                    .with(req -> req.header("Cookie", cookie)
                            .header("Authorization", authorization)
                            .header("X-CSRF-TOKEN", csrf))
                    .post("/api/tokens", Map.of("name", name));
            assertTrue(
                    withToken.status() == 401 || withToken.status() == 403,
                    "cookie and a different Authorization credential are refused together: " + withToken);
            assertFalse(admin.get("/api/tokens").raw().contains(name), "no token was created for " + authorization);
        }
        Resp sameCredentialTwice = anonymous()
                .with(req -> req.header("Cookie", cookie)
                        .header("Authorization", "Bearer " + session)
                        .header("X-CSRF-TOKEN", csrf))
                .post("/api/tokens", Map.of("name", unique("same")));
        assertEquals(201, sameCredentialTwice.status(), sameCredentialTwice.toString());
    }

    @Test
    void shouldEvaluateAtMostFiveOfManySimultaneousGuesses() throws Exception {
        String login = unique("raced");
        String password = "the-right-password-2";
        admin.post(
                "/api/users",
                Map.of("login", login, "displayName", "R", "password", password, "role", "MEMBER", "teams", List.of()));
        int guesses = 30;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String guess = "wrong-guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return anonymous()
                            .post("/api/auth/login", Map.of("login", login, "password", guess))
                            .status();
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                byStatus.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
            }
            assertEquals(Set.of(401, 429), byStatus.keySet(), byStatus.toString());
            assertEquals(5, byStatus.get(401), "passwords evaluated: " + byStatus);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                429,
                anonymous()
                        .post("/api/auth/login", Map.of("login", login, "password", password))
                        .status());
    }

    @Test
    void shouldRefuseAnOverlongLoginWith400() {
        Resp r = anonymous().post("/api/auth/login", Map.of("login", "x".repeat(65), "password", "whatever-password"));
        assertEquals(400, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType());
        assertEquals(List.of("login"), r.errorFields());
    }

    @Test
    void shouldAcceptAWellFormedSignedTokenButNoneWithAFutureNotBefore() {
        Map<String, Object> claims = adminClaims();
        assertEquals(200, anonymous().as(signed(claims)).get("/api/me").status(), "the forging itself works");
        claims.put("nbf", Instant.now().plusSeconds(3600).getEpochSecond());
        assertEquals(401, anonymous().as(signed(claims)).get("/api/me").status());
    }

    @Test
    void shouldRefuseASignedTokenWithoutAClaimTheServerReliesOn() {
        for (String claim : List.of("uid", "csrf", "issuedAtMs", "roles", "exp", "sub")) {
            Map<String, Object> claims = adminClaims();
            claims.remove(claim);
            Resp r = anonymous().as(signed(claims)).get("/api/me");
            assertEquals(401, r.status(), "without " + claim + ": " + r);
        }
        Map<String, Object> wrongType = adminClaims();
        wrongType.put("uid", "1");
        assertEquals(401, anonymous().as(signed(wrongType)).get("/api/me").status());
    }

    /** The claims of a real admin session, as the sign-in issues them. */
    private Map<String, Object> adminClaims() {
        String token = anonymous()
                .post("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD))
                .str("accessToken");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        try {
            Map<String, Object> claims =
                    new HashMap<>(jsonMapper.readValue(payload, Argument.mapOf(String.class, Object.class)));
            claims.remove("nbf");
            return claims;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String signed(Map<String, Object> claims) {
        return tokenGenerator.generateToken(claims).orElseThrow();
    }

    private static String login(Api api) {
        return api.get("/api/me").str("login");
    }
}
