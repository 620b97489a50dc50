package io.wallbreaker.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo dataset tells the seed story at first sight, and loading it twice changes nothing. */
@MicronautTest(transactional = false)
@Property(name = "wallbreaker.demo", value = "true")
class DemoDataTest extends ApiTestBase {

    private static final Set<String> DEMO_TEAMS =
            Set.of("product-dev", "operations", "support", "security", "leadership");

    @Inject
    DemoData demo;

    @Test
    void shouldTellTheStoryInThreeHeadlinesEachLinkingToItsEvidence() {
        Api lee = anonymous().signIn("lee", DemoData.DEMO_PASSWORD);
        Resp r = lee.get("/api/metrics/headlines?team=product-dev");
        assertEquals(200, r.status(), r.toString());
        long incident = admin().get("/api/metrics/incidents?team=product-dev").num("largestWallTime.id");
        long request = admin().get("/api/requests?incident=" + incident).num("items[0].id");
        assertEquals("THICKEST_WALL", r.str("headlines[0].kind"));
        assertTrue(
                r.str("headlines[0].text")
                        .matches("Product Dev waits on Operations: p50 \\d+ days, \\d+ % ping-pong, wall index \\d+"),
                r.str("headlines[0].text"));
        assertTrue(r.str("headlines[0].link").contains("pair=product-dev~operations"), r.toString());
        assertEquals("MOST_DELAYED_INCIDENT", r.str("headlines[1].kind"));
        assertEquals(
                "INC-" + incident + " spent 21 of 23 days waiting on REQ-" + request + " (log access)",
                r.str("headlines[1].text"));
        assertEquals("/incidents/" + incident, r.str("headlines[1].link"));
        assertEquals("LONGEST_UNNOTICED_CUSTOMER_DATA", r.str("headlines[2].kind"));
        assertEquals("New customer app on Heroku: 11 months before Operations knew", r.str("headlines[2].text"));
        assertTrue(r.str("headlines[2].link").matches("/shadow-systems/\\d+"), r.toString());
        assertEquals(
                200,
                lee.get("/api/metrics/headlines?from=2000-01-01&to=2000-01-31").status());
        assertEquals(
                List.of(),
                lee.get("/api/metrics/headlines?from=2000-01-01&to=2000-01-31").at("headlines"),
                "an empty window says nothing");
        assertEquals(
                400,
                lee.get("/api/metrics/headlines?from=2026-02-01&to=2026-01-01").status());
    }

    @Test
    void shouldTellTheIncidentTheSameWayInItsRecordTimelineAndPostmortem() {
        Api admin = admin();
        long id = admin.get("/api/metrics/incidents?team=product-dev").num("largestWallTime.id");
        Resp incident = admin.get("/api/incidents/" + id);
        Resp timeline = admin.get("/api/incidents/" + id + "/timeline");
        String postmortem = admin.get("/api/incidents/" + id + "/postmortem").str("markdown");
        String told = (incident.str("summary") + " " + timeline.raw() + " " + postmortem).toLowerCase();
        assertTrue(!told.contains("profile"), "orders and totals, never profile data: " + told);
        assertTrue(incident.str("summary").contains("orders") && postmortem.contains("orders"));

        java.time.Instant started = java.time.Instant.parse(incident.str("startedAt"));
        java.time.Instant resolved = java.time.Instant.parse(incident.str("resolvedAt"));
        java.util.regex.Matcher log = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z) ERROR")
                .matcher(postmortem);
        assertTrue(log.find(), postmortem);
        java.time.Instant logged = java.time.Instant.parse(log.group(1));
        assertTrue(
                !logged.isBefore(started) && logged.isBefore(resolved),
                "the log excerpt (" + logged + ") lies within the incident (" + started + " – " + resolved + ")");

