package io.wallbreaker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.web.router.Router;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The metrics mirror follows the audit trail as its change feed, so metrics are only correct if
 * every write appends an audit entry (in its transaction) and the mirror picks up every write to a
 * record a metric reads. This test finds every write route the application has and performs a real
 * write through each: a new write endpoint without a probe here, one that appends no audit entry,
 * or one the mirror does not see, fails the build.
 */
@MicronautTest(transactional = false)
class WritesReachTheMetricsTest extends ApiTestBase {

    /** Writes that change no record (they compute an answer from the body). */
    private static final Set<String> READ_ONLY =
            Set.of("POST /api/postmortems/check", "POST /api/postmortems/preview", "POST /api/connectors/{id}/preview");

    @Inject
    Router router;

    @Inject
    MetricsStore store;

    @Inject
    MetricsMirror mirror;

    @Inject
    TransactionOperations<Connection> tx;

    /** Routes that change what a metric reads: requests, incidents' own fields, shadow systems, teams, OLA targets. */
    private static boolean changesMetricInputs(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        return path.startsWith("/api/requests")
                || path.equals("/api/connectors/{id}/webhook")
                || path.equals("/api/connectors/{id}/import")
                || path.startsWith("/api/shadow-systems")
                || path.equals("/api/shadow-candidates/{id}/confirm")
                || path.startsWith("/api/teams")
                || path.startsWith("/api/ola-targets")
                || path.equals("/api/incidents")
                || path.equals("/api/incidents/{id}");
    }

    private long auditEntries() {
        return tx.executeRead(status -> store.auditIdsAfter(0).size());
    }

    private long mirrorVersion() {
        mirror.sync();
        return mirror.version();
    }

