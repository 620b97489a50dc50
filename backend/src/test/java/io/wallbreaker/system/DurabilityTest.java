package io.wallbreaker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.support.AppProcess;
import io.wallbreaker.support.Http;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acknowledged write on the embedded H2 file database survives {@code kill -9} of the server. */
class DurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepAcknowledgedWritesAcrossKillNine() throws Exception {
        Map<String, String> env = Map.of(
                "WALLBREAKER_DATA_DIR", dataDir.toString(), "WALLBREAKER_ADMIN_PASSWORD", "durable-admin-password");
        try (AppProcess first = AppProcess.start(env)) {
            String token = Http.field(
                    Http.send(
                                    "POST",
                                    first.baseUrl() + "/api/auth/login",
                                    "{\"login\":\"admin\",\"password\":\"durable-admin-password\"}")
                            .body(),
                    "accessToken");
            HttpResponse<String> created = Http.send(
                    "POST",
                    first.baseUrl() + "/api/teams",
                    "{\"slug\":\"survivor\",\"name\":\"Survives kill -9\",\"kind\":\"OPS\"}",
                    "Authorization",
                    "Bearer " + token);
            assertEquals(201, created.statusCode(), created.body());
            first.killHard();
        }
        assertTrue(Files.exists(dataDir.resolve("wallbreaker.mv.db")), "H2 file in WALLBREAKER_DATA_DIR");

        try (AppProcess second = AppProcess.start(env)) {
            String token = Http.field(
                    Http.send(
                                    "POST",
                                    second.baseUrl() + "/api/auth/login",
                                    "{\"login\":\"admin\",\"password\":\"durable-admin-password\"}")
                            .body(),
                    "accessToken");
            HttpResponse<String> read = Http.send(
                    "GET", second.baseUrl() + "/api/teams/survivor", null, "Authorization", "Bearer " + token);
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("Survives kill -9"), read.body());
        }
    }
}