        for (Object item :
                (List<?>) admin.get("/api/incidents/" + id + "/action-items").at("items")) {
            String title = (String) ((Map<?, ?>) item).get("title");
            assertTrue(postmortem.contains(title), "the postmortem lists the action item '" + title + "'");
        }
        assertEquals(
                List.of(),
                admin.post("/api/postmortems/check", Map.of("markdown", postmortem))
                        .at("findings"));
    }

    @Test
    void shouldMakeProductDevToOperationsTheThickestWall() {
        Api lee = anonymous().signIn("lee", DemoData.DEMO_PASSWORD);
        Resp r = lee.get("/api/metrics/team-pairs");
        assertEquals(200, r.status(), r.toString());
        Map<?, ?> thickest = ((List<?>) r.at("pairs"))
                .stream()
                        .map(p -> (Map<?, ?>) p)
                        .filter(p -> DEMO_TEAMS.contains(p.get("requesterTeam"))
                                && DEMO_TEAMS.contains(p.get("responderTeam")))
                        .filter(p -> p.get("wallIndex") != null)
                        .max(Comparator.comparingDouble(p -> ((Number) p.get("wallIndex")).doubleValue()))
                        .orElseThrow();
        assertEquals("product-dev", thickest.get("requesterTeam"));
        assertEquals("operations", thickest.get("responderTeam"));
        assertTrue(((Number) thickest.get("pingPongRate")).doubleValue() > 0.4, thickest.toString());
        assertEquals(1, ((Number) thickest.get("shadowSystems")).intValue());
    }

    @Test
    void shouldShowThreeWeeksOfTheIncidentSpentWaitingOnTheLogAccessRequest() {
        Resp r = admin().get("/api/metrics/incidents?team=product-dev");
        assertEquals(DemoData.INCIDENT_TITLE, r.str("largestWallTime.title"));
        assertEquals(21 * 86_400, r.num("largestWallTime.wallTimeSeconds"));
        assertEquals(21.0 / 23.0, ((Number) r.at("largestWallTime.wallShare")).doubleValue(), 1e-9);
        Resp incident = admin().get("/api/incidents/" + r.num("largestWallTime.id"));
        assertEquals(21 * 86_400, incident.num("wallTimeSeconds"));
        assertEquals("PUBLISHED", incident.str("postmortemStatus"));
        Resp linked = admin().get("/api/requests?incident=" + r.num("largestWallTime.id"));
        assertEquals(1, linked.num("total"));
        assertEquals(Boolean.TRUE, linked.at("items[0].pingPong"));
        assertEquals(21 * 86_400, linked.num("items[0].leadTimeSeconds"));
    }

    @Test
    void shouldShowTheHerokuAppUnnoticedForElevenAndAHalfMonthsWithCustomerData() {
        Resp r = admin().get("/api/metrics/shadow?team=product-dev");
        assertEquals("New customer app", r.str("longestUnnoticed.name"));
        assertEquals(350 * 86_400, r.num("longestUnnoticed.discoveryLagSeconds"));
        assertEquals("CUSTOMER_PII", r.str("longestUnnoticed.dataClassification"));
        assertEquals(1, r.num("byMethod.SELF_REPORTED"), "the notebook is amnesty, not a detection failure");
        Map<?, ?> heroku = ((List<?>) r.at("systems"))
                .stream()
                        .map(s -> (Map<?, ?>) s)
                        .filter(s -> "New customer app".equals(s.get("name")))
                        .findFirst()
                        .orElseThrow();
        assertEquals(1, ((List<?>) heroku.get("motivatedBy")).size(), "linked to the declined request");
    }

    @Test
    void shouldSyncTheDeploymentRequestsFromTheDemoJiraWithTheRecordedFigures() {
        Api admin = admin();
        Resp deployments = admin.get("/api/requests?requester=product-dev&kind=DEPLOY&sort=openedAt,asc");
        assertEquals(6, deployments.num("total"), deployments.toString());
        for (int i = 0; i < 6; i++) {
            String at = "items[" + i + "].";
            assertEquals("OPS-" + (200 + i), deployments.str(at + "externalRef"));
            assertEquals("JIRA", deployments.str(at + "source.kind"));
            assertEquals("operations", deployments.str(at + "responderTeam"));
            assertEquals(86_400, deployments.num(at + "timeToFirstResponseSeconds"), "acknowledged after a day");
            assertEquals((5 + i) * 86_400L, deployments.num(at + "leadTimeSeconds"));
            assertEquals(i % 2 == 0 ? 2 : 0, deployments.num(at + "handoffs"));
            assertEquals(i % 2 == 0 ? 1 : 0, deployments.num(at + "bounces"));
        }
        Resp connectors = admin.get("/api/connectors");
        long id = connectors.list().stream()
                .map(c -> (Map<?, ?>) c)
                .filter(c -> "Operations Jira (demo)".equals(c.get("name")))
                .map(c -> ((Number) c.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        for (String status : List.of("PROCESSED", "UNMAPPED", "IGNORED")) {
            Resp log = admin.get("/api/connectors/" + id + "/deliveries?status=" + status);
            assertTrue(log.num("total") > 0, status + " entries in the demo delivery log: " + log);
        }
    }

    @Test
    void shouldFindWhatRunsOutsideTheCatalogInOperationsCourt() {
        Api admin = admin();
        Resp open = admin.get("/api/shadow-candidates?status=OPEN&size=50");
        List<String> found = ((List<?>) open.at("items"))
                .stream()
                        .map(c -> (String) ((java.util.Map<?, ?>) c).get("identifier"))
                        .sorted()
                        .toList();
        assertTrue(
                found.containsAll(List.of(
                        "210987654323",
                        "old-crm.acme.example",
                        "promo-microsite",
                        "promo.acme.example",
                        "vercel:launch-countdown")),
                open.toString());
        assertTrue(
                admin.get("/api/shadow-candidates?status=IGNORED&size=50").raw().contains("pdf-renderer-test"));
        for (String ref : List.of(
                "system:default/commerce",
                "component:default/storefront",
                "component:default/orders-api",
                "resource:default/shared-platform",
                "component:default/support-portal",
                "component:default/status-page")) {
            assertEquals(1, admin.get("/api/catalog?q=" + ref).num("total"), ref);
        }
        assertEquals(0, admin.get("/api/catalog?q=group:default/operations").num("total"), "a Group is not a system");
        assertTrue(admin.get("/api/inventories/snapshots").num("total") >= 4);
        Resp daryl = anonymous().signIn("daryl", DemoData.DEMO_PASSWORD).get("/api/me/court");
        assertTrue(daryl.raw().contains("\"SHADOW_CANDIDATE\""), daryl.raw());
        // The registered Heroku app is in the inventory: matched, not a candidate.
        assertTrue(admin.get("/api/shadow-candidates?size=50").raw().indexOf("newapp-sco") < 0);
    }

    @Test
    void shouldNotDuplicateAnythingWhenLoadedAgain() {
        Api admin = admin();
        long requests = admin.get("/api/requests?size=1").num("total");
        long incidents = admin.get("/api/incidents?size=1").num("total");
        long shadow = admin.get("/api/shadow-systems?size=1").num("total");
        long users = admin.get("/api/users?size=1").num("total");
        long snapshots = admin.get("/api/inventories/snapshots").num("total");
        demo.onStartup(null);
        assertEquals(snapshots, admin.get("/api/inventories/snapshots").num("total"));
        assertEquals(requests, admin.get("/api/requests?size=1").num("total"));
        assertEquals(incidents, admin.get("/api/incidents?size=1").num("total"));
        assertEquals(shadow, admin.get("/api/shadow-systems?size=1").num("total"));
        assertEquals(users, admin.get("/api/users?size=1").num("total"));
    }
}
