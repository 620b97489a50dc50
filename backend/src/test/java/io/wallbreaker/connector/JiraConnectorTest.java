package io.wallbreaker.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jira Cloud / Service Management deliveries through the webhook and the backfill, with the
 * hand-written fixtures of {@code src/test/resources/connectors/jira} (see its README): the story's
 * ticket must end as the manually recorded demo request, whatever order its deliveries arrive in.
 */
@MicronautTest(transactional = false)
class JiraConnectorTest extends ApiTestBase {

    /** The demo request's figures (docs/METRICS.md section 9), which the story ticket reproduces. */
    static final Map<String, Object> STORY_FIGURES = Map.of(
            "leadTimeSeconds", 1_814_400L,
            "timeToFirstResponseSeconds", 86_400L,
            "waitingOnResponderSeconds", 1_641_600L,
            "waitingOnRequesterSeconds", 172_800L,
            "activeSeconds", 604_800L,
            "handoffs", 4L,
            "bounces", 3L,
            "pingPong", true,
            "outcome", "FULFILLED");

    static final List<String> STORY_EVENTS = List.of(
            "OPENED web",
            "NEEDS_INFO ops",
            "COMMENTED ops",
            "COMMENTED web",
            "INFO_PROVIDED web",
            "NEEDS_INFO ops",
            "INFO_PROVIDED web",
            "STARTED ops",
            "FULFILLED ops");

    Api admin;
    ConnectorFixtures jira;

    @BeforeEach
    void setUp() {
        admin = admin();
        ConnectorFixtures.ensureTeams(admin);
        jira = new ConnectorFixtures("jira", jsonMapper);
    }

