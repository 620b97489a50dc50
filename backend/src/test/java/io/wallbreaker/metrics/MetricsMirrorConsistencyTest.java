package io.wallbreaker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.incident.IncidentWallTime;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import io.wallbreaker.support.StoppedClock;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The metrics mirror is updated change by change; this test holds it to a full recompute. Random
 * histories (seeded, so a failure reproduces) are written through the HTTP API — requests opened at
 * random past instants with millisecond precision, random legal events (reassignments, reopenings,
 * declines), links to incidents that get resolved later, shadow systems motivated by requests, OLA
 * targets replaced — and after every few writes each metric the application serves (through its
 * incrementally updated mirror) must equal, to the last digit, the same metric computed from a
 * mirror freshly read from the database. The clock stands still ({@link StoppedClock}): an
 * unresolved incident's wall share grows with it, so served and recomputed figures only agree to the
 * last digit when read at one instant.
 */
@MicronautTest(transactional = false)
@Property(name = StoppedClock.PROPERTY, value = "true")
class MetricsMirrorConsistencyTest extends ApiTestBase {

    private static final List<String> VIEWS =
            List.of("team-pairs", "incidents", "shadow", "trends-week", "trends-month");

    @Inject
    MetricsCache cache;

    @Inject
    MetricsStore store;

    @Inject
    IncidentWallTime wallTime;

    @Inject
    WallWeights weights;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    Clock clock;

    private final Map<Long, Instant> lastEventAt = new HashMap<>();
    private final List<Long> requests = new ArrayList<>();
    private final List<Long> incidents = new ArrayList<>();
    private final List<Long> shadowSystems = new ArrayList<>();
    private int comparisons;

    @ParameterizedTest
    @ValueSource(longs = {7, 1931})
    void shouldServeWhatAFullRecomputeGivesAfterEveryChange(long seed) {
        Random random = new Random(seed);
        Api admin = admin();
        List<String> teams = List.of(team(admin, "DEV"), team(admin, "DEV"), team(admin, "OPS"), team(admin, "OPS"));
        Instant now = clock.instant();
        for (int i = 0; i < 3; i++) {
            incidents.add(createIncident(admin, random, teams, now));
        }
        compareAll(random, teams);
        for (int step = 0; step < 70; step++) {
            int op = random.nextInt(20);
            if (op < 6 || requests.isEmpty()) {
                createRequest(admin, random, teams, now);
            } else if (op < 15) {
                appendEvent(admin, random, teams, now);
            } else if (op < 17) {
                createShadowSystem(admin, random, teams, now);
            } else if (op < 18) {
                resolveIncident(admin, random, now);
            } else if (op < 19) {
                incidents.add(createIncident(admin, random, teams, now));
            } else {
                replaceTargets(admin, random, teams);
            }
            if (step % 4 == 3) {
                compareAll(random, teams);
            }
        }
        compareAll(random, teams);
        assertTrue(comparisons >= 18 * VIEWS.size(), "compared " + comparisons + " results");
    }

    /** Every view, over the default window and a random narrower one, org-wide and for a random team. */
    private void compareAll(Random random, List<String> teams) {
        MetricsMirror fresh = new MetricsMirror(store, wallTime, tx, clock, false, "");
        fresh.sync();
        MetricsCalculator full = new MetricsCalculator(fresh, store, wallTime, weights);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String slug = teams.get(random.nextInt(teams.size()));
        Long teamId = tx.executeRead(status -> store.teamSlugs()).entrySet().stream()
                .filter(e -> e.getValue().equals(slug))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        LocalDate narrowFrom = today.minusDays(random.nextInt(200));
        for (String view : VIEWS) {
            for (MetricsCache.Key key : List.of(
                    new MetricsCache.Key(view, today.minusDays(729), today, null),
                    new MetricsCache.Key(view, narrowFrom, today, teamId))) {
                Object served = cache.get(key);
                Object recomputed = tx.executeRead(status -> full.compute(key));
                assertEquals(recomputed, served, key + " after " + requests.size() + " requests");
                comparisons++;
            }
        }
    }

    private void createRequest(Api admin, Random random, List<String> teams, Instant now) {
        int a = random.nextInt(teams.size());
        int b = (a + 1 + random.nextInt(teams.size() - 1)) % teams.size();
        Map<String, Object> body = Fixtures.aRequest(teams.get(a), teams.get(b), "Random request");
        body.put("kind", random.nextBoolean() ? "LOG_ACCESS" : "DATA_PULL");
        Instant openedAt = now.minusMillis(1 + (long) (random.nextDouble() * 300L * 86_400_000L));
        body.put("openedAt", openedAt.toString());
        if (random.nextInt(3) == 0) {
            body.put("incidentId", incidents.get(random.nextInt(incidents.size())));
        }
        Resp r = admin.post("/api/requests", body);
        assertEquals(201, r.status(), r.toString());
        requests.add(r.num("id"));
        lastEventAt.put(r.num("id"), openedAt);
    }

