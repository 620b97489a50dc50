package io.wallbreaker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestApiTest extends ApiTestBase {

    private Api admin;
    private Api member;
    private String dev;
    private String ops;

    @BeforeAll
    void setUp() {
        admin = admin();
        dev = team(admin, "DEV");
        ops = team(admin, "OPS");
        member = user(admin, "MEMBER", List.of(dev));
    }

    private Resp open(Instant openedAt) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                "Need prod logs",
                "kind",
                "LOG_ACCESS",
                "requesterTeam",
                dev,
                "responderTeam",
                ops,
                "description",
                "Race condition in checkout"));
        if (openedAt != null) {
            body.put("openedAt", openedAt.toString());
        }
        Resp r = member.post("/api/requests", body);
        assertEquals(201, r.status(), r.toString());
        return r;
    }

    private Resp event(long id, String type, String team, Instant at) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "team", team));
        if (at != null) {
            body.put("at", at.toString());
        }
        return member.post("/api/requests/" + id + "/events", body);
    }

    @Test
    void shouldOpenRequestInThePastAndDeriveEveryFigureThroughTheApi() {
        Instant t0 = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Resp created = open(t0);
        long id = created.num("id");
        assertEquals("REQ-" + id, created.str("key"));
        assertEquals("OPEN", created.str("state"));
        assertEquals(ops, created.str("holder"));
        assertEquals("/api/requests/" + id, created.headers().get("Location"));

        assertEquals(
                201, event(id, "NEEDS_INFO", ops, t0.plus(1, ChronoUnit.DAYS)).status());
        assertEquals(
                201,
                event(id, "INFO_PROVIDED", dev, t0.plus(2, ChronoUnit.DAYS)).status());
        assertEquals(
                201, event(id, "NEEDS_INFO", ops, t0.plus(9, ChronoUnit.DAYS)).status());
        assertEquals(
                201,
                event(id, "INFO_PROVIDED", dev, t0.plus(10, ChronoUnit.DAYS)).status());
        assertEquals(
                201, event(id, "STARTED", ops, t0.plus(14, ChronoUnit.DAYS)).status());
        Resp done = event(id, "FULFILLED", ops, t0.plus(21, ChronoUnit.DAYS));
        assertEquals(201, done.status(), done.toString());

        Resp r = member.get("/api/requests/" + id);
        assertEquals("FULFILLED", r.str("state"));
        assertEquals("FULFILLED", r.str("outcome"));
        assertNull(r.at("holder"));
        assertEquals(1_814_400, r.num("leadTimeSeconds"));
        assertNull(r.at("ageSeconds"));
        assertEquals(86_400, r.num("timeToFirstResponseSeconds"));
        assertEquals(1_641_600, r.num("waitingOnResponderSeconds"));
        assertEquals(172_800, r.num("waitingOnRequesterSeconds"));
        assertEquals(604_800, r.num("activeSeconds"));
        assertEquals(1.0 / 3.0, ((Number) r.at("flowEfficiency")).doubleValue(), 1e-9);
        assertEquals(4, r.num("handoffs"));
        assertEquals(3, r.num("bounces"));
        assertEquals(Boolean.TRUE, r.at("pingPong"));
        assertEquals(7, ((List<?>) r.at("events")).size());
        assertEquals("OPENED", r.str("events[0].type"));
        assertEquals(5, ((List<?>) r.at("court")).size());
        assertNull(r.at("olaTargetSeconds"));

        Resp listed = member.get("/api/requests?requester=" + dev + "&responder=" + ops + "&pingPong=true");
        assertEquals(200, listed.status());
        assertTrue(listed.raw().contains("\"key\":\"REQ-" + id + "\""), listed.raw());
        assertEquals(
                1_814_400,
                ((Number) ((Map<?, ?>) ((List<?>) listed.at("items"))
                                        .stream()
                                                .filter(i -> ((Number) ((Map<?, ?>) i).get("id")).longValue() == id)
                                                .findFirst()
                                                .orElseThrow())
                                .get("leadTimeSeconds"))
                        .longValue(),
                "stored figures match the replayed ones");
    }

    @Test
    void shouldRefuseIllegalEventWith409ListingAllowedAndChangeNothing() {
        long id = open(null).num("id");
        Resp r = event(id, "INFO_PROVIDED", dev, null);
        assertEquals(409, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType());
        assertTrue(((List<?>) r.at("allowed")).contains(Map.of("type", "NEEDS_INFO", "team", ops)), r.raw());
        assertTrue(r.str("detail").contains("NEEDS_INFO by " + ops), r.str("detail"));

        Resp wrongTeam = event(id, "FULFILLED", dev, null);
        assertEquals(409, wrongTeam.status());
        Resp after = member.get("/api/requests/" + id);
        assertEquals(1, ((List<?>) after.at("events")).size());
        assertEquals(0, after.num("version"));
    }

    @Test
    void shouldRejectEventTimesBeforePreviousOrInFutureWith400() {
        Instant t0 = Instant.now().minus(5, ChronoUnit.DAYS);
        long id = open(t0).num("id");
        assertEquals(
                List.of("at"),
                event(id, "ACKNOWLEDGED", ops, t0.minus(1, ChronoUnit.HOURS)).errorFields());
        assertEquals(
                List.of("at"),
                event(id, "ACKNOWLEDGED", ops, Instant.now().plus(1, ChronoUnit.DAYS))
                        .errorFields());
        assertEquals(List.of("type"), event(id, "TELEPORTED", ops, null).errorFields());
        assertEquals(
                List.of("team"), event(id, "ACKNOWLEDGED", "no-such-team", null).errorFields());
    }

    @Test
    void shouldValidateCreateNamingFields() {
        Resp r = member.post(
                "/api/requests",
                Map.of(
                        "kind",
                        "COFFEE",
                        "requesterTeam",
                        dev,
                        "responderTeam",
                        dev,
                        "openedAt",
                        Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                        "incidentId",
                        999_999_999));
        assertEquals(400, r.status(), r.toString());
        assertEquals(List.of("title", "kind", "responderTeam", "openedAt", "incidentId"), r.errorFields());
        Resp unknown = member.post(
                "/api/requests",
                Map.of("title", "t", "kind", "OTHER", "requesterTeam", dev, "responderTeam", "nobody-here"));
        assertEquals(List.of("team"), unknown.errorFields());
    }

    @Test
    void shouldReassignAndTrackCurrentResponderWhilePairStaysTheAskedTeam() {
        String dba = team(admin, "OPS");
        long id = open(null).num("id");
        Resp r = member.post(
                "/api/requests/" + id + "/events", Map.of("type", "REASSIGNED", "team", ops, "toTeam", dba));
        assertEquals(201, r.status(), r.toString());
        assertEquals("REASSIGNED", r.str("event.type"));
        assertEquals(dba, r.str("event.toTeam"));
        assertEquals(ops, r.str("request.responderTeam"));
        assertEquals(dba, r.str("request.currentResponderTeam"));
        assertEquals(dba, r.str("request.holder"));
        assertEquals(409, event(id, "FULFILLED", ops, null).status(), "the old responder no longer may");
        assertEquals(201, event(id, "FULFILLED", dba, null).status());
        assertEquals(
                400,
                member.post("/api/requests/" + id + "/events", Map.of("type", "COMMENTED", "team", dev, "toTeam", ops))
                        .status());
    }

    @Test
    void shouldNeverLoseOrInterleaveConcurrentAppends() throws Exception {
        long id = open(null).num("id");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String team = i % 2 == 0 ? ops : dev;
            results.add(pool.submit(() -> {
                start.await();
                return member.post(
                                "/api/requests/" + id + "/events",
                                Map.of("type", "COMMENTED", "team", team, "note", "concurrent"))
                        .status();
            }));
        }
        // Two racing closes: exactly one may win, the other must be refused, not interleaved.
        List<Future<Integer>> closes = new ArrayList<>();
        for (String type : List.of("FULFILLED", "DECLINED")) {
            closes.add(pool.submit(() -> {
                start.await();
                return member.post("/api/requests/" + id + "/events", Map.of("type", type, "team", ops))
                        .status();
            }));
        }
        start.countDown();
        for (Future<Integer> f : results) {
            assertEquals(201, f.get());
        }
        List<Integer> closeStatuses = new ArrayList<>();
        for (Future<Integer> f : closes) {
            closeStatuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(List.of(201, 409), closeStatuses.stream().sorted().toList(), closeStatuses.toString());

        Resp r = member.get("/api/requests/" + id);
        List<?> events = (List<?>) r.at("events");
        assertEquals(1 + writers + 1, events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, ((Number) ((Map<?, ?>) events.get(i)).get("seq")).intValue());
        }
        assertTrue(Boolean.TRUE.equals(!"OPEN".equals(r.str("outcome"))));
    }

    @Test
    void shouldFlagOlaBreachAgainstTargetsSetByAdmin() {
        String team1 = team(admin, "DEV");
        String team2 = team(admin, "OPS");
        Resp put = admin.put(
                "/api/ola-targets",
                List.of(Map.of(
                        "requesterTeam", team1, "responderTeam", team2, "kind", "DATA_PULL", "targetSeconds", 3600)));
        assertEquals(200, put.status(), put.toString());
        assertEquals(403, member.put("/api/ola-targets", List.of()).status());
        Instant t0 = Instant.now().minus(1, ChronoUnit.DAYS);
        Resp r = admin.post(
                "/api/requests",
                Map.of(
                        "title",
                        "Pull data",
                        "kind",
                        "DATA_PULL",
                        "requesterTeam",
                        team1,
                        "responderTeam",
                        team2,
                        "openedAt",
                        t0.toString()));
        long id = r.num("id");
        Resp done = admin.post(
                "/api/requests/" + id + "/events",
                Map.of(
                        "type",
                        "FULFILLED",
                        "team",
                        team2,
                        "at",
                        t0.plus(2, ChronoUnit.HOURS).toString()));
        assertEquals(3600, done.num("request.olaTargetSeconds"));
        assertEquals(Boolean.TRUE, done.at("request.olaBreached"));
        assertEquals(
                400,
                admin.put(
                                "/api/ola-targets",
                                List.of(Map.of(
                                        "requesterTeam",
                                        team1,
                                        "responderTeam",
                                        team2,
                                        "kind",
                                        "DATA_PULL",
                                        "targetSeconds",
                                        -5)))
                        .status());
    }

    @Test
    void shouldImportValidItemsRejectInvalidOnesAndNotDuplicateOnReimport() {
        String ref = unique("JIRA");
        Instant t0 = Instant.now().minus(60, ChronoUnit.DAYS);
        List<Object> items = List.of(
                Map.of(
                        "externalRef",
                        ref + "-1",
                        "title",
                        "Logs please",
                        "kind",
                        "LOG_ACCESS",
                        "requesterTeam",
                        dev,
                        "responderTeam",
                        ops,
                        "openedAt",
                        t0.toString(),
                        "events",
                        List.of(
                                Map.of(
                                        "type",
                                        "NEEDS_INFO",
                                        "team",
                                        ops,
                                        "at",
                                        t0.plus(1, ChronoUnit.DAYS).toString()),
                                Map.of(
                                        "type",
                                        "INFO_PROVIDED",
                                        "team",
                                        dev,
                                        "at",
                                        t0.plus(2, ChronoUnit.DAYS).toString()),
                                Map.of(
                                        "type",
                                        "DECLINED",
                                        "team",
                                        ops,
                                        "at",
                                        t0.plus(3, ChronoUnit.DAYS).toString()))),
                Map.of(
                        "externalRef",
                        ref + "-2",
                        "title",
                        "Bad order",
                        "kind",
                        "LOG_ACCESS",
                        "requesterTeam",
                        dev,
                        "responderTeam",
                        ops,
                        "openedAt",
                        t0.toString(),
                        "events",
                        List.of(Map.of(
                                "type",
                                "INFO_PROVIDED",
                                "team",
                                dev,
                                "at",
                                t0.plus(1, ChronoUnit.DAYS).toString()))),
                Map.of("externalRef", ref + "-3", "title", "No kind", "requesterTeam", dev, "responderTeam", ops));
        Resp r = member.post("/api/requests/import", items);
        assertEquals(200, r.status(), r.toString());
        assertEquals(1, r.num("created"));
        assertEquals(2, r.num("rejected"));
        assertEquals("CREATED", r.str("results[0].status"));
        assertEquals("events[0].type", r.str("results[1].errors[0].field"));
        assertEquals("kind", r.str("results[2].errors[0].field"));
        long createdId = r.num("results[0].id");
        Resp imported = member.get("/api/requests/" + createdId);
        assertEquals("DECLINED", imported.str("outcome"));
        assertEquals(3 * 86_400, imported.num("leadTimeSeconds"));

        Resp again = member.post("/api/requests/import", items);
        assertEquals(0, again.num("created"));
        assertEquals(1, again.num("unchanged"));
        assertEquals(createdId, again.num("results[0].id"));
        assertEquals(
                1,
                member.get("/api/requests?outcome=DECLINED&requester=" + dev + "&size=500")
                                .raw()
                                .split(ref + "-1", -1)
                                .length
                        - 1);
    }

    @Test
    void shouldForbidViewerWritesAndRequireSignIn() {
        Api viewer = user(admin, "VIEWER", List.of());
        assertEquals(403, viewer.post("/api/requests", Map.of("title", "x")).status());
        assertEquals(200, viewer.get("/api/requests").status());
        assertEquals(401, anonymous().get("/api/requests").status());
        assertEquals(404, member.get("/api/requests/987654321").status());
        assertFalse(member.get("/api/requests?state=NOPE").status() == 200);
    }
}
