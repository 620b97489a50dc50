package io.wallbreaker.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.support.AppProcess;
import io.wallbreaker.support.Http;
import io.wallbreaker.support.Receiver;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox across processes: a notification whose change committed is sent after a {@code kill
 * -9}, once; and two instances on one PostgreSQL send each notification once and fire a time-based
 * one once.
 */
class OutboxDurabilityTest {

    private static final String PASSWORD = "outbox-admin-password";

    @TempDir
    Path dataDir;

    /** Fast retries, short timeouts (so a lease left by the kill expires soon), triggers every second. */
    private static Map<String, String> fast(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("WALLBREAKER_ADMIN_PASSWORD", PASSWORD);
        all.put("WALLBREAKER_NOTIFICATIONS_RETRY_BASE", "200ms");
        all.put("WALLBREAKER_NOTIFICATIONS_MAX_ATTEMPTS", "50");
        all.put("WALLBREAKER_NOTIFICATIONS_CONNECT_TIMEOUT", "1s");
        all.put("WALLBREAKER_NOTIFICATIONS_REQUEST_TIMEOUT", "1s");
        all.put("WALLBREAKER_NOTIFICATIONS_TRIGGER_INTERVAL", "1s");
        return all;
    }

    private static String token(AppProcess app) throws Exception {
        return Http.field(
                Http.send(
                                "POST",
                                app.baseUrl() + "/api/auth/login",
                                "{\"login\":\"admin\",\"password\":\"" + PASSWORD + "\"}")
                        .body(),
                "accessToken");
    }

    private static HttpResponse<String> post(AppProcess app, String token, String path, String json) throws Exception {
        return Http.send("POST", app.baseUrl() + path, json, "Authorization", "Bearer " + token);
    }

