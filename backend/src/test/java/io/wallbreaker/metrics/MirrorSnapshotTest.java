package io.wallbreaker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart restores the mirror from its saved file and catches up on what was written since; the
 * result equals a mirror read from the database. A file that fails its checksum, or that belongs to
 * another state of the database, is ignored.
 */
@MicronautTest(transactional = false)
@Property(name = StoppedClock.PROPERTY, value = "true")
class MirrorSnapshotTest extends ApiTestBase {

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

    @TempDir
    Path dir;

    @Test
    void shouldRestoreTheSavedMirrorAndCatchUpWithLaterWrites() throws IOException {
        Api admin = admin();
        String dev = team(admin, "DEV");
        String ops = team(admin, "OPS");
        long incident = incident(admin, dev);
        long r1 = request(admin, dev, ops, incident, 5);
        event(admin, r1, "FULFILLED", ops, 4);
        Path file = dir.resolve("mirror.bin");

        MetricsMirror first = mirror(file);
        first.sync();
        assertFalse(first.restored(), "nothing saved yet: read from the database");
        assertTrue(Files.size(file) > 0, "saved after the first load");

        // Written while "the app was down": the restored mirror must catch up on these.
        long r2 = request(admin, ops, dev, incident, 3);
        event(admin, r2, "DECLINED", dev, 2);
        Map<String, Object> shadow = Fixtures.aShadowSystem(unique("svc"), "Heroku", dev, ops);
        shadow.put("motivatedBy", List.of(r1, r2));
        assertEquals(201, admin.post("/api/shadow-systems", shadow).status());
        admin.post("/api/teams", Map.of("slug", unique("late"), "name", "Late team", "kind", "DEV"));

        MetricsMirror restored = mirror(file);
        restored.sync();
        assertTrue(restored.restored(), "restored from the file");
        assertSameFigures(restored);

        // A flipped byte fails the checksum: the database is read instead, with the same figures.
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        MetricsMirror afterDamage = mirror(file);
        afterDamage.sync();
        assertFalse(afterDamage.restored());
        assertSameFigures(afterDamage);

        // A file whose last audit entry the database does not have as saved (another database, a restored backup).
        MirrorSnapshot.write(
                file,
                new MirrorSnapshot.State(
                        1, 42, List.of(), Map.of(), Map.of(), new RequestColumns(), new HashMap<>(), new HashMap<>()));
        MetricsMirror foreign = mirror(file);
        foreign.sync();
        assertFalse(foreign.restored());
        assertSameFigures(foreign);
    }

    private MetricsMirror mirror(Path file) {
        return new MetricsMirror(store, wallTime, tx, clock, false, file.toString());
    }

    private void assertSameFigures(MetricsMirror mirror) {
        MetricsMirror fromDatabase = new MetricsMirror(store, wallTime, tx, clock, false, "");
        fromDatabase.sync();
        MetricsCalculator expected = new MetricsCalculator(fromDatabase, store, wallTime, weights);
        MetricsCalculator actual = new MetricsCalculator(mirror, store, wallTime, weights);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (String view : List.of("team-pairs", "incidents", "shadow", "trends-week", "trends-month")) {
            MetricsCache.Key key = new MetricsCache.Key(view, today.minusDays(729), today, null);
            Object want = tx.executeRead(status -> expected.compute(key));
            Object got = tx.executeRead(status -> actual.compute(key));
            assertEquals(want, got, view);
        }
    }

    private long incident(Api admin, String team) {
        Map<String, Object> body = Fixtures.anIncident(List.of(team));
        Instant detected = clock.instant().minus(20, ChronoUnit.DAYS);
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

    private long request(Api admin, String requester, String responder, long incident, int daysAgo) {
        Map<String, Object> body = Fixtures.aRequest(requester, responder, "Logs please");
        body.put("openedAt", clock.instant().minus(daysAgo, ChronoUnit.DAYS).toString());
        body.put("incidentId", incident);
        Resp r = admin.post("/api/requests", body);
        assertEquals(201, r.status(), r.toString());
        return r.num("id");
    }

    private void event(Api admin, long request, String type, String team, int daysAgo) {
        Resp r = admin.post(
                "/api/requests/" + request + "/events",
                Map.of(
                        "type",
                        type,
                        "team",
                        team,
                        "at",
                        clock.instant().minus(daysAgo, ChronoUnit.DAYS).toString()));
        assertEquals(201, r.status(), r.toString());
    }
}