    @SuppressWarnings("unchecked")
    private void appendEvent(Api admin, Random random, List<String> teams, Instant now) {
        long id = requests.get(random.nextInt(requests.size()));
        Resp view = admin.get("/api/requests/" + id);
        List<Map<String, Object>> allowed = (List<Map<String, Object>>) view.at("allowedEvents");
        if (allowed == null || allowed.isEmpty()) {
            return;
        }
        Map<String, Object> pick = allowed.get(random.nextInt(allowed.size()));
        Instant last = lastEventAt.get(id);
        long room = Math.max(1, ChronoUnit.MILLIS.between(last, now) - 1);
        Instant at = last.plusMillis(1 + (long) (random.nextDouble() * Math.min(room, 20L * 86_400_000L)));
        Map<String, Object> event = new HashMap<>();
        event.put("type", pick.get("type"));
        event.put("team", pick.get("team"));
        event.put("at", at.toString());
        if ("REASSIGNED".equals(pick.get("type"))) {
            List<String> others = new ArrayList<>(teams);
            others.remove((String) view.at("requesterTeam"));
            others.remove((String) view.at("currentResponderTeam"));
            event.put("toTeam", others.get(random.nextInt(others.size())));
        }
        Resp r = admin.post("/api/requests/" + id + "/events", event);
        assertEquals(201, r.status(), r.toString());
        lastEventAt.put(id, at);
    }

    private void createShadowSystem(Api admin, Random random, List<String> teams, Instant now) {
        boolean selfReported = random.nextInt(4) == 0;
        String owner = teams.get(random.nextInt(2));
        Map<String, Object> body = Fixtures.aShadowSystem(
                unique("svc"), "Heroku", owner, selfReported ? owner : teams.get(2 + random.nextInt(2)));
        Instant discovered = now.minus(random.nextInt(300), ChronoUnit.DAYS);
        body.put("discoveredAt", discovered.toString());
        body.put(
                "firstLiveAt",
                discovered.minus(1 + random.nextInt(400), ChronoUnit.DAYS).toString());
        body.put("discoveryMethod", selfReported ? "SELF_REPORTED" : "BILLING_AUDIT");
        List<Long> motives = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            motives.add(requests.get(random.nextInt(requests.size())));
        }
        body.put("motivatedBy", motives.stream().distinct().toList());
        Resp r = admin.post("/api/shadow-systems", body);
        assertEquals(201, r.status(), r.toString());
        shadowSystems.add(r.num("id"));
    }

    private long createIncident(Api admin, Random random, List<String> teams, Instant now) {
        Map<String, Object> body = Fixtures.anIncident(List.of(teams.get(random.nextInt(teams.size()))));
        Instant detected = now.minusMillis(1 + (long) (random.nextDouble() * 200L * 86_400_000L));
        body.put("startedAt", detected.minus(1, ChronoUnit.HOURS).toString());
        body.put("detectedAt", detected.toString());
        body.remove("rootCauseAt");
        body.remove("mitigatedAt");
        body.remove("resolvedAt");
        body.put("status", "OPEN");
        Resp r = admin.post("/api/incidents", body);
        assertEquals(201, r.status(), r.toString());
        return r.num("id");
    }

    private void resolveIncident(Api admin, Random random, Instant now) {
        long id = incidents.get(random.nextInt(incidents.size()));
        Resp current = admin.get("/api/incidents/" + id);
        if (current.at("resolvedAt") != null) {
            return;
        }
        Map<String, Object> body = new HashMap<>(current.map());
        Instant detected = Instant.parse((String) body.get("detectedAt"));
        Instant resolved = detected.plusMillis((long) (random.nextDouble() * ChronoUnit.MILLIS.between(detected, now)));
        body.put("rootCauseAt", resolved.toString());
        body.put("mitigatedAt", resolved.toString());
        body.put("resolvedAt", resolved.toString());
        body.put("status", "RESOLVED");
        List<?> factors = (List<?>) body.getOrDefault("contributingFactors", List.of());
        body.put(
                "contributingFactors",
                factors.stream()
                        .map(f -> f instanceof Map<?, ?> m ? m.get("code") : f)
                        .toList());
        Resp r = admin.put("/api/incidents/" + id, body);
        assertEquals(200, r.status(), r.toString());
    }

    private void replaceTargets(Api admin, Random random, List<String> teams) {
        Map<String, Map<String, Object>> targets = new HashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String requester = teams.get(random.nextInt(2));
            String responder = teams.get(2 + random.nextInt(2));
            String kind = random.nextBoolean() ? "LOG_ACCESS" : "DATA_PULL";
            targets.put(
                    requester + responder + kind,
                    Map.of(
                            "requesterTeam", requester,
                            "responderTeam", responder,
                            "kind", kind,
                            "targetSeconds", 3600L * (1 + random.nextInt(200))));
        }
        Resp r = admin.put("/api/ola-targets", new ArrayList<>(targets.values()));
        assertEquals(200, r.status(), r.toString());
    }
}
