package io.wallbreaker.connector;

import static io.wallbreaker.connector.JiraConnectorTest.STORY_FIGURES;
import static io.wallbreaker.connector.JiraConnectorTest.assertFigures;
import static io.wallbreaker.connector.JiraConnectorTest.events;
import static io.wallbreaker.connector.JiraConnectorTest.requestOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** GitHub Issues deliveries and backfill, with the fixtures of {@code src/test/resources/connectors/github}. */
@MicronautTest(transactional = false)
class GitHubConnectorTest extends ApiTestBase {

    /** GitHub's story has no comment arriving twice, and its comments are the same two. */
    static final List<String> STORY_EVENTS = JiraConnectorTest.STORY_EVENTS;

    Api admin;
    ConnectorFixtures github;

    @BeforeEach
    void setUp() {
        admin = admin();
        ConnectorFixtures.ensureTeams(admin);
        github = new ConnectorFixtures("github", jsonMapper);
    }

    Resp connector() {
        Resp r = admin.post("/api/connectors", Map.of("kind", "GITHUB", "name", unique("github")));
        assertEquals(201, r.status(), r.toString());
        return r;
    }

    void deliverAll(Resp connector, List<ConnectorFixtures.Delivery> deliveries) {
        for (ConnectorFixtures.Delivery d : deliveries) {
            Resp r = github.deliver(anonymous(), connector.num("id"), connector.str("secret"), d);
            assertTrue(r.status() == 202 || r.status() == 200, d.file() + " → " + r);
        }
    }

    @Test
    void shouldAnswerPingAndStoreNothing() {
        Resp connector = connector();
        Resp pong = github.deliver(anonymous(), connector.num("id"), connector.str("secret"), github.ping());
        assertEquals(200, pong.status(), pong.toString());
        assertEquals(
                0L,
                admin.get("/api/connectors/" + connector.num("id") + "/deliveries")
                        .num("total"));
    }

    @Test
    void shouldTurnTheStoryIssueIntoTheDemoRequestInAnyOrder() {
        Resp connector = connector();
        deliverAll(connector, github.scenario("story"));
        Resp request = requestOf(admin, connector.num("id"), github.key("acme/ops-requests#42"));
        assertEquals(STORY_EVENTS, events(request));
        assertFigures(STORY_FIGURES, request);
        assertEquals("GITHUB", request.str("source.kind"));
        assertTrue(request.str("source.url").endsWith("/issues/42"), request.toString());

        ConnectorFixtures other = new ConnectorFixtures("github", jsonMapper);
        List<ConnectorFixtures.Delivery> shuffled = new ArrayList<>(other.scenario("story"));
        Collections.shuffle(shuffled, new Random(7));
        Resp second = connector();
        for (ConnectorFixtures.Delivery d : shuffled) {
            assertEquals(
                    202,
                    other.deliver(anonymous(), second.num("id"), second.str("secret"), d)
                            .status());
        }
        Resp again = requestOf(admin, second.num("id"), other.key("acme/ops-requests#42"));
        assertEquals(STORY_EVENTS, events(again));
        assertFigures(STORY_FIGURES, again);
    }

    @Test
    void shouldIgnoreARedeliveryAndRefuseABadSignature() {
        Resp connector = connector();
        deliverAll(connector, github.scenario("story"));
        Resp redelivered =
                github.deliver(anonymous(), connector.num("id"), connector.str("secret"), github.redelivery());
        assertEquals(200, redelivered.status(), redelivered.toString());
        assertEquals("DUPLICATE", redelivered.str("status"));
        ConnectorFixtures.Delivery d = github.scenario("reopen").get(0);
        Resp forged = ConnectorFixtures.send(
                anonymous(),
                "/api/connectors/" + connector.num("id") + "/webhook",
                github.body(d.file()),
                d.headers(),
                "wrong-secret");
        assertEquals(401, forged.status());
        assertEquals(
                "FULFILLED",
                requestOf(admin, connector.num("id"), github.key("acme/ops-requests#42"))
                        .str("state"));
    }

    @Test
    void shouldReopenDeclineAndFollowATransfer() {
        Resp connector = connector();
        long id = connector.num("id");
        deliverAll(connector, github.scenario("story"));
        deliverAll(connector, github.scenario("reopen"));
        Resp reopened = requestOf(admin, id, github.key("acme/ops-requests#42"));
        List<String> events = events(reopened);
        // The issue keeps its in-progress label when reopened: work goes on at once.
        assertEquals(
                List.of("FULFILLED ops", "REOPENED web", "STARTED ops", "FULFILLED ops"),
                events.subList(events.size() - 4, events.size()));
        assertEquals(2_073_600L, reopened.num("leadTimeSeconds"));

        deliverAll(connector, github.scenario("declined"));
        assertEquals(
                List.of("OPENED mobile", "COMMENTED ops", "DECLINED ops"),
                events(requestOf(admin, id, github.key("acme/ops-requests#57"))));

        deliverAll(connector, github.scenario("transfer"));
        Resp moved = requestOf(admin, id, github.key("acme/platform-requests#7"));
        assertEquals(List.of("OPENED web", "REASSIGNED ops→platform"), events(moved));
        Resp old = admin.get("/api/requests?externalRef="
                + java.net.URLEncoder.encode(github.key("acme/ops-requests#61"), StandardCharsets.UTF_8));
        assertEquals(0L, old.num("total"), "the transferred issue is the same request: " + old);
    }

    @Test
    void shouldBackfillTheIssuesListWithTimelines() {
        Resp connector = connector();
        long id = connector.num("id");
        String body = "{\"issues\": " + text("backfill/issues-list.json") + ", \"timelines\": {\"42\": "
                + text("backfill/timeline-42.json") + ", \"57\": " + text("backfill/timeline-57.json") + "}}";
        Resp report = admin.send(HttpRequest.POST("/api/connectors/" + id + "/import", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, report.status(), report.toString());
        assertEquals(2L, report.num("created"), report.toString());
        assertEquals(1L, report.num("unmapped"), report.toString());
        Resp story = requestOf(admin, id, github.key("acme/ops-requests#42"));
        assertEquals(STORY_EVENTS, events(story));
        assertFigures(STORY_FIGURES, story);
        assertEquals(
                List.of("OPENED mobile", "COMMENTED ops", "DECLINED ops"),
                events(requestOf(admin, id, github.key("acme/ops-requests#57"))));

        // The webhooks of the same history afterwards change nothing.
        long version = story.num("version");
        deliverAll(connector, github.scenario("story"));
        Resp after = requestOf(admin, id, github.key("acme/ops-requests#42"));
        assertEquals(STORY_EVENTS, events(after));
        assertEquals(version, after.num("version"));
    }

    private String text(String file) {
        return new String(github.body(file), StandardCharsets.UTF_8);
    }
}
