package io.wallbreaker.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Timeline entries are corrected and removed, action items removed: version-checked, audited with
 * the incident as their parent, so the incident's History lists them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentChildRecordsApiTest extends ApiTestBase {

    private Api admin;
    private Api member;
    private Api viewer;
    private String dev;

    @BeforeAll
    void setUp() {
        admin = admin();
        dev = team(admin, "DEV");
        member = user(admin, "MEMBER", List.of(dev));
        viewer = user(admin, "VIEWER", List.of());
    }

    private long incident() {
        return member.post("/api/incidents", Fixtures.anIncident(List.of(dev))).num("id");
    }

    private Resp entry(long incident, String at, String text) {
        Resp r = member.post(
                "/api/incidents/" + incident + "/timeline", Map.of("at", at, "kind", "ACTION", "text", text));
        assertEquals(201, r.status(), r.toString());
        return r;
    }

    @Test
    void shouldCorrectATimelineEntryAndReorderTheTimeline() {
        long id = incident();
        Resp first = entry(id, "2025-01-06T10:00:00Z", "Support reports wrong totals");
        Resp second = entry(id, "2025-01-07T10:00:00Z", "Ops asks for a ticket");
        assertEquals(0, first.num("version"));

        Resp edited = member.put(
                "/api/incidents/" + id + "/timeline/" + second.num("id"),
                Map.of("at", "2025-01-06T09:00:00Z", "kind", "DETECTION", "text", "  Alert fires  ", "version", 0));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Alert fires", edited.str("text"));
        assertEquals("DETECTION", edited.str("kind"));
        assertEquals(1, edited.num("version"));
        assertEquals(second.str("recordedBy"), edited.str("recordedBy"), "who recorded it stays");

        Resp timeline = viewer.get("/api/incidents/" + id + "/timeline");
        assertEquals("Alert fires", timeline.str("[0].text"), "the corrected time moves it first");
        assertEquals(first.num("id"), timeline.num("[1].id"));
    }

    @Test
    void shouldRefuseAStaleEditOrDeleteAndKeepTheOtherWriter() {
        long id = incident();
        long entryId = entry(id, "2025-01-06T10:00:00Z", "Original").num("id");
        String path = "/api/incidents/" + id + "/timeline/" + entryId;
        assertEquals(
                200,
                member.put(path, Map.of("at", "2025-01-06T10:00:00Z", "kind", "ACTION", "text", "First", "version", 0))
                        .status());

        Resp stale =
                admin.put(path, Map.of("at", "2025-01-06T10:00:00Z", "kind", "ACTION", "text", "Second", "version", 0));
        IncidentApiTest.assertProblem(stale, 409);
        IncidentApiTest.assertProblem(admin.delete(path + "?version=0"), 409);
        assertEquals("First", viewer.get("/api/incidents/" + id + "/timeline").str("[0].text"));

        Resp noVersion = admin.delete(path);
        IncidentApiTest.assertProblem(noVersion, 400);
        assertEquals(List.of("version"), noVersion.errorFields());
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentEditsWin() throws Exception {
        long id = incident();
        long entryId = entry(id, "2025-01-06T10:00:00Z", "Original").num("id");
        String path = "/api/incidents/" + id + "/timeline/" + entryId;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Resp>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String text = "Writer " + i;
                Callable<Resp> edit = () -> member.put(
                        path, Map.of("at", "2025-01-06T10:00:00Z", "kind", "ACTION", "text", text, "version", 0));
                answers.add(pool.submit(edit));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Resp> a : answers) {
                statuses.add(a.get().status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, viewer.get("/api/incidents/" + id + "/timeline").num("[0].version"));
    }

    @Test
    void shouldValidateAnEditFieldByFieldWithoutChangingTheEntry() {
        long id = incident();
        long entryId = entry(id, "2025-01-06T10:00:00Z", "Original").num("id");
        Resp r = member.put(
                "/api/incidents/" + id + "/timeline/" + entryId,
                Map.of("at", "yesterday", "kind", "GOSSIP", "text", " ", "version", 0));
        IncidentApiTest.assertProblem(r, 400);
        assertTrue(r.errorFields().containsAll(List.of("at", "kind", "text")), r.toString());
        assertEquals(
                "Original", viewer.get("/api/incidents/" + id + "/timeline").str("[0].text"));
    }

    @Test
    void shouldDeleteAnEntryAndAnActionItemAndKeepWhatTheySaidInTheIncidentsHistory() {
        long id = incident();
        long entryId = entry(id, "2025-01-06T10:00:00Z", "Wrong incident").num("id");
        Resp item = member.post(
                "/api/incidents/" + id + "/action-items",
                Map.of("title", "Add request ids", "ownerTeam", dev, "dueDate", "2025-03-01"));
        assertEquals(201, item.status(), item.toString());

        IncidentApiTest.assertProblem(
                viewer.delete("/api/incidents/" + id + "/timeline/" + entryId + "?version=0"), 403);
        assertEquals(
                204,
                member.delete("/api/incidents/" + id + "/timeline/" + entryId + "?version=0")
                        .status());
        assertEquals(0, viewer.get("/api/incidents/" + id + "/timeline").list().size());
        IncidentApiTest.assertProblem(
                member.delete("/api/incidents/" + id + "/timeline/" + entryId + "?version=0"), 404);
        assertEquals(
                204,
                member.delete("/api/incidents/" + id + "/action-items/" + item.num("id") + "?version=0")
                        .status());
        assertEquals(0, viewer.get("/api/incidents/" + id + "/action-items").num("total"));

        Resp own = viewer.get("/api/audit?entityType=incident&entityId=" + id);
        assertEquals(1, own.num("total"), "without includeChildren only the incident's own entries");
        Resp history = viewer.get("/api/audit?entityType=incident&entityId=" + id + "&includeChildren=true");
        assertEquals(200, history.status(), history.toString());
        assertEquals(5, history.num("total"), history.toString());
        assertEquals("DELETE", history.str("items[0].action"));
        assertEquals("action-item", history.str("items[0].entityType"));
        assertEquals("incident", history.str("items[0].parentType"));
        assertEquals(String.valueOf(id), history.str("items[0].parentId"));
        assertEquals("Add request ids", oldValue(history, 0, "title"));
        assertEquals("timeline-entry", history.str("items[1].entityType"));
        assertEquals("DELETE", history.str("items[1].action"));
        assertEquals("Wrong incident", oldValue(history, 1, "text"));
        assertEquals("incident", history.str("items[4].entityType"));
        assertNull(history.at("items[4].parentType"));

        IncidentApiTest.assertProblem(
                viewer.get("/api/audit?entityType=incident&entityId=" + id + "&includeChildren=perhaps"), 400);
    }

    @Test
    void shouldNotTouchAnEntryOrItemThroughAnotherIncident() {
        long id = incident();
        long other = incident();
        long entryId = entry(id, "2025-01-06T10:00:00Z", "Mine").num("id");
        IncidentApiTest.assertProblem(
                member.put(
                        "/api/incidents/" + other + "/timeline/" + entryId,
                        Map.of("at", "2025-01-06T10:00:00Z", "kind", "ACTION", "text", "Theirs", "version", 0)),
                404);
        IncidentApiTest.assertProblem(
                member.delete("/api/incidents/" + other + "/timeline/" + entryId + "?version=0"), 404);
        assertEquals("Mine", viewer.get("/api/incidents/" + id + "/timeline").str("[0].text"));
    }

    private static String oldValue(Resp r, int item, String field) {
        return ((List<?>) r.at("items[" + item + "].changes"))
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> field.equals(c.get("field")))
                        .map(c -> (String) c.get("oldValue"))
                        .findFirst()
                        .orElse(null);
    }
}
