package io.wallbreaker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Metric correctness on a small dataset built through the API, every figure computed by hand
 * (see the comments). Teams are unique to this class and the window is 2024, so other test
 * classes' data never enters the figures; the {@code team} filter selects this dataset.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsApiTest extends ApiTestBase {

    private static final double EPS = 1e-9;
    private static final String WINDOW = "from=2024-01-01&to=2024-12-31";
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> tx;

    private Api admin;
    private String a;
    private String b;
    private String c;
    private String d;
    private long r3;

    @BeforeAll
    void buildDataset() {
        admin = admin();
        a = team(admin, "DEV");
        b = team(admin, "OPS");
        c = team(admin, "SECURITY");
        d = team(admin, "OPS");
        Instant feb1 = Instant.parse("2024-02-01T00:00:00Z");
        // R1: fulfilled after 10 h, first response = the fulfilment. lead 36,000.
        long r1 = open(a, b, feb1);
        event(r1, "FULFILLED", b, feb1.plusSeconds(10 * HOUR));
        // R2: needs info +1 h, info +3 h, started +4 h, fulfilled +6 h. lead 21,600, first 3,600,
        // active 7,200, hand-offs 2, one bounce.
        Instant feb2 = feb1.plusSeconds(DAY);
        long r2 = open(a, b, feb2);
        event(r2, "NEEDS_INFO", b, feb2.plusSeconds(HOUR));
        event(r2, "INFO_PROVIDED", a, feb2.plusSeconds(3 * HOUR));
        event(r2, "STARTED", b, feb2.plusSeconds(4 * HOUR));
        event(r2, "FULFILLED", b, feb2.plusSeconds(6 * HOUR));
        // R3: declined after 2 h. lead 7,200, first 7,200.
        Instant feb3 = feb1.plusSeconds(2 * DAY);
        r3 = open(a, b, feb3);
        event(r3, "DECLINED", b, feb3.plusSeconds(2 * HOUR));
        // R4: still open, acknowledged after 1 h: first response 3,600.
        Instant feb4 = feb1.plusSeconds(3 * DAY);
        long r4 = open(a, b, feb4);
        event(r4, "ACKNOWLEDGED", b, feb4.plusSeconds(HOUR));
        // A → C: one open request only, so no wall index.
        open(a, c, feb1.plusSeconds(4 * DAY));

        // I1: detected 1 Mar, root cause +21 d, resolved +30 d; linked R5 (A → D) open 2–23 Mar: wall 21 d, share 0.7.
        Instant mar1 = Instant.parse("2024-03-01T00:00:00Z");
        long i1 = incident("Data corruption", mar1, mar1.plusSeconds(21 * DAY), mar1.plusSeconds(30 * DAY));
        long r5 = open(a, d, mar1.plusSeconds(DAY), i1);
        event(r5, "FULFILLED", d, mar1.plusSeconds(22 * DAY));
        // I2: detected 1 Apr, resolved after 1 day, nothing linked: share 0.
        Instant apr1 = Instant.parse("2024-04-01T00:00:00Z");
        incident("Disk full", apr1, null, apr1.plusSeconds(DAY));

        // S1: owned by A, live 1 Jan, found by billing 1 Dec (335 d), customer data, motivated by the declined R3.
        shadow(
                "Heroku app",
                a,
                b,
                "BILLING_AUDIT",
                "CUSTOMER_PII",
                "2024-01-01T00:00:00Z",
                "2024-12-01T00:00:00Z",
                List.of(r3));
        // S2: self-reported after 10 days, internal data: amnesty.
        shadow(
                "Team wiki",
                a,
                a,
                "SELF_REPORTED",
                "INTERNAL",
                "2024-06-01T00:00:00Z",
                "2024-06-11T00:00:00Z",
                List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldServeTheHeatmapCompactlyAndOnePairOnDemand() {
        Resp full = admin.get("/api/metrics/team-pairs?" + WINDOW + "&team=" + a);
        Resp heat = admin.get("/api/metrics/team-pairs/heatmap?" + WINDOW + "&team=" + a);
        assertEquals(200, heat.status(), heat.toString());
        assertEquals(full.at("organisation"), heat.at("organisation"));
        List<String> teams = (List<String>) heat.at("teams");
        List<Map<String, Object>> cells = (List<Map<String, Object>>) heat.at("cells");
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) full.at("pairs");
        assertEquals(pairs.size(), cells.size());
        for (Map<String, Object> cell : cells) {
            Map<?, ?> pair = pair(
                    full,
                    teams.get(((Number) cell.get("requester")).intValue()),
                    teams.get(((Number) cell.get("responder")).intValue()));
            assertEquals(pair.get("wallIndex"), cell.get("wallIndex"));
            assertEquals(pair.get("requests"), cell.get("requests"));
            assertEquals(pair.get("closed"), cell.get("closed"));
        }
        assertTrue(
                heat.raw().length() * 2 < full.raw().length(),
                heat.raw().length() + " vs " + full.raw().length());

        Resp one = admin.get("/api/metrics/team-pairs/" + a + "/" + b + "?" + WINDOW);
        assertEquals(200, one.status(), one.toString());
        assertEquals(pair(full, a, b), one.map());
        Resp none = admin.get("/api/metrics/team-pairs/" + b + "/" + a + "?" + WINDOW);
        assertEquals(404, none.status(), none.toString());
        assertTrue(none.contentType().startsWith("application/problem+json"), none.contentType());
    }

    @Test
    void shouldComputeEveryTeamPairMetricAndTheWallIndex() {
        Resp r = admin.get("/api/metrics/team-pairs?" + WINDOW + "&team=" + a);
        assertEquals(200, r.status(), r.toString());
        Map<?, ?> ab = pair(r, a, b);
        assertEquals(4, num(ab, "requests"));
        assertEquals(3, num(ab, "closed"));
        assertEquals(1, num(ab, "open"));
        // Closed lead times 7,200 / 21,600 / 36,000.
        assertEquals(21_600.0, dbl(ab, "p50LeadSeconds"), EPS);
        assertEquals(31_680.0, dbl(ab, "p85LeadSeconds"), EPS); // 21,600 + 0.7 × 14,400
        assertEquals(34_560.0, dbl(ab, "p95LeadSeconds"), EPS); // 21,600 + 0.9 × 14,400
        // First responses 36,000 / 3,600 / 7,200 / 3,600 (the open one too): 3,600 + 0.5 × 3,600.
        assertEquals(5_400.0, dbl(ab, "p50FirstResponseSeconds"), EPS);
        assertEquals(7_200.0 / 64_800.0, dbl(ab, "flowEfficiency"), EPS);
        assertEquals(1.0 / 3.0, dbl(ab, "pingPongRate"), EPS);
        assertEquals(2.0 / 3.0, dbl(ab, "meanHandoffs"), EPS);
        assertEquals(1.0 / 3.0, dbl(ab, "declineRate"), EPS);
        assertNull(ab.get("olaBreachRate"));
        assertEquals(1, num(ab, "shadowSystems"));
        assertEquals(172_800, num(ab, "targetSeconds"));
        double s1 = 31_680.0 / (4 * 172_800.0);
        double s2 = 1 - 7_200.0 / 64_800.0;
        double s5 = 1.0; // min(1, 1 / 3 × 10)
        assertEquals(s1, dbl(ab, "s1"), EPS);
        assertEquals(s2, dbl(ab, "s2"), EPS);
        assertEquals(1.0 / 3.0, dbl(ab, "s3"), EPS);
        assertEquals(1.0 / 3.0, dbl(ab, "s4"), EPS);
        assertEquals(s5, dbl(ab, "s5"), EPS);
        double index = 100 * (0.30 * s1 + 0.20 * s2 + 0.20 / 3 + 0.15 / 3 + 0.15 * s5);
        assertEquals(index, dbl(ab, "wallIndex"), 1e-6);

        Map<?, ?> ac = pair(r, a, c);
        assertEquals(0, num(ac, "closed"));
        assertNull(ac.get("wallIndex"), "a pair with no closed request has no index, not 0");
        assertNull(ac.get("p50LeadSeconds"));

        // Organisation: closed-weighted mean over pairs with an index (A→B with 3, A→D with 1).
        Map<?, ?> ad = pair(r, a, d);
        double org = (index * 3 + dbl(ad, "wallIndex") * 1) / 4;
        assertEquals(org, ((Number) r.at("organisation.wallIndex")).doubleValue(), 1e-6);
        assertEquals(6, r.num("organisation.requests"));
        assertEquals(4, r.num("organisation.closed"));
        assertEquals(0.30, ((Number) r.at("weights.w1")).doubleValue(), EPS);
        assertEquals("2024-01-01", r.str("window.from"));
    }

    @Test
    void shouldReturnExactlyThePairsRequestsAsEvidence() {
        Resp evidence = admin.get("/api/requests?requester=" + a + "&responder=" + b
                + "&openedFrom=2024-01-01&openedTo=2024-12-31&size=500");
        assertEquals(4, evidence.num("total"));
    }

    @Test
    void shouldComputeIncidentWallMetrics() {
        Resp r = admin.get("/api/metrics/incidents?" + WINDOW + "&team=" + a);
        assertEquals(200, r.status(), r.toString());
        assertEquals(2, r.num("incidents"));
        assertEquals(1, r.num("accessDelayed"));
        assertEquals(0.5, ((Number) r.at("accessDelayedShare")).doubleValue(), EPS);
        assertEquals(0.35, ((Number) r.at("p50WallShare")).doubleValue(), EPS); // shares 0 and 0.7
        assertEquals(0.595, ((Number) r.at("p85WallShare")).doubleValue(), EPS);
        assertEquals(15.5 * DAY, ((Number) r.at("p50TimeToResolveSeconds")).doubleValue(), EPS);
        assertEquals(21.0 * DAY, ((Number) r.at("p50TimeToRootCauseSeconds")).doubleValue(), EPS);
        assertEquals(21 * DAY, r.num("largestWallTime.wallTimeSeconds"));
        assertEquals(0.7, ((Number) r.at("largestWallTime.wallShare")).doubleValue(), EPS);
        assertEquals("Data corruption", r.str("largestWallTime.title"));
    }

    /** Declined on day 2, reopened on day 4, fulfilled on day 5: open 1–2 and 4–5 of a 10-day incident. */
    @Test
    void shouldCountOnlyTheOpenSpansOfAReopenedRequestAsWallTime() {
        String e = team(admin, "DEV");
        Instant jun1 = Instant.parse("2024-06-01T00:00:00Z");
        Map<String, Object> body = Fixtures.anIncident(List.of(e));
        body.put("startedAt", jun1.toString());
        body.put("detectedAt", jun1.toString());
        body.put("resolvedAt", jun1.plusSeconds(10 * DAY).toString());
        body.remove("rootCauseAt");
        body.remove("mitigatedAt");
        long incident = admin.post("/api/incidents", body).num("id");
        long request = open(e, d, jun1.plusSeconds(DAY), incident);
        event(request, "DECLINED", d, jun1.plusSeconds(2 * DAY));
        event(request, "REOPENED", e, jun1.plusSeconds(4 * DAY));
        event(request, "FULFILLED", d, jun1.plusSeconds(5 * DAY));

        Resp r = admin.get("/api/metrics/incidents?from=2024-06-01&to=2024-06-30&team=" + e);
        assertEquals(2 * DAY, r.num("largestWallTime.wallTimeSeconds"));
        assertEquals(0.2, ((Number) r.at("largestWallTime.wallShare")).doubleValue(), EPS);
        assertEquals(2 * DAY, admin.get("/api/incidents/" + incident).num("wallTimeSeconds"));
    }

    @Test
    void shouldComputeShadowMetricsWithAmnestyAndGoAroundRate() {
        Resp r = admin.get("/api/metrics/shadow?" + WINDOW + "&team=" + a);
        assertEquals(200, r.status(), r.toString());
        assertEquals(2, r.num("total"));
        long lag1 = 335 * DAY;
        long lag2 = 10 * DAY;
        assertEquals((lag1 + lag2) / 2.0, ((Number) r.at("p50DiscoveryLagSeconds")).doubleValue(), EPS);
        assertEquals(lag2 + 0.85 * (lag1 - lag2), ((Number) r.at("p85DiscoveryLagSeconds")).doubleValue(), EPS);
        assertEquals(lag1 + lag2, r.num("exposureSeconds"));
        assertEquals(lag1, r.num("customerDataExposureSeconds"));
        assertEquals(0.5, ((Number) r.at("goAroundRate")).doubleValue(), EPS);
        assertEquals("Heroku app", r.str("longestUnnoticed.name"));
        assertEquals(1, r.num("byClassification.CUSTOMER_PII"));
        assertEquals(1, r.num("byMethod.SELF_REPORTED"));
        assertEquals(2, ((List<?>) r.at("systems")).size());
    }

    @Test
    void shouldBucketTrendsByMonth() {
        Resp r = admin.get("/api/metrics/trends?bucket=month&" + WINDOW + "&team=" + a);
        assertEquals(200, r.status(), r.toString());
        List<?> buckets = (List<?>) r.at("buckets");
        assertEquals(12, buckets.size());
        Map<?, ?> feb = (Map<?, ?>) buckets.get(1);
        assertEquals("2024-02-01", feb.get("start"));
        assertEquals(5, num(feb, "requestsOpened"));
        assertEquals(21_600.0, dbl(feb, "p50LeadSeconds"), EPS);
        assertEquals(1.0 / 3.0, dbl(feb, "pingPongRate"), EPS);
        assertEquals(1, num((Map<?, ?>) buckets.get(2), "incidents"));
        assertEquals(1, num((Map<?, ?>) buckets.get(11), "shadowDiscovered"));
        assertEquals(400, admin.get("/api/metrics/trends?bucket=day").status());
    }

    @Test
    void shouldExportCsvAndRejectBadWindows() {
        Resp csv = admin.send(io.micronaut.http.HttpRequest.GET("/api/metrics/team-pairs.csv?" + WINDOW + "&team=" + a)
                .accept(io.micronaut.http.MediaType.of("text/csv")));
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.raw().startsWith("requesterTeam,responderTeam,requests"), csv.raw());
        assertTrue(csv.raw().contains(a + "," + b + ",4,3,1"), csv.raw());
        assertEquals(
                List.of("from"),
                admin.get("/api/metrics/team-pairs?from=yesterday").errorFields());
        assertEquals(
                List.of("team"),
                admin.get("/api/metrics/team-pairs?team=nope-nope").errorFields());
        assertEquals(401, anonymous().get("/api/metrics/team-pairs").status());
    }

    @Test
    void shouldShowANewEventInTheMetricsRightAway() {
        String e = team(admin, "OPS");
        long open = open(e, d, Instant.parse("2024-05-01T00:00:00Z"));
        Resp before = admin.get("/api/metrics/team-pairs?" + WINDOW + "&team=" + e);
        assertEquals(0, num(pair(before, e, d), "closed"));
        event(open, "FULFILLED", d, Instant.parse("2024-05-01T05:00:00Z"));
        Resp after = admin.get("/api/metrics/team-pairs?" + WINDOW + "&team=" + e);
        assertEquals(1, num(pair(after, e, d), "closed"));
        assertEquals(18_000.0, dbl(pair(after, e, d), "p50LeadSeconds"), EPS);
    }

    @Test
    void shouldAgreeWithTheDatabasesPercentileCont() {
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            int n = 1 + random.nextInt(40);
            long[] values = new long[n];
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(5_000_000);
                rows.append(i == 0 ? "" : ", ").append("(").append(values[i]).append(")");
            }
            for (double p : new double[] {0.5, 0.85, 0.95}) {
                double sql = tx.executeRead(s -> jdbc.prepareStatement(
                        "SELECT PERCENTILE_CONT(" + p + ") WITHIN GROUP (ORDER BY x) FROM (VALUES " + rows
                                + ") AS t(x)",
                        ps -> {
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                return rs.getDouble(1);
                            }
                        }));
                assertEquals(sql, Percentiles.cont(values, n, p), 1e-6, "n=" + n + " p=" + p);
            }
        }
    }

    private static Map<?, ?> pair(Resp r, String requester, String responder) {
        return ((List<?>) r.at("pairs"))
                .stream()
                        .map(p -> (Map<?, ?>) p)
                        .filter(p ->
                                requester.equals(p.get("requesterTeam")) && responder.equals(p.get("responderTeam")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no pair " + requester + "→" + responder + ": " + r));
    }

    private static long num(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).longValue();
    }

    private static double dbl(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private long open(String requester, String responder, Instant at) {
        return open(requester, responder, at, null);
    }

    private long open(String requester, String responder, Instant at, Long incidentId) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                "Need access",
                "kind",
                "LOG_ACCESS",
                "requesterTeam",
                requester,
                "responderTeam",
                responder,
                "openedAt",
                at.toString()));
        if (incidentId != null) {
            body.put("incidentId", incidentId);
        }
        Resp r = admin.post("/api/requests", body);
        assertEquals(201, r.status(), r.toString());
        return r.num("id");
    }

    private void event(long id, String type, String team, Instant at) {
        Resp r = admin.post("/api/requests/" + id + "/events", Map.of("type", type, "team", team, "at", at.toString()));
        assertEquals(201, r.status(), r.toString());
    }

    private long incident(String title, Instant detected, Instant rootCause, Instant resolved) {
        Map<String, Object> body = Fixtures.anIncident(List.of(a, b));
        body.put("title", title);
        body.put("startedAt", detected.minus(Duration.ofHours(1)).toString());
        body.put("detectedAt", detected.toString());
        body.put("resolvedAt", resolved.toString());
        body.remove("rootCauseAt");
        body.remove("mitigatedAt");
        if (rootCause != null) {
            body.put("rootCauseAt", rootCause.toString());
        }
        Resp r = admin.post("/api/incidents", body);
        assertEquals(201, r.status(), r.toString());
        return r.num("id");
    }

    private void shadow(
            String name,
            String owner,
            String discoveredBy,
            String method,
            String classification,
            String firstLive,
            String discovered,
            List<Long> motivatedBy) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "provider",
                "Heroku",
                "ownerTeam",
                owner,
                "dataClassification",
                classification,
                "firstLiveAt",
                firstLive,
                "discoveredAt",
                discovered,
                "discoveredBy",
                discoveredBy,
                "discoveryMethod",
                method,
                "motivatedBy",
                motivatedBy));
        body.put("url", "https://" + unique("app") + ".example.com");
        Resp r = admin.post("/api/shadow-systems", body);
        assertEquals(201, r.status(), r.toString());
    }
}
