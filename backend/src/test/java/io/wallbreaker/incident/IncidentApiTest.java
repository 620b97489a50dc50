package io.wallbreaker.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentApiTest extends ApiTestBase {

    private Api admin;
    private Api member;
    private Api viewer;
    private String dev;
    private String ops;

    @BeforeAll
    void setUp() {
        admin = admin();
        dev = team(admin, "DEV");
        ops = team(admin, "OPS");
        member = user(admin, "MEMBER", List.of(dev));
        viewer = user(admin, "VIEWER", List.of());
    }

    /** A valid create body: the seed story's incident, with a unique tag to find it by. */
    private Map<String, Object> anIncident(String tag) {
        Map<String, Object> body = Fixtures.anIncident(List.of(dev, ops));
        body.put("tags", List.of(tag, "Data-Corruption"));
        return body;
    }

    private Resp create(Map<String, Object> body) {
        Resp r = member.post("/api/incidents", body);
        assertEquals(201, r.status(), r.toString());
        return r;
    }

    @Test
    void shouldCreateIncidentWithKeyDurationsAndChildListsWhenBodyIsValid() {
        Resp r = create(anIncident(unique("tag")));
        long id = r.num("id");
        assertEquals("/api/incidents/" + id, r.headers().get("Location"));
        assertEquals("INC-" + id, r.str("key"));
        assertEquals("SEV2", r.str("severity"));
        assertEquals("2025-01-06T10:00:00Z", r.str("detectedAt"));
        assertEquals(7200, r.num("timeToDetectSeconds"));
        assertEquals(21 * 86400, r.num("timeToRootCauseSeconds"));
        assertEquals(22 * 86400, r.num("timeToResolveSeconds"));
        assertEquals(0, r.num("wallTimeSeconds"));
        assertEquals(0.0, ((Number) r.at("wallShare")).doubleValue());
        assertEquals(List.of(dev, ops).stream().sorted().toList(), r.at("teams"));
        assertEquals(List.of("order-cache", "orders"), r.at("services"));
        assertTrue(((List<?>) r.at("tags")).contains("data-corruption"), "tags are lower-cased: " + r);
        assertEquals(List.of("cross-team-access", "missing-observability"), r.at("contributingFactors"));
        assertNull(r.at("postmortemStatus"));
        assertEquals(0, r.num("version"));

        Resp read = viewer.get("/api/incidents/" + id);
        assertEquals(200, read.status());
        assertEquals(r.str("title"), read.str("title"));

        Resp audit = admin.get("/api/audit?entityType=incident&entityId=" + id);
        assertEquals(200, audit.status(), audit.toString());
        assertEquals("CREATE", audit.str("items[0].action"));
    }

    @Test
    void shouldLeaveDurationsNullWhenTimestampsAreMissing() {
        Map<String, Object> body = anIncident(unique("tag"));
        body.remove("rootCauseAt");
        body.remove("mitigatedAt");
        body.remove("resolvedAt");
        body.put("status", "OPEN");
        Resp r = create(body);
        assertEquals(7200, r.num("timeToDetectSeconds"));
        assertNull(r.at("timeToRootCauseSeconds"));
        assertNull(r.at("timeToResolveSeconds"));
        assertTrue(r.map().containsKey("timeToResolveSeconds"), "null fields are written");
    }

    @Test
    void shouldNameTheOffendingFieldWhenTheOrderRuleIsBroken() {
        Map<String, String> cases = Map.of(
                "detectedAt", "2025-01-06T07:00:00Z",
                "resolvedAt", "2025-01-06T09:00:00Z",
                "rootCauseAt", "2025-01-06T09:30:00Z",
                "mitigatedAt", "2025-01-06T09:59:59Z");
        cases.forEach((field, value) -> {
            Map<String, Object> body = anIncident(unique("tag"));
            body.put(field, value);
            Resp r = member.post("/api/incidents", body);
            assertProblem(r, 400);
            assertEquals(List.of(field), r.errorFields(), field + ": " + r);
        });
    }

    @Test
    void shouldRejectTimestampsInTheFutureButAcceptTheClockSkew() {
        Map<String, Object> body = anIncident(unique("tag"));
        body.put("resolvedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        Resp r = member.post("/api/incidents", body);
        assertProblem(r, 400);
        assertEquals(List.of("resolvedAt"), r.errorFields());

        body.put("resolvedAt", Instant.now().plus(2, ChronoUnit.MINUTES).toString());
        assertEquals(201, member.post("/api/incidents", body).status());
    }

    @Test
    void shouldNameEveryInvalidFieldWhenRequiredFieldsAreMissingOrMalformed() {
        Map<String, Object> body = new HashMap<>();
        body.put("severity", "SEV9");
        body.put("startedAt", "yesterday");
        Resp r = member.post("/api/incidents", body);
        assertProblem(r, 400);
        assertEquals(List.of("title", "severity", "status", "startedAt", "detectedAt"), r.errorFields());
    }

    @Test
    void shouldRejectUnknownTeamsAndFactorsNamingTheField() {
        Map<String, Object> body = anIncident(unique("tag"));
        body.put("teams", List.of(dev, "no-such-team"));
        Resp r = member.post("/api/incidents", body);
        assertProblem(r, 400);
        assertEquals(List.of("teams"), r.errorFields());

        body = anIncident(unique("tag"));
        body.put("contributingFactors", List.of("change", "bad-luck"));
        r = member.post("/api/incidents", body);
        assertProblem(r, 400);
        assertEquals(List.of("contributingFactors"), r.errorFields());
        assertTrue(r.str("errors[0].message").contains("bad-luck"), r.toString());
    }

    @Test
    void shouldServeTheControlledListOfContributingFactors() {
        Resp r = viewer.get("/api/contributing-factors");
        assertEquals(200, r.status());
        List<String> codes =
                r.list().stream().map(f -> (String) ((Map<?, ?>) f).get("code")).toList();
        assertTrue(
                codes.containsAll(List.of(
                        "cross-team-access",
                        "shadow-system",
                        "unknown-owner",
                        "missing-observability",
                        "change",
                        "capacity",
                        "dependency",
                        "process")),
                codes.toString());
        assertEquals("Cross-team access", r.str("[0].label"));
        assertTrue(!r.str("[0].description").isBlank());
    }

    @Test
    void shouldFilterByEveryCriterionAndOrderNewestDetectedFirst() {
        String tag = unique("tag");
        String team = team(admin, "SUPPORT");
        Map<String, Object> older = anIncident(tag);
        older.put("title", "Older checkout incident");
        long olderId = create(older).num("id");
        Map<String, Object> newer = anIncident(tag);
        newer.put("title", "Newer search incident");
        newer.put("severity", "SEV1");
        newer.put("status", "OPEN");
        newer.put("startedAt", "2025-02-01T08:00:00Z");
        newer.put("detectedAt", "2025-02-01T09:00:00Z");
        newer.remove("rootCauseAt");
        newer.remove("mitigatedAt");
        newer.remove("resolvedAt");
        newer.put("teams", List.of(team));
        newer.put("contributingFactors", List.of("shadow-system"));
        long newerId = create(newer).num("id");

        Resp both = viewer.get("/api/incidents?tag=" + tag);
        assertEquals(200, both.status());
        assertEquals(2, both.num("total"));
        assertEquals(newerId, both.num("items[0].id"));
        assertEquals(olderId, both.num("items[1].id"));

        assertOnly("/api/incidents?tag=" + tag + "&severity=SEV1", newerId);
        assertOnly("/api/incidents?tag=" + tag + "&status=resolved", olderId);
        assertOnly("/api/incidents?tag=" + tag + "&team=" + team, newerId);
        assertOnly("/api/incidents?tag=" + tag + "&factor=cross-team-access", olderId);
        assertOnly("/api/incidents?tag=" + tag + "&q=CHECKOUT", olderId);
        assertOnly("/api/incidents?tag=" + tag + "&from=2025-01-20", newerId);
        assertOnly("/api/incidents?tag=" + tag + "&to=2025-01-20", olderId);
        assertOnly("/api/incidents?tag=" + tag.toUpperCase(), olderId, newerId);

        Resp paged = viewer.get("/api/incidents?tag=" + tag + "&size=1&page=1");
        assertEquals(2, paged.num("total"));
        assertEquals(olderId, paged.num("items[0].id"));
    }

    @Test
    void shouldRejectBadFiltersNamingTheParameter() {
        assertProblem(viewer.get("/api/incidents?severity=SEV9"), 400);
        assertEquals(
                List.of("severity"), viewer.get("/api/incidents?severity=SEV9").errorFields());
        assertEquals(
                List.of("team"), viewer.get("/api/incidents?team=no-such-team").errorFields());
        assertEquals(List.of("from"), viewer.get("/api/incidents?from=soon").errorFields());
        assertEquals(List.of("size"), viewer.get("/api/incidents?size=501").errorFields());
    }

    private void assertOnly(String path, Long... ids) {
        Resp r = viewer.get(path);
        assertEquals(200, r.status(), r.toString());
        List<Long> found = ((List<?>) r.at("items"))
                .stream()
                        .map(i -> ((Number) ((Map<?, ?>) i).get("id")).longValue())
                        .toList();
        assertEquals(
                List.of(ids).stream().sorted().toList(), found.stream().sorted().toList(), path);
    }

    @Test
    void shouldUpdateWithCurrentVersionAndRefuseStaleVersion() {
        String tag = unique("tag");
        Resp created = create(anIncident(tag));
        long id = created.num("id");
        Map<String, Object> body = anIncident(tag);
        body.put("title", "Renamed");
        body.put("teams", List.of(ops));
        body.put("contributingFactors", List.of("change"));
        body.put("version", 0);
        Resp updated = member.put("/api/incidents/" + id, body);
        assertEquals(200, updated.status(), updated.toString());
        assertEquals(1, updated.num("version"));
        assertEquals("Renamed", updated.str("title"));
        assertEquals(List.of(ops), updated.at("teams"));
        assertEquals(List.of("change"), updated.at("contributingFactors"));

        body.put("title", "Lost update");
        Resp stale = member.put("/api/incidents/" + id, body);
        assertProblem(stale, 409);
        assertEquals("Renamed", viewer.get("/api/incidents/" + id).str("title"));

        body.remove("version");
        Resp noVersion = member.put("/api/incidents/" + id, body);
        assertProblem(noVersion, 400);
        assertEquals(List.of("version"), noVersion.errorFields());

        Resp audit = admin.get("/api/audit?entityType=incident&entityId=" + id);
        assertEquals(2, audit.num("total"), audit.toString());
    }

    @Test
    void shouldAnswerNotFoundForUnknownIncident() {
        assertProblem(viewer.get("/api/incidents/99999999"), 404);
        Map<String, Object> body = anIncident(unique("tag"));
        body.put("version", 0);
        assertProblem(member.put("/api/incidents/99999999", body), 404);
        assertProblem(viewer.get("/api/incidents/99999999/timeline"), 404);
        assertProblem(viewer.get("/api/incidents/99999999/action-items"), 404);
    }

    @Test
    void shouldKeepTimelineInTimeOrderWhateverTheRecordingOrder() {
        long id = create(anIncident(unique("tag"))).num("id");
        Resp later = member.post(
                "/api/incidents/" + id + "/timeline",
                Map.of(
                        "at",
                        "2025-01-27T10:00:00Z",
                        "text",
                        "Cache entry found outliving the update",
                        "kind",
                        "ROOT_CAUSE"));
        assertEquals(201, later.status(), later.toString());
        assertEquals("ROOT_CAUSE", later.str("kind"));
        assertTrue(later.str("recordedBy").startsWith("user-"), later.toString());
        Resp earlier = member.post(
                "/api/incidents/" + id + "/timeline",
                Map.of("at", "2025-01-06T10:00:00Z", "text", "Support reports wrong totals", "kind", "detection"));
        assertEquals(201, earlier.status(), earlier.toString());

        Resp timeline = viewer.get("/api/incidents/" + id + "/timeline");
        assertEquals(200, timeline.status());
        assertEquals(2, timeline.list().size());
        assertEquals("Support reports wrong totals", timeline.str("[0].text"));
        assertEquals("DETECTION", timeline.str("[0].kind"));
        assertEquals("2025-01-27T10:00:00Z", timeline.str("[1].at"));

        Resp audit = admin.get("/api/audit?entityType=timeline-entry&entityId=" + later.num("id"));
        assertEquals(1, audit.num("total"), audit.toString());
    }

    @Test
    void shouldRejectInvalidTimelineEntriesNamingTheFields() {
        long id = create(anIncident(unique("tag"))).num("id");
        Resp r = member.post("/api/incidents/" + id + "/timeline", Map.of("at", "soon", "kind", "GOSSIP"));
        assertProblem(r, 400);
        assertEquals(List.of("at", "text", "kind"), r.errorFields());
        Resp future = member.post(
                "/api/incidents/" + id + "/timeline",
                Map.of("at", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "text", "x", "kind", "NOTE"));
        assertEquals(List.of("at"), future.errorFields());
    }

    @Test
    void shouldTrackActionItemsAndFindOverdueOnesByTeam() {
        long id = create(anIncident(unique("tag"))).num("id");
        String owner = team(admin, "DEV");
        Resp overdue = member.post(
                "/api/incidents/" + id + "/action-items",
                Map.of("title", "Give Dev read access to logs", "ownerTeam", owner, "dueDate", "2000-01-31"));
        assertEquals(201, overdue.status(), overdue.toString());
        long overdueId = overdue.num("id");
        assertEquals(
                "/api/incidents/" + id + "/action-items/" + overdueId,
                overdue.headers().get("Location"));
        assertEquals("OPEN", overdue.str("status"));
        assertEquals(true, overdue.at("overdue"));
        assertEquals("INC-" + id, overdue.str("incidentKey"));
        assertEquals("2000-01-31", overdue.str("dueDate"));
        Resp future = member.post(
                "/api/incidents/" + id + "/action-items",
                Map.of(
                        "title",
                        "Add request ids to logs",
                        "ownerTeam",
                        owner,
                        "dueDate",
                        "2999-12-31",
                        "status",
                        "OPEN"));
        assertEquals(false, future.at("overdue"));
        Resp done = member.post(
                "/api/incidents/" + id + "/action-items",
                Map.of(
                        "title",
                        "Clear cache in transaction",
                        "ownerTeam",
                        owner,
                        "dueDate",
                        "2000-01-01",
                        "status",
                        "DONE"));
        assertEquals(false, done.at("overdue"));

        Resp ofIncident = viewer.get("/api/incidents/" + id + "/action-items");
        assertEquals(3, ofIncident.num("total"));
        assertEquals(3, ((List<?>) ofIncident.at("items")).size());

        Resp overdueOfTeam = viewer.get("/api/action-items?overdue=true&team=" + owner);
        assertEquals(200, overdueOfTeam.status(), overdueOfTeam.toString());
        assertEquals(1, overdueOfTeam.num("total"));
        assertEquals(overdueId, overdueOfTeam.num("items[0].id"));
        assertEquals(3, viewer.get("/api/action-items?team=" + owner).num("total"));
        assertEquals(
                2, viewer.get("/api/action-items?overdue=false&team=" + owner).num("total"));
        assertEquals(
                List.of("team"),
                viewer.get("/api/action-items?team=no-such-team").errorFields());

        Resp closed = member.put(
                "/api/incidents/" + id + "/action-items/" + overdueId,
                Map.of(
                        "title",
                        "Give Dev read access to logs",
                        "ownerTeam",
                        owner,
                        "dueDate",
                        "2000-01-31",
                        "status",
                        "DONE",
                        "version",
                        0));
        assertEquals(200, closed.status(), closed.toString());
        assertEquals(false, closed.at("overdue"));
        assertEquals(1, closed.num("version"));
        assertEquals(
                0, viewer.get("/api/action-items?overdue=true&team=" + owner).num("total"));
        assertEquals(
                "DONE",
                viewer.get("/api/incidents/" + id + "/action-items/" + overdueId)
                        .str("status"));

        Resp stale = member.put(
                "/api/incidents/" + id + "/action-items/" + overdueId,
                Map.of("title", "x", "ownerTeam", owner, "status", "OPEN", "version", 0));
        assertProblem(stale, 409);
        Resp audit = admin.get("/api/audit?entityType=action-item&entityId=" + overdueId);
        assertEquals(2, audit.num("total"), audit.toString());
    }

    @Test
    void shouldRejectInvalidActionItemsNamingTheFields() {
        long id = create(anIncident(unique("tag"))).num("id");
        Resp r = member.post(
                "/api/incidents/" + id + "/action-items", Map.of("dueDate", "next week", "status", "MAYBE"));
        assertProblem(r, 400);
        assertEquals(List.of("title", "ownerTeam", "dueDate", "status"), r.errorFields());
        Resp unknownTeam = member.post(
                "/api/incidents/" + id + "/action-items", Map.of("title", "x", "ownerTeam", "no-such-team"));
        assertEquals(List.of("ownerTeam"), unknownTeam.errorFields());
        Resp otherIncident = member.put(
                "/api/incidents/99999999/action-items/1",
                Map.of("title", "x", "ownerTeam", dev, "status", "OPEN", "version", 0));
        assertProblem(otherIncident, 404);
    }

    @Test
    void shouldForbidWritesToViewersAndRequireSignIn() {
        Map<String, Object> body = anIncident(unique("tag"));
        assertProblem(viewer.post("/api/incidents", body), 403);
        long id = create(body).num("id");
        body.put("version", 0);
        assertProblem(viewer.put("/api/incidents/" + id, body), 403);
        assertProblem(
                viewer.post(
                        "/api/incidents/" + id + "/timeline",
                        Map.of("at", "2025-01-06T10:00:00Z", "text", "x", "kind", "NOTE")),
                403);
        assertProblem(
                viewer.post("/api/incidents/" + id + "/action-items", Map.of("title", "x", "ownerTeam", dev)), 403);
        assertProblem(
                viewer.put(
                        "/api/incidents/" + id + "/action-items/1",
                        Map.of("title", "x", "ownerTeam", dev, "version", 0)),
                403);
        assertEquals(401, anonymous().get("/api/incidents").status());
        assertEquals(401, anonymous().get("/api/action-items").status());
        assertEquals(401, anonymous().get("/api/contributing-factors").status());
        assertEquals(401, anonymous().post("/api/incidents", body).status());
    }

    static void assertProblem(Resp r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType(), r.toString());
        assertEquals(status, r.num("status"));
    }
}
