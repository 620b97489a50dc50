package io.wallbreaker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.wallbreaker.support.AppProcess;
import io.wallbreaker.support.Http;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Scale-out: two instances on one PostgreSQL, no sticky sessions. A cookie issued by one is
 * accepted by the other, for reads and for CSRF-protected writes, because the signing key is
 * generated once and shared through the database. Runs in the PostgreSQL suite.
 */
@EnabledIfEnvironmentVariable(named = "DATASOURCES_DEFAULT_URL", matches = "jdbc:postgresql:.*")
class TwoInstancesTest {

    @Test
    void shouldAcceptOneInstancesSessionCookieOnTheOther() throws Exception {
        Map<String, String> env = Map.of(
                "WALLBREAKER_DB_URL", System.getenv("DATASOURCES_DEFAULT_URL"),
                "WALLBREAKER_DB_USER", System.getenv().getOrDefault("DATASOURCES_DEFAULT_USERNAME", ""),
                "WALLBREAKER_DB_PASSWORD", System.getenv().getOrDefault("DATASOURCES_DEFAULT_PASSWORD", ""),
                "WALLBREAKER_ADMIN_PASSWORD", "test-admin-password");
        try (AppProcess a = AppProcess.start(env);
                AppProcess b = AppProcess.start(env)) {
            HttpResponse<String> login = Http.send(
                    "POST",
                    a.baseUrl() + "/api/auth/login",
                    "{\"login\":\"admin\",\"password\":\"test-admin-password\"}");
            assertEquals(200, login.statusCode(), login.body());
            String cookie =
                    login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

            HttpResponse<String> me = Http.send("GET", b.baseUrl() + "/api/me", null, "Cookie", cookie);
            assertEquals(200, me.statusCode(), me.body());
            String csrf = Http.field(me.body(), "csrfToken");
            assertNotNull(csrf);

            String slug = "scaled-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> created = Http.send(
                    "POST",
                    b.baseUrl() + "/api/teams",
                    "{\"slug\":\"" + slug + "\",\"name\":\"Scaled\",\"kind\":\"OPS\"}",
                    "Cookie",
                    cookie,
                    "X-CSRF-TOKEN",
                    csrf);
            assertEquals(201, created.statusCode(), created.body());

            HttpResponse<String> readOnA = Http.send("GET", a.baseUrl() + "/api/teams/" + slug, null, "Cookie", cookie);
            assertEquals(200, readOnA.statusCode(), readOnA.body());
        }
    }
}
