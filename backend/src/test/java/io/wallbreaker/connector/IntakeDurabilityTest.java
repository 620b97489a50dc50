package io.wallbreaker.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.support.AppProcess;
import io.wallbreaker.support.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook deliveries acknowledged with 2xx survive {@code kill -9} of the server in the middle of
 * intake: after a restart every one of them is in the delivery log and has become its request.
 */
class IntakeDurabilityTest {

    private static final String PASSWORD = "intake-admin-password";

    @TempDir
    Path dataDir;

    @Test
    void shouldLoseNoAcknowledgedDeliveryWhenKilledDuringIntake() throws Exception {
        Map<String, String> env =
                Map.of("WALLBREAKER_DATA_DIR", dataDir.toString(), "WALLBREAKER_ADMIN_PASSWORD", PASSWORD);
        List<Integer> acknowledged = Collections.synchronizedList(new ArrayList<>());
        long connectorId;
        try (AppProcess app = AppProcess.start(env)) {
            String token = token(app);
            for (String team : List.of("web", "ops")) {
                HttpResponse<String> r = Http.send(
                        "POST",
                        app.baseUrl() + "/api/teams",
                        "{\"slug\":\"" + team + "\",\"name\":\"" + team + "\",\"kind\":\"DEV\"}",
                        "Authorization",
                        "Bearer " + token);
                assertEquals(201, r.statusCode(), r.body());
            }
            HttpResponse<String> created = Http.send(
                    "POST",
                    app.baseUrl() + "/api/connectors",
                    "{\"kind\":\"JIRA\",\"name\":\"durable\"}",
                    "Authorization",
                    "Bearer " + token);
            assertEquals(201, created.statusCode(), created.body());
            connectorId = Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
            String secret = Http.field(created.body(), "secret");
            String url = app.baseUrl() + "/api/connectors/" + connectorId + "/webhook";

            AtomicInteger next = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                senders.submit(() -> {
                    while (true) {
                        int n = next.getAndIncrement();
                        String body = delivery(n);
                        try {
                            HttpResponse<String> r = Http.send(
                                    "POST",
                                    url,
                                    body,
                                    "X-Hub-Signature",
                                    "sha256=" + ConnectorFixtures.hmac(secret, body.getBytes(StandardCharsets.UTF_8)),
                                    "X-Atlassian-Webhook-Identifier",
                                    "kill-" + n);
                            if (r.statusCode() / 100 == 2) {
                                acknowledged.add(n);
                            }
                        } catch (IOException | InterruptedException dead) {
                            return null; // the server is gone
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            app.killHard();
            senders.shutdown();
            assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertTrue(acknowledged.size() >= 60, "deliveries acknowledged before the kill: " + acknowledged.size());

        try (AppProcess again = AppProcess.start(env)) {
            String token = token(again);
            // Whatever was acknowledged but not yet processed is picked up from the table.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            String received = "";
            while (Instant.now().isBefore(deadline)) {
                received = Http.send(
                                "GET",
                                again.baseUrl() + "/api/connectors/" + connectorId + "/deliveries?status=RECEIVED",
                                null,
                                "Authorization",
                                "Bearer " + token)
                        .body();
                if (received.contains("\"total\":0")) {
                    break;
                }
                Thread.sleep(500);
            }
            assertTrue(received.contains("\"total\":0"), "still unprocessed: " + received);
            for (int n : List.copyOf(acknowledged)) {
                HttpResponse<String> list = Http.send(
                        "GET",
                        again.baseUrl() + "/api/requests?externalRef=KILL-" + n,
                        null,
                        "Authorization",
                        "Bearer " + token);
                assertTrue(list.body().contains("\"total\":1"), "KILL-" + n + " acknowledged but lost: " + list.body());
            }
        }
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

    /** A Jira {@code jira:issue_created} for a new issue KILL-n from web to ops. */
    private static String delivery(int n) {
        Instant at = Instant.parse("2026-03-02T08:00:00Z").plusSeconds(n);
        return "{\"timestamp\":" + at.toEpochMilli() + ",\"webhookEvent\":\"jira:issue_created\","
                + "\"issue_event_type_name\":\"issue_created\",\"issue\":{\"id\":\"" + (20000 + n)
                + "\",\"key\":\"KILL-"
                + n + "\",\"self\":\"https://acme.atlassian.net/rest/api/2/" + (20000 + n) + "\",\"fields\":{"
                + "\"created\":\"" + at + "\",\"summary\":\"Logs " + n + "\",\"labels\":[\"from:web\",\"to:ops\"],"
                + "\"project\":{\"key\":\"KILL\"},\"issuetype\":{\"name\":\"Task\"},"
                + "\"status\":{\"name\":\"Waiting for support\",\"statusCategory\":{\"key\":\"new\"}}}}}";
    }
}