    @Test
    void shouldRecordEveryWriteInTheAuditTrailTheMetricsFollow() {
        Api admin = admin();
        String dev = team(admin, "DEV");
        String ops = team(admin, "OPS");
        long incident =
                admin.post("/api/incidents", Fixtures.anIncident(List.of(dev))).num("id");
        long request = admin.post("/api/requests", request(dev, ops)).num("id");
        long item = admin.post(
                        "/api/incidents/" + incident + "/action-items",
                        Map.of("title", "Alert on cache misses", "ownerTeam", dev, "dueDate", "2027-01-01"))
                .num("id");
        Resp shadow = admin.post("/api/shadow-systems", shadowSystem(dev, ops, unique("app")));
        String userLogin = unique("fp-user");
        admin.post(
                "/api/users",
                Map.of(
                        "login",
                        userLogin,
                        "displayName",
                        "F",
                        "password",
                        "password-" + userLogin,
                        "role",
                        "MEMBER",
                        "teams",
                        List.of()));
        long token =
                admin.post("/api/tokens", Map.of("name", unique("fp-token"))).num("id");

        Resp connector = admin.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("fp-jira")));
        long connectorId = connector.num("id");
        long doomed = admin.post("/api/connectors", Map.of("kind", "GITHUB", "name", unique("fp-gh")))
                .num("id");
        long rotated = admin.post("/api/connectors", Map.of("kind", "GITHUB", "name", unique("fp-gh")))
                .num("id");

        Resp notifyChannel = admin.post(
                "/api/notification-channels",
                Map.of(
                        "kind",
                        "WEBHOOK",
                        "name",
                        unique("fp-hook"),
                        "url",
                        "http://127.0.0.1:9/fp",
                        "teams",
                        List.of(ops)));
        long channelId = notifyChannel.num("id");
        // A request to ops puts a delivery in that channel's log, for the retry probe.
        admin.post("/api/requests", request(dev, ops));
        long doomedChannel = admin.post(
                        "/api/notification-channels",
                        Map.of("kind", "SLACK", "name", unique("fp-slack"), "url", "http://127.0.0.1:9/fp"))
                .num("id");

        Map<String, Supplier<Resp>> probes = new TreeMap<>();
        probes.put(
                "POST /api/notification-channels",
                () -> admin.post(
                        "/api/notification-channels",
                        Map.of("kind", "EMAIL", "name", unique("fp-mail"), "address", "fp@acme.example")));
        probes.put(
                "PUT /api/notification-channels/{id}",
                () -> admin.put(
                        "/api/notification-channels/" + channelId,
                        Map.of(
                                "name",
                                unique("fp-hook"),
                                "enabled",
                                true,
                                "teams",
                                List.of(ops),
                                "version",
                                admin.get("/api/notification-channels/" + channelId)
                                        .num("version"))));
        probes.put(
                "DELETE /api/notification-channels/{id}",
                () -> admin.delete("/api/notification-channels/" + doomedChannel));
        probes.put(
                "POST /api/notification-channels/{id}/secret",
                () -> admin.post("/api/notification-channels/" + channelId + "/secret", Map.of()));
        probes.put(
                "POST /api/notification-channels/{id}/test",
                () -> admin.post("/api/notification-channels/" + channelId + "/test", Map.of()));
        probes.put("POST /api/notification-channels/{id}/deliveries/{deliveryId}/retry", () -> {
            // Nothing listens on port 9: the delivery fails and waits for its retry.
            Resp log = admin.get("/api/notification-channels/" + channelId + "/deliveries");
            for (int i = 0; i < 100 && "PENDING".equals(log.str("items[0].status")); i++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                log = admin.get("/api/notification-channels/" + channelId + "/deliveries");
            }
            long delivery = log.num("items[0].id");
            return admin.post(
                    "/api/notification-channels/" + channelId + "/deliveries/" + delivery + "/retry", Map.of());
        });
        probes.put(
                "PUT /api/me/notification-settings",
                () -> admin.put(
                        "/api/me/notification-settings",
                        Map.of(
                                "email",
                                unique("admin") + "@acme.example",
                                "items",
                                List.of("REQUEST"),
                                "version",
                                admin.get("/api/me/notification-settings").num("version"))));
        probes.put(
                "POST /api/connectors",
                () -> admin.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("fp-jira"))));
        probes.put(
                "PUT /api/connectors/{id}",
                () -> admin.put(
                        "/api/connectors/" + connectorId,
                        Map.of(
                                "name",
                                unique("fp-jira"),
                                "enabled",
                                true,
                                "version",
                                admin.get("/api/connectors/" + connectorId).num("version"))));
        probes.put("DELETE /api/connectors/{id}", () -> admin.delete("/api/connectors/" + doomed));
        probes.put(
                "POST /api/connectors/{id}/secret",
                () -> admin.post("/api/connectors/" + rotated + "/secret", Map.of()));
        probes.put(
                "POST /api/connectors/{id}/rederive",
                () -> admin.post("/api/connectors/" + connectorId + "/rederive", Map.of()));
        probes.put(
                "POST /api/connectors/{id}/import",
                () -> admin.post(
                        "/api/connectors/" + connectorId + "/import", Map.of("issues", List.of(jiraIssue(dev, ops)))));
        probes.put("POST /api/connectors/{id}/webhook", () -> {
            Map<String, Object> delivery = Map.of(
                    "webhookEvent", "jira:issue_created",
                    "timestamp", Instant.now().minusSeconds(60).toEpochMilli(),
                    "issue", jiraIssue(dev, ops));
            try {
                return io.wallbreaker.connector.ConnectorFixtures.send(
                        anonymous(),
                        "/api/connectors/" + connectorId + "/webhook",
                        jsonMapper.writeValueAsBytes(delivery),
                        Map.of(),
                        connector.str("secret"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // Discovery: a catalog entity to delete, and three candidates to triage three ways.
        String feed = unique("fp-feed");
        admin.postRaw(
                "/api/inventories/csv/import?feed=" + feed,
                "provider,identifier\nHeroku," + feed + "-a\nHeroku," + feed + "-b\nHeroku," + feed + "-c\n",
                "text/csv");
        List<Long> candidates = ((List<?>)
                        admin.get("/api/shadow-candidates?source=csv:" + feed).at("items"))
                .stream()
                        .map(c -> ((Number) ((Map<?, ?>) c).get("id")).longValue())
                        .toList();
        assertEquals(3, candidates.size());
        String doomedEntity = unique("fp-entity");
        admin.postRaw(
                "/api/catalog/import",
                "kind: Component\nmetadata:\n  name: " + doomedEntity + "\nspec:\n  owner: " + ops + "\n",
                "application/yaml");
        long knownId = admin.get("/api/catalog?q=" + doomedEntity).num("items[0].id");
        probes.put(
                "POST /api/catalog/import",
                () -> admin.postRaw(
                        "/api/catalog/import",
                        "kind: Component\nmetadata:\n  name: " + unique("fp-entity") + "\n",
                        "application/yaml"));
        probes.put("DELETE /api/catalog/{id}", () -> admin.delete("/api/catalog/" + knownId));
        probes.put(
                "POST /api/inventories/{source}/import",
                () -> admin.postRaw(
                        "/api/inventories/csv/import?feed=" + unique("fp-feed"),
                        "provider,identifier\nHeroku," + unique("fp-app") + "\n",
                        "text/csv"));
        probes.put(
                "POST /api/shadow-candidates/{id}/confirm",
                () -> admin.post(
                        "/api/shadow-candidates/" + candidates.get(0) + "/confirm",
                        Map.of("dataClassification", "INTERNAL", "ownerTeam", dev)));
        probes.put(
                "POST /api/shadow-candidates/{id}/known",
                () -> admin.post("/api/shadow-candidates/" + candidates.get(1) + "/known", Map.of()));
        probes.put(
                "POST /api/shadow-candidates/{id}/ignore",
                () -> admin.post("/api/shadow-candidates/" + candidates.get(2) + "/ignore", Map.of("reason", "test")));
        probes.put(
                "POST /api/teams",
                () -> admin.post("/api/teams", Map.of("slug", unique("fp"), "name", "F", "kind", "DEV")));
        probes.put(
                "PUT /api/teams/{slug}",
                () -> admin.put(
                        "/api/teams/" + dev,
                        Map.of(
                                "name",
                                unique("Dev"),
                                "kind",
                                "DEV",
                                "version",
                                admin.get("/api/teams/" + dev).num("version"))));
        probes.put("POST /api/incidents", () -> admin.post("/api/incidents", Fixtures.anIncident(List.of(dev))));
        probes.put("PUT /api/incidents/{id}", () -> {
            Map<String, Object> body = Fixtures.anIncident(List.of(dev));
            body.put("version", admin.get("/api/incidents/" + incident).num("version"));
            return admin.put("/api/incidents/" + incident, body);
        });
        probes.put(
                "POST /api/incidents/{id}/timeline",
                () -> admin.post(
                        "/api/incidents/" + incident + "/timeline",
                        Map.of("at", Instant.now().minusSeconds(60).toString(), "text", "Paged", "kind", "NOTE")));
        probes.put(
                "POST /api/incidents/{id}/action-items",
                () -> admin.post(
                        "/api/incidents/" + incident + "/action-items", Map.of("title", "More", "ownerTeam", dev)));
        probes.put(
                "PUT /api/incidents/{id}/action-items/{itemId}",
                () -> admin.put(
                        "/api/incidents/" + incident + "/action-items/" + item,
                        Map.of("title", unique("Alert"), "ownerTeam", dev, "status", "OPEN", "version", 0)));
        probes.put("PUT /api/incidents/{id}/postmortem", () -> {
            Resp current = admin.get("/api/incidents/" + incident + "/postmortem");
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("markdown", "# Postmortem\n\n" + unique("text"));
            body.put("status", "DRAFT");
            body.put("version", current.at("version"));
            return admin.put("/api/incidents/" + incident + "/postmortem", body);
        });
        probes.put("POST /api/requests", () -> admin.post("/api/requests", request(dev, ops)));
        probes.put(
                "POST /api/requests/{id}/events",
                () -> admin.post("/api/requests/" + request + "/events", Map.of("type", "COMMENTED", "team", ops)));
        probes.put("POST /api/requests/import", () -> {
            Map<String, Object> item2 = request(dev, ops);
            item2.put("externalRef", unique("FP"));
            return admin.post("/api/requests/import", List.of(item2));
        });
        probes.put(
                "PUT /api/ola-targets",
                () -> admin.put(
                        "/api/ola-targets",
                        List.of(Map.of(
                                "requesterTeam",
                                dev,
                                "responderTeam",
                                ops,
                                "kind",
                                "OTHER",
                                "targetSeconds",
                                3600 + (long) (Math.random() * 1000)))));
        probes.put(
                "POST /api/shadow-systems",
                () -> admin.post("/api/shadow-systems", shadowSystem(dev, ops, unique("app"))));
        probes.put("PUT /api/shadow-systems/{id}", () -> {
            Map<String, Object> body = shadowSystem(dev, ops, unique("renamed"));
            body.put(
                    "version",
                    admin.get("/api/shadow-systems/" + shadow.num("id")).num("version"));
            return admin.put("/api/shadow-systems/" + shadow.num("id"), body);
        });
        probes.put(
                "POST /api/shadow-systems/import",
                () -> admin.post("/api/shadow-systems/import", List.of(shadowSystem(dev, ops, unique("imported")))));
        probes.put(
                "POST /api/users",
                () -> admin.post(
                        "/api/users",
                        Map.of(
                                "login",
                                unique("fp"),
                                "displayName",
                                "F",
                                "password",
                                "password-long-one",
                                "role",
                                "VIEWER",
                                "teams",
                                List.of())));
        probes.put(
                "PUT /api/users/{login}",
                () -> admin.put(
                        "/api/users/" + userLogin,
                        Map.of(
                                "displayName",
                                unique("F"),
                                "role",
                                "MEMBER",
                                "teams",
                                List.of(),
                                "version",
                                admin.get("/api/users/" + userLogin).num("version"))));
        probes.put("PUT /api/incidents/{id}/timeline/{entryId}", () -> {
            long entry = timelineEntry(admin, incident);
            return admin.put(
                    "/api/incidents/" + incident + "/timeline/" + entry,
                    Map.of("at", "2025-01-06T11:00:00Z", "kind", "NOTE", "text", "Corrected", "version", 0));
        });
        probes.put(
                "DELETE /api/incidents/{id}/timeline/{entryId}",
                () -> admin.delete(
                        "/api/incidents/" + incident + "/timeline/" + timelineEntry(admin, incident) + "?version=0"));
        probes.put("DELETE /api/incidents/{id}/action-items/{itemId}", () -> {
            long doomedItem = admin.post(
                            "/api/incidents/" + incident + "/action-items",
                            Map.of("title", "Doomed", "ownerTeam", dev, "dueDate", "2027-01-01"))
                    .num("id");
            return admin.delete("/api/incidents/" + incident + "/action-items/" + doomedItem + "?version=0");
        });
        probes.put("PUT /api/me/password", () -> {
            String login = unique("fp-pw");
            admin.post(
                    "/api/users",
                    Map.of(
                            "login",
                            login,
                            "displayName",
                            "P",
                            "password",
                            "password-" + login,
                            "role",
                            "VIEWER",
                            "teams",
                            List.of()));
            return anonymous()
                    .signIn(login, "password-" + login)
                    .put(
                            "/api/me/password",
                            Map.of("currentPassword", "password-" + login, "newPassword", "changed-" + login));
        });
        probes.put("POST /api/tokens", () -> admin.post("/api/tokens", Map.of("name", unique("fp"))));
        probes.put("DELETE /api/tokens/{id}", () -> admin.delete("/api/tokens/" + token));
        probes.put(
                "POST /api/auth/login",
                () -> anonymous().post("/api/auth/login", Map.of("login", "admin", "password", Api.ADMIN_PASSWORD)));
        probes.put(
                "POST /api/auth/logout",
                () -> anonymous().signIn(userLogin, "password-" + userLogin).post("/api/auth/logout", Map.of()));

        Set<String> writeRoutes = new TreeSet<>();
        router.uriRoutes()
                .filter(r -> Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)
                        .contains(r.getHttpMethod()))
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString())
                .filter(route -> route.contains(" /api/") && !route.contains("/test-only/"))
                .forEach(writeRoutes::add);
        writeRoutes.removeAll(READ_ONLY);
        Set<String> unprobed = new TreeSet<>(writeRoutes);
        unprobed.removeAll(probes.keySet());
        assertEquals(Set.of(), unprobed, "write routes without a probe here: add one");

        for (String route : writeRoutes) {
            long entries = auditEntries();
            long version = mirrorVersion();
            Resp r = probes.get(route).get();
            assertTrue(r.status() >= 200 && r.status() < 300, route + " → " + r);
            assertTrue(auditEntries() > entries, route + " must append an audit entry");
            if (changesMetricInputs(route)) {
                assertNotEquals(version, mirrorVersion(), route + " must reach the metrics mirror");
            }
        }
    }

    private static long timelineEntry(Api admin, long incident) {
        return admin.post(
                        "/api/incidents/" + incident + "/timeline",
                        Map.of("at", "2025-01-06T10:00:00Z", "kind", "NOTE", "text", "Probe"))
                .num("id");
    }

    /** A new Jira issue from {@code dev} to {@code ops} in the shape of Jira's REST and webhook bodies. */
    private static Map<String, Object> jiraIssue(String dev, String ops) {
        String id = Long.toString(System.nanoTime());
        String key = "FP-" + id;
        return Map.of(
                "id",
                id,
                "key",
                key,
                "self",
                "https://fp.atlassian.net/rest/api/2/issue/" + id,
                "fields",
                Map.of(
                        "created", Instant.now().minusSeconds(120).toString(),
                        "summary", "Logs please",
                        "labels", List.of("from:" + dev, "to:" + ops),
                        "project", Map.of("key", "FP"),
                        "status", Map.of("name", "To Do", "statusCategory", Map.of("key", "new")),
                        "issuetype", Map.of("name", "Task")));
    }

    private static Map<String, Object> request(String dev, String ops) {
        Map<String, Object> body = Fixtures.aRequest(dev, ops, "Logs for the latency spike");
        body.put("openedAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        return body;
    }

    private static Map<String, Object> shadowSystem(String owner, String finder, String name) {
        return Fixtures.aShadowSystem(name, "Heroku", owner, finder);
    }
}