    @Test
    void shouldSendACommittedNotificationAfterKillNine() throws Exception {
        Map<String, String> env = fast(Map.of("WALLBREAKER_DATA_DIR", dataDir.toString()));
        try (Receiver receiver = new Receiver()) {
            receiver.answer(503, Map.of());
            try (AppProcess app = AppProcess.start(env)) {
                String token = token(app);
                post(app, token, "/api/teams", "{\"slug\":\"dev\",\"name\":\"Dev\",\"kind\":\"DEV\"}");
                post(app, token, "/api/teams", "{\"slug\":\"ops\",\"name\":\"Ops\",\"kind\":\"OPS\"}");
                HttpResponse<String> channel = post(
                        app,
                        token,
                        "/api/notification-channels",
                        "{\"kind\":\"WEBHOOK\",\"name\":\"ops-hook\",\"url\":\"" + receiver.url("/ops")
                                + "\",\"teams\":[\"ops\"]}");
                assertEquals(201, channel.statusCode(), channel.body());
                HttpResponse<String> request = post(
                        app,
                        token,
                        "/api/requests",
                        "{\"title\":\"Logs\",\"kind\":\"LOG_ACCESS\",\"requesterTeam\":\"dev\",\"responderTeam\":\"ops\"}");
                assertEquals(201, request.statusCode(), request.body());
                // The receiver is failing: tries come and fail. Then the process dies.
                receiver.await("/ops", 2, h -> true, Duration.ofSeconds(20));
                app.killHard();
            }
            int failed = receiver.hits("/ops").size();
            receiver.answer(200, Map.of());
            try (AppProcess again = AppProcess.start(env)) {
                List<Receiver.Hit> hits = receiver.await("/ops", failed + 1, h -> true, Duration.ofSeconds(30));
                assertTrue(hits.size() > failed, "not sent after the restart");
                Thread.sleep(2000);
                List<Receiver.Hit> all = receiver.hits("/ops");
                assertEquals(
                        1,
                        all.stream()
                                .map(h -> h.headers().get("x-wallbreaker-delivery"))
                                .distinct()
                                .count(),
                        "one notification, one delivery id");
                assertEquals(failed + 1, all.size(), "sent once after the restart, not again");
            }
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "DATASOURCES_DEFAULT_URL", matches = "jdbc:postgresql:.*")
    void shouldSendEachNotificationOnceFromTwoInstances() throws Exception {
        Map<String, String> env = fast(Map.of(
                "WALLBREAKER_DB_URL", System.getenv("DATASOURCES_DEFAULT_URL"),
                "WALLBREAKER_DB_USER", System.getenv().getOrDefault("DATASOURCES_DEFAULT_USERNAME", ""),
                "WALLBREAKER_DB_PASSWORD", System.getenv().getOrDefault("DATASOURCES_DEFAULT_PASSWORD", "")));
        env.put("WALLBREAKER_ADMIN_PASSWORD", "test-admin-password");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String dev = "dev-" + suffix;
        String ops = "ops-" + suffix;
        try (Receiver receiver = new Receiver();
                AppProcess a = AppProcess.start(env);
                AppProcess b = AppProcess.start(env)) {
            String token = Http.field(
                    Http.send(
                                    "POST",
                                    a.baseUrl() + "/api/auth/login",
                                    "{\"login\":\"admin\",\"password\":\"test-admin-password\"}")
                            .body(),
                    "accessToken");
            post(a, token, "/api/teams", "{\"slug\":\"" + dev + "\",\"name\":\"Dev\",\"kind\":\"DEV\"}");
            post(a, token, "/api/teams", "{\"slug\":\"" + ops + "\",\"name\":\"Ops\",\"kind\":\"OPS\"}");
            HttpResponse<String> channel = post(
                    a,
                    token,
                    "/api/notification-channels",
                    "{\"kind\":\"WEBHOOK\",\"name\":\"two-" + suffix + "\",\"url\":\"" + receiver.url("/two")
                            + "\",\"teams\":[\"" + ops + "\"]}");
            assertEquals(201, channel.statusCode(), channel.body());
            for (int i = 0; i < 20; i++) {
                AppProcess app = i % 2 == 0 ? a : b;
                HttpResponse<String> r = post(
                        app,
                        token,
                        "/api/requests",
                        "{\"title\":\"Logs " + i + "\",\"kind\":\"LOG_ACCESS\",\"requesterTeam\":\"" + dev
                                + "\",\"responderTeam\":\"" + ops + "\"}");
                assertEquals(201, r.statusCode(), r.body());
            }
            HttpResponse<String> incident = post(
                    a,
                    token,
                    "/api/incidents",
                    "{\"title\":\"Cache race\","
                            + "\"severity\":\"SEV2\",\"status\":\"OPEN\",\"startedAt\":\"2026-01-01T00:00:00Z\","
                            + "\"detectedAt\":\"2026-01-01T01:00:00Z\",\"teams\":[\"" + ops + "\"]}");
            assertEquals(201, incident.statusCode(), incident.body());
            String incidentId = incident.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");
            HttpResponse<String> item = post(
                    a,
                    token,
                    "/api/incidents/" + incidentId + "/action-items",
                    "{\"title\":\"Alert\",\"ownerTeam\":\"" + ops + "\",\"dueDate\":\""
                            + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"}");
            assertEquals(201, item.statusCode(), item.body());

            receiver.await(
                    "/two",
                    20,
                    h -> "request.ball_moved".equals(h.headers().get("x-wallbreaker-event")),
                    Duration.ofSeconds(30));
            receiver.await(
                    "/two",
                    1,
                    h -> "action_item.overdue".equals(h.headers().get("x-wallbreaker-event")),
                    Duration.ofSeconds(30));
            Thread.sleep(3000); // both instances' workers and triggers ran again meanwhile
            Map<String, Long> byDelivery = receiver.hits("/two").stream()
                    .collect(Collectors.groupingBy(
                            h -> h.headers().get("x-wallbreaker-delivery"), Collectors.counting()));
            assertEquals(21, byDelivery.size(), "20 ball moves and one overdue item: " + byDelivery.size());
            assertTrue(byDelivery.values().stream().allMatch(n -> n == 1), "each sent once: " + byDelivery);
        }
    }
}
