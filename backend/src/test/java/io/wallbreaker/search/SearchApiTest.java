package io.wallbreaker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One search box: record keys, titles, postmortem text, request titles, shadow names, teams. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest extends ApiTestBase {

    private Api admin;
    private Api viewer;
    private String dev;
    private String ops;

    @BeforeAll
    void setUp() {
        admin = admin();
        dev = team(admin, "DEV");
        ops = team(admin, "OPS");
        viewer = user(admin, "VIEWER", List.of());
    }

    private Resp search(String q) {
        Resp r = viewer.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.toString());
        return r;
    }

    private static List<String> keys(Resp r) {
        return ((List<?>) r.at("items"))
                .stream().map(i -> (String) ((Map<?, ?>) i).get("key")).toList();
    }

    @Test
    void shouldFindARecordByItsKeyInAnyCase() {
        Map<String, Object> body = Fixtures.anIncident(List.of(dev));
        long incident = admin.post("/api/incidents", body).num("id");
        long request = admin.post("/api/requests", Fixtures.aRequest(dev, ops, "Logs please"))
                .num("id");

        Resp byKey = search("INC-" + incident);
        assertEquals("INC-" + incident, byKey.str("items[0].key"));
        assertEquals("INCIDENT", byKey.str("items[0].type"));
        assertEquals("/incidents/" + incident, byKey.str("items[0].link"));
        assertEquals("REQ-" + request, search("req-" + request).str("items[0].key"));
        assertEquals("/requests/" + request, search(" REQ" + request + " ").str("items[0].link"));
        assertEquals("INC-" + incident, search("inc " + incident).str("items[0].key"));
        assertEquals(List.of(), keys(search("INC-999999999")));
    }

    @Test
    void shouldFindTitlesPostmortemTextRequestsShadowSystemsAndTeams() {
        String word = "zq" + unique("w").replace("-", "");
        Map<String, Object> incidentBody = Fixtures.anIncident(List.of(dev));
        incidentBody.put("title", "Checkout " + word + " outage");
        long incident = admin.post("/api/incidents", incidentBody).num("id");
        long withPostmortem =
                admin.post("/api/incidents", Fixtures.anIncident(List.of(dev))).num("id");
        assertEquals(
                200,
                admin.put(
                                "/api/incidents/" + withPostmortem + "/postmortem",
                                Map.of(
                                        "markdown",
                                        "## Summary\n\nThe " + word.toUpperCase() + " cache kept a stale value.",
                                        "status",
                                        "DRAFT"))
                        .status());
        long request = admin.post("/api/requests", Fixtures.aRequest(dev, ops, "Logs for " + word))
                .num("id");
        long shadow = admin.post("/api/shadow-systems", Fixtures.aShadowSystem(word + "-app", "Heroku", dev, ops))
                .num("id");

        Resp r = search(word);
        List<String> keys = keys(r);
        assertTrue(
                keys.containsAll(
                        List.of("INC-" + incident, "INC-" + withPostmortem, "REQ-" + request, "SHD-" + shadow)),
                r.toString());
        Map<?, ?> postmortem = ((List<?>) r.at("items"))
                .stream()
                        .map(i -> (Map<?, ?>) i)
                        .filter(i -> "POSTMORTEM".equals(i.get("type")))
                        .findFirst()
                        .orElseThrow();
        assertTrue(((String) postmortem.get("snippet")).contains("cache kept a stale value"), postmortem.toString());
        assertEquals("/incidents/" + withPostmortem + "/postmortem", postmortem.get("link"));

        Resp team = search("Team " + ops);
        assertEquals("TEAM", team.str("items[0].type"));
        assertEquals("/teams/" + ops, team.str("items[0].link"));
    }

    @Test
    void shouldTreatWildcardsLiterallyAndRejectBadQueriesNamingTheField() {
        assertEquals(List.of(), keys(search("%_%_")));
        for (String bad : List.of("", "a", "x".repeat(201))) {
            Resp r = viewer.get("/api/search?q=" + bad);
            assertEquals(400, r.status(), r.toString());
            assertEquals("application/problem+json", r.contentType());
            assertEquals(List.of("q"), r.errorFields());
        }
        Resp nul = viewer.get("/api/search?q=ab%00cd");
        assertEquals(List.of("q"), nul.errorFields());
        assertEquals(List.of("limit"), viewer.get("/api/search?q=abc&limit=0").errorFields());
        assertEquals(401, anonymous().get("/api/search?q=abc").status());
    }

    @Test
    void shouldReturnAtMostTheLimit() {
        String word = "lim" + unique("w").replace("-", "");
        for (int i = 0; i < 4; i++) {
            admin.post("/api/requests", Fixtures.aRequest(dev, ops, word + " " + i));
        }
        Resp r = viewer.get("/api/search?q=" + word + "&limit=3");
        assertEquals(3, ((List<?>) r.at("items")).size(), r.toString());
    }
}