    /** Creates a Jira connector with the default mapping; returns the create answer (with its secret). */
    Resp connector() {
        Resp r = admin.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("jira")));
        assertEquals(201, r.status(), r.toString());
        return r;
    }

    void deliverAll(Resp connector, List<ConnectorFixtures.Delivery> deliveries) {
        for (ConnectorFixtures.Delivery d : deliveries) {
            Resp r = jira.deliver(anonymous(), connector.num("id"), connector.str("secret"), d);
            assertTrue(r.status() == 202 || r.status() == 200, d.file() + " → " + r);
        }
    }

    /** The request synced from the ticket with key {@code key}. */
    static Resp requestOf(Api admin, long connectorId, String key) {
        Resp list = admin.get("/api/requests?externalRef=" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8));
        assertEquals(1L, list.num("total"), "requests with reference " + key + ": " + list);
        Resp request = admin.get("/api/requests/" + list.num("items[0].id"));
        assertEquals(connectorId, request.num("source.connectorId"), request.toString());
        return request;
    }

    static List<String> events(Resp request) {
        List<String> result = new ArrayList<>();
        for (Object e : (List<?>) request.at("events")) {
            Map<?, ?> event = (Map<?, ?>) e;
            result.add(event.get("type") + " " + event.get("team")
                    + (event.get("toTeam") == null ? "" : "→" + event.get("toTeam")));
        }
        return result;
    }

    static void assertFigures(Map<String, Object> expected, Resp request) {
        expected.forEach((field, value) -> {
            Object actual = request.at(field);
            Object normalised = actual instanceof Number n && value instanceof Long ? n.longValue() : actual;
            assertEquals(value, normalised, field + " of " + request);
        });
    }

    @Test
    void shouldTurnTheStoryTicketIntoTheDemoRequest() {
        Resp connector = connector();
        assertNotNull(connector.str("secret"));
        deliverAll(connector, jira.scenario("story"));
        Resp request = requestOf(admin, connector.num("id"), jira.key("OPS-1234"));
        assertEquals(STORY_EVENTS, events(request));
        assertFigures(STORY_FIGURES, request);
        assertEquals(jira.key("OPS-1234"), request.str("externalRef"));
        assertEquals("JIRA", request.str("source.kind"));
        assertEquals("https://acme.atlassian.net/browse/" + jira.key("OPS-1234"), request.str("source.url"));
        assertEquals("web", request.str("requesterTeam"));
        assertEquals("ops", request.str("responderTeam"));
    }

    @Test
    void shouldDeriveTheSameEventsWhateverOrderTheDeliveriesArriveIn() {
        List<ConnectorFixtures.Delivery> reversed = new ArrayList<>(jira.scenario("story"));
        Collections.reverse(reversed);
        Resp first = connector();
        deliverAll(first, reversed);
        Resp request = requestOf(admin, first.num("id"), jira.key("OPS-1234"));
        assertEquals(STORY_EVENTS, events(request));
        assertFigures(STORY_FIGURES, request);

        ConnectorFixtures other = new ConnectorFixtures("jira", jsonMapper);
        List<ConnectorFixtures.Delivery> shuffled = new ArrayList<>(other.scenario("story"));
        Collections.shuffle(shuffled, new Random(12));
        Resp second = admin.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("jira")));
        for (ConnectorFixtures.Delivery d : shuffled) {
            assertEquals(
                    202,
                    other.deliver(anonymous(), second.num("id"), second.str("secret"), d)
                            .status());
        }
        Resp again = requestOf(admin, second.num("id"), other.key("OPS-1234"));
        assertEquals(STORY_EVENTS, events(again));
        assertFigures(STORY_FIGURES, again);
    }

    @Test
    void shouldChangeNothingOnARedeliveryOrTheSameCommentTwice() {
        Resp connector = connector();
        deliverAll(connector, jira.scenario("story"));
        Resp before = requestOf(admin, connector.num("id"), jira.key("OPS-1234"));
        ConnectorFixtures.Delivery again = jira.scenario("story").get(1);
        Resp r = jira.deliver(anonymous(), connector.num("id"), connector.str("secret"), again);
        assertEquals(200, r.status(), r.toString());
        assertEquals("DUPLICATE", r.str("status"));
        Resp after = requestOf(admin, connector.num("id"), jira.key("OPS-1234"));
        assertEquals(before.num("version"), after.num("version"));
        // The comment of story/03 arrives again inside story/04 (issue_commented): one COMMENTED by ops.
        assertEquals(
                1, events(after).stream().filter(e -> e.equals("COMMENTED ops")).count());
    }

    @Test
    void shouldEndTheSameWhenTheWholeStoryArrivesAtOnce() throws Exception {
        Resp connector = connector();
        List<ConnectorFixtures.Delivery> story = new ArrayList<>(jira.scenario("story"));
        story.add(story.get(2)); // and one delivery twice, at the same moment
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(story.size());
        try {
            List<java.util.concurrent.Future<Resp>> answers = new ArrayList<>();
            for (ConnectorFixtures.Delivery d : story) {
                answers.add(
                        pool.submit(() -> jira.deliver(anonymous(), connector.num("id"), connector.str("secret"), d)));
            }
            for (java.util.concurrent.Future<Resp> answer : answers) {
                Resp r = answer.get();
                assertTrue(r.status() == 202 || r.status() == 200, r.toString());
            }
        } finally {
            pool.shutdown();
        }
        Resp request = requestOf(admin, connector.num("id"), jira.key("OPS-1234"));
        assertEquals(STORY_EVENTS, events(request));
        assertFigures(STORY_FIGURES, request);
        assertEquals(
                0L,
                admin.get("/api/connectors/" + connector.num("id") + "/deliveries?status=RECEIVED")
                        .num("total"));
        assertEquals(
                10L,
                admin.get("/api/connectors/" + connector.num("id") + "/deliveries")
                        .num("total"));
    }

    @Test
    void shouldCleanTicketTextItCannotRefuse() {
        Resp connector = connector();
        ConnectorFixtures.Delivery created = jira.scenario("story").get(0);
        String body = new String(jira.body(created.file()), StandardCharsets.UTF_8)
                .replace(
                        "Production logs for the order-corruption race",
                        "Production\\u0000 logs for the order-corruption race\\ud800");
        Resp r = ConnectorFixtures.send(
                anonymous(),
                "/api/connectors/" + connector.num("id") + "/webhook",
                body.getBytes(StandardCharsets.UTF_8),
                created.headers(),
                connector.str("secret"));
        assertEquals(202, r.status(), r.toString());
        assertEquals("PROCESSED", r.str("status"), r.toString());
        Resp request = requestOf(admin, connector.num("id"), jira.key("OPS-1234"));
        assertEquals("Production logs for the order-corruption race\uFFFD", request.str("title"));
    }

    @Test
    void shouldRefuseDeliveriesWithoutAValidSignatureAndStoreNothing() {
        Resp connector = connector();
        long id = connector.num("id");
        ConnectorFixtures.Delivery created = jira.scenario("story").get(0);
        byte[] body = jira.body(created.file());
        Resp unsigned = ConnectorFixtures.send(
                anonymous(), "/api/connectors/" + id + "/webhook", body, created.headers(), null);
        assertEquals(401, unsigned.status());
        assertTrue(unsigned.contentType().startsWith("application/problem+json"), unsigned.contentType());
        Resp wrongSecret = ConnectorFixtures.send(
                anonymous(), "/api/connectors/" + id + "/webhook", body, created.headers(), "not-the-secret");
        assertEquals(401, wrongSecret.status());
        // The fixture's own signature was made with another secret.
        Resp fixtureSignature = anonymous()
                .send(HttpRequest.POST("/api/connectors/" + id + "/webhook", body)
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("X-Hub-Signature", created.headers().get("X-Hub-Signature")));
        assertEquals(401, fixtureSignature.status());
        assertEquals(0L, admin.get("/api/connectors/" + id + "/deliveries").num("total"));
        assertEquals(0L, admin.get("/api/connectors/" + id).num("requests"));
    }

    @Test
    void shouldAcceptJiraDataCenterDeliveriesWithTheTokenOfTheWebhookUrl() {
        Resp connector = connector();
        String tokenUrl = connector.str("webhookUrlWithToken");
        String path = tokenUrl.substring(tokenUrl.indexOf("/api/"));
        ConnectorFixtures.Delivery created = jira.scenario("story").get(0);
        Resp ok = ConnectorFixtures.send(anonymous(), path, jira.body(created.file()), created.headers(), null);
        assertEquals(202, ok.status(), ok.toString());
        Resp wrong = ConnectorFixtures.send(
                anonymous(),
                path.replaceAll("token=.*", "token=guess"),
                jira.body(jira.scenario("story").get(1).file()),
                jira.scenario("story").get(1).headers(),
                null);
        assertEquals(401, wrong.status());
    }

    @Test
    void shouldAnswerBadBodiesClearly() {
        Resp connector = connector();
        long id = connector.num("id");
        String secret = connector.str("secret");
        String path = "/api/connectors/" + id + "/webhook";
        byte[] malformed = "{\"webhookEvent\": \"jira:issue_created\", ".getBytes(StandardCharsets.UTF_8);
        Resp bad = ConnectorFixtures.send(anonymous(), path, malformed, Map.of(), secret);
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("body"), bad.errorFields());

        byte[] huge = ("{\"webhookEvent\": \"jira:issue_updated\", \"pad\": \"" + "x".repeat(1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(
                413,
                ConnectorFixtures.send(anonymous(), path, huge, Map.of(), secret)
                        .status());

        byte[] unknown = "{\"webhookEvent\": \"worklog_created\", \"timestamp\": 1772438400000}"
                .getBytes(StandardCharsets.UTF_8);
        Resp ignored = ConnectorFixtures.send(anonymous(), path, unknown, Map.of(), secret);
        assertEquals(202, ignored.status(), ignored.toString());
        assertEquals("IGNORED", ignored.str("status"));

        byte[] noIssue = "{\"webhookEvent\": \"jira:issue_updated\", \"timestamp\": 1772438400000}"
                .getBytes(StandardCharsets.UTF_8);
        Resp rejected = ConnectorFixtures.send(anonymous(), path, noIssue, Map.of(), secret);
        assertEquals(202, rejected.status(), rejected.toString());
        assertEquals("REJECTED", rejected.str("status"));
        Resp log = admin.get("/api/connectors/" + id + "/deliveries?status=REJECTED");
        assertEquals(1L, log.num("total"));
        assertTrue(log.str("items[0].reason").contains("issue"), log.toString());
    }

    @Test
    void shouldFollowAReassignmentChainAndAProjectMove() {
        Resp connector = connector();
        deliverAll(connector, jira.scenario("reassignment"));
        Resp request = requestOf(admin, connector.num("id"), jira.key("PLAT-311"));
        assertEquals(
                List.of(
                        "OPENED web",
                        "REASSIGNED ops→platform",
                        "REASSIGNED platform→dba",
                        "STARTED dba",
                        "FULFILLED dba"),
                events(request));
        assertEquals(jira.key("PLAT-311"), request.str("externalRef"));
        assertEquals("ops", request.str("responderTeam"));
        assertEquals("dba", request.str("currentResponderTeam"));
    }

    @Test
    void shouldReopenAndCloseAgain() {
        Resp connector = connector();
        deliverAll(connector, jira.scenario("story"));
        deliverAll(connector, jira.scenario("reopen"));
        Resp request = requestOf(admin, connector.num("id"), jira.key("OPS-1234"));
        List<String> events = events(request);
        assertEquals(
                List.of("FULFILLED ops", "REOPENED web", "STARTED ops", "FULFILLED ops"),
                events.subList(events.size() - 4, events.size()));
        assertEquals(2_073_600L, request.num("leadTimeSeconds"));
        assertEquals(5L, request.num("handoffs"));
    }

    @Test
    void shouldDeclineWontDoAndWithdrawADeletedTicket() {
        Resp connector = connector();
        deliverAll(connector, jira.scenario("wont-do"));
        Resp declined = requestOf(admin, connector.num("id"), jira.key("OPS-1262"));
        assertEquals(List.of("OPENED mobile", "DECLINED ops"), events(declined));
        assertEquals("ops", declined.str("responderTeam"));

        deliverAll(connector, jira.scenario("deleted"));
        Resp deleted = requestOf(admin, connector.num("id"), jira.key("OPS-1235"));
        assertEquals(List.of("OPENED web", "WITHDRAWN web"), events(deleted));
    }

    @Test
    void shouldRefuseEventsRecordedByHandOnASyncedRequest() {
        Resp connector = connector();
        deliverAll(connector, jira.scenario("story").subList(0, 2));
        Resp request = requestOf(admin, connector.num("id"), jira.key("OPS-1234"));
        Resp r = admin.post(
                "/api/requests/" + request.num("id") + "/events", Map.of("type", "INFO_PROVIDED", "team", "web"));
        assertEquals(409, r.status(), r.toString());
        assertEquals("Synced request", r.str("title"));
    }

    @Test
    void shouldStopIntakeWhileDisabledWithoutLosingHistory() {
        Resp connector = connector();
        long id = connector.num("id");
        List<ConnectorFixtures.Delivery> story = jira.scenario("story");
        deliverAll(connector, story.subList(0, 5));
        Resp current = admin.get("/api/connectors/" + id);
        Resp disabled = admin.put(
                "/api/connectors/" + id,
                Map.of("name", current.str("name"), "enabled", false, "version", current.num("version")));
        assertEquals(200, disabled.status(), disabled.toString());
        Resp refused = jira.deliver(anonymous(), id, connector.str("secret"), story.get(5));
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(5L, admin.get("/api/connectors/" + id + "/deliveries").num("total"));
        Resp mid = requestOf(admin, id, jira.key("OPS-1234"));
        assertEquals("WAITING_ON_REQUESTER", mid.str("state"));

        Resp enabled = admin.put(
                "/api/connectors/" + id,
                Map.of("name", current.str("name"), "enabled", true, "version", disabled.num("version")));
        assertEquals(200, enabled.status(), enabled.toString());
        deliverAll(connector, story.subList(5, story.size()));
        assertFigures(STORY_FIGURES, requestOf(admin, id, jira.key("OPS-1234")));
    }

    @Test
    void shouldBackfillFromSearchResultsAndThenIgnoreTheSameChangesFromWebhooks() {
        Resp connector = connector();
        long id = connector.num("id");
        Resp report = admin.send(
                HttpRequest.POST("/api/connectors/" + id + "/import", jira.body("backfill/search-startat.json"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, report.status(), report.toString());
        assertEquals(2L, report.num("created"));
        assertEquals(1L, report.num("unmapped"));
        Resp request = requestOf(admin, id, jira.key("OPS-1234"));
        assertFigures(STORY_FIGURES, request);
        assertEquals(STORY_EVENTS, events(request));
        assertEquals(List.of("OPENED mobile", "DECLINED ops"), events(requestOf(admin, id, jira.key("OPS-1262"))));

        Resp again = admin.send(
                HttpRequest.POST("/api/connectors/" + id + "/import", jira.body("backfill/search-startat.json"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(2L, again.num("unchanged"), again.toString());
        assertEquals(1L, again.num("unmapped"), again.toString());
        assertEquals("UNMAPPED", ((Map<?, ?>) ((List<?>) again.at("tickets")).get(2)).get("result"));
        assertTrue(again.str("tickets[2].reasons[0]").startsWith("no requester team"), again.toString());

        long version = request.num("version");
        deliverAll(connector, jira.scenario("story"));
        Resp after = requestOf(admin, id, jira.key("OPS-1234"));
        assertEquals(STORY_EVENTS, events(after));
        assertEquals(version, after.num("version"));
    }

    @Test
    void shouldBackfillFromTheEnhancedSearchInPages() {
        Resp connector = connector();
        long id = connector.num("id");
        for (String page : List.of("backfill/search-jql-page-1.json", "backfill/search-jql-page-2.json")) {
            Resp r = admin.send(HttpRequest.POST("/api/connectors/" + id + "/import", jira.body(page))
                    .contentType(MediaType.APPLICATION_JSON_TYPE));
            assertEquals(200, r.status(), r.toString());
        }
        assertFigures(STORY_FIGURES, requestOf(admin, id, jira.key("OPS-1234")));
        assertEquals(List.of("OPENED mobile", "DECLINED ops"), events(requestOf(admin, id, jira.key("OPS-1262"))));
        // Page 2 held only OPS-1280, which names no requester: its log entry says so.
        Resp log = admin.get("/api/connectors/" + id + "/deliveries?size=10");
        assertEquals("UNMAPPED", log.str("items[0].status"), log.toString());
        assertEquals("PROCESSED", log.str("items[1].status"), log.toString());
    }

    @Test
    void shouldPreviewWithoutStoringAnything() {
        Resp connector = connector();
        long id = connector.num("id");
        String payload = new String(jira.body("story/01-issue-created.json"), StandardCharsets.UTF_8);
        Resp preview = admin.postRaw(
                "/api/connectors/" + id + "/preview", "{\"payload\": " + payload + "}", "application/json");
        assertEquals(200, preview.status(), preview.toString());
        assertEquals(jira.key("OPS-1234"), preview.str("requests[0].ticket"));
        assertEquals("web", preview.str("requests[0].requesterTeam"));
        assertEquals("ops", preview.str("requests[0].responderTeam"));
        assertNull(preview.at("requests[0].unmapped"));
        assertEquals(0L, admin.get("/api/connectors/" + id).num("requests"));

        // An unsaved mapping that takes the responder from a label only: OPS-1262 has none.
        String wontDo = new String(jira.body("wont-do/01-issue-created.json"), StandardCharsets.UTF_8);
        Resp unmapped = admin.postRaw(
                "/api/connectors/" + id + "/preview",
                "{\"mapping\": {\"responder\": [{\"source\": \"LABEL\", \"prefix\": \"to:\"}]}, \"payload\": " + wontDo
                        + "}",
                "application/json");
        assertEquals(200, unmapped.status(), unmapped.toString());
        assertTrue(unmapped.str("requests[0].unmapped").startsWith("no responder team"), unmapped.toString());

        Resp invalid = admin.postRaw(
                "/api/connectors/" + id + "/preview",
                "{\"mapping\": {\"responder\": [{\"source\": \"LABEL\"}], \"people\": {\"x\": \"no-such-team\"}}, "
                        + "\"payload\": " + wontDo + "}",
                "application/json");
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals(List.of("mapping.responder[0].prefix", "mapping.people.x"), invalid.errorFields());
    }
}
