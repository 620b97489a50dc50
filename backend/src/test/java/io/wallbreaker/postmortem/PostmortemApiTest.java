package io.wallbreaker.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostmortemApiTest extends ApiTestBase {

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

    private long incident(String title) {
        Map<String, Object> body = Fixtures.anIncident(List.of(dev, ops));
        body.put("title", title);
        body.remove("mitigatedAt");
        body.remove("summary");
        body.put("services", List.of("orders"));
        body.put("contributingFactors", List.of("cross-team-access"));
        Resp r = member.post("/api/incidents", body);
        assertEquals(201, r.status(), r.toString());
        return r.num("id");
    }

    private static Map<String, Object> save(String markdown, String status, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("markdown", markdown);
        body.put("status", status);
        body.put("version", version);
        return body;
    }

    @Test
    void shouldStartFromTheTemplateWhenNothingIsSavedYet() {
        long id = incident(unique("Template"));
        Resp r = viewer.get("/api/incidents/" + id + "/postmortem");
        assertEquals(200, r.status(), r.toString());
        assertEquals(id, r.num("incidentId"));
        assertNull(r.at("version"));
        assertTrue(r.map().containsKey("version"));
        assertEquals("DRAFT", r.str("status"));
        for (String section : List.of(
                "Summary",
                "Impact",
                "Timeline",
                "Contributing factors",
                "What went well",
                "What went wrong",
                "Where we got lucky",
                "Action items")) {
            assertTrue(r.str("markdown").contains("## " + section), section);
        }
        Document html = Jsoup.parseBodyFragment(r.str("html"));
        assertEquals(8, html.select("h2").size(), r.str("html"));
        assertNull(viewer.get("/api/incidents/" + id).at("postmortemStatus"));
    }

    @Test
    void shouldSaveRenderAndPublishWithOptimisticLocking() {
        long id = incident(unique("Saving"));
        String url = "/api/incidents/" + id + "/postmortem";
        Resp first = member.put(url, save("## Summary\n\nA *cache* value outlived its update.", "DRAFT", null));
        assertEquals(200, first.status(), first.toString());
        assertEquals(0, first.num("version"));
        assertTrue(first.str("updatedBy").startsWith("user-"), first.toString());
        assertTrue(first.str("html").contains("<em>cache</em>"), first.str("html"));
        assertEquals("DRAFT", viewer.get("/api/incidents/" + id).str("postmortemStatus"));

        Resp secondFirstSave = member.put(url, save("Mine instead", "DRAFT", null));
        assertProblem(secondFirstSave, 409);

        Resp published = member.put(url, save("## Summary\n\nFinal text.", "PUBLISHED", 0L));
        assertEquals(200, published.status(), published.toString());
        assertEquals(1, published.num("version"));
        assertEquals("PUBLISHED", viewer.get("/api/incidents/" + id).str("postmortemStatus"));

        Resp stale = member.put(url, save("Lost update", "DRAFT", 0L));
        assertProblem(stale, 409);
        Resp read = viewer.get(url);
        assertEquals("## Summary\n\nFinal text.", read.str("markdown"));
        assertEquals(1, read.num("version"));

        Resp audit = admin.get("/api/audit?entityType=postmortem&entityId=" + id);
        assertEquals(2, audit.num("total"), audit.toString());
    }

    @Test
    void shouldRefuseAVersionedSaveWhenNoPostmortemExists() {
        long id = incident(unique("NoneYet"));
        assertProblem(member.put("/api/incidents/" + id + "/postmortem", save("x", "DRAFT", 0L)), 409);
    }

    @Test
    void shouldNameInvalidFieldsAndAnswerNotFoundForUnknownIncidents() {
        long id = incident(unique("Invalid"));
        Resp r = member.put("/api/incidents/" + id + "/postmortem", save(null, "DONE", null));
        assertProblem(r, 400);
        assertEquals(List.of("markdown", "status"), r.errorFields());
        assertProblem(viewer.get("/api/incidents/99999999/postmortem"), 404);
        assertProblem(viewer.get("/api/incidents/99999999/postmortem.md"), 404);
        assertProblem(member.put("/api/incidents/99999999/postmortem", save("x", "DRAFT", null)), 404);
    }

    @Test
    void shouldFindIncidentsByTextInTheirPostmortem() {
        String word = unique("zebracache").replace("-", "");
        long id = incident(unique("Search"));
        assertEquals(0, viewer.get("/api/incidents?q=" + word).num("total"));
        member.put(
                "/api/incidents/" + id + "/postmortem",
                save("The " + word.toUpperCase() + " entry was stale.", "DRAFT", null));
        Resp found = viewer.get("/api/incidents?q=" + word);
        assertEquals(1, found.num("total"), found.toString());
        assertEquals(id, found.num("items[0].id"));
        assertEquals(0, viewer.get("/api/incidents?q=" + word + "%25_").num("total"), "LIKE wildcards are literal");
    }

    @Test
    void shouldExportOneMarkdownDocumentWithFactsTimelineActionItemsAndBody() {
        String title = unique("Export");
        long id = incident(title);
        member.post(
                "/api/incidents/" + id + "/timeline",
                Map.of("at", "2025-01-06T10:00:00Z", "text", "Support reports wrong totals", "kind", "DETECTION"));
        member.post(
                "/api/incidents/" + id + "/action-items",
                Map.of("title", "Give Dev read access to logs", "ownerTeam", ops, "dueDate", "2000-02-01"));
        member.put("/api/incidents/" + id + "/postmortem", save(PostmortemService.storyMarkdown(), "PUBLISHED", null));

        Resp r = viewer.send(
                HttpRequest.GET("/api/incidents/" + id + "/postmortem.md").accept("text/markdown"));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("text/markdown"), r.contentType());
        assertTrue(
                r.headers().get("Content-Disposition").contains("INC-" + id),
                r.headers().get("Content-Disposition"));
        String md = r.raw();
        assertTrue(md.startsWith("# INC-" + id + ": " + title + "\n"), md);
        for (String fact : List.of(
                "- **Severity:** SEV2",
                "- **Status:** Resolved",
                "- **Postmortem:** Published",
                "- **Detected:** 2025-01-06 10:00 UTC",
                "- **Time to detect:** 2h 0m (7200 s)",
                "- **Time to root cause:** 21d 0h (1814400 s)",
                "- **Mitigated:** —",
                "- **Contributing factors:** Cross-team access",
                "- **Wall time:** none",
                "- **Services:** orders")) {
            assertTrue(md.contains(fact + "\n"), fact + " in\n" + md);
        }
        assertTrue(md.contains("- **Teams:** "), md);
        assertTrue(md.contains("2025-01-06 10:00 UTC · Detection · Support reports wrong totals"), md);
        assertTrue(
                md.contains("- **Teams:** Team " + dev + ", Team " + ops + "\n")
                        || md.contains("- **Teams:** Team " + ops + ", Team " + dev + "\n"),
                md);
        assertTrue(
                md.contains("- [ ] Give Dev read access to logs — Team " + ops + ", due 2000-02-01 (Open, overdue)"),
                md);
        assertTrue(md.contains("improperly cleared") || md.contains("was not cleared"), md);
        assertTrue(
                md.indexOf("## Facts") < md.indexOf("## Timeline")
                        && md.indexOf("## Timeline") < md.indexOf("## Action items")
                        && md.indexOf("## Action items") < md.indexOf("## Where we got lucky"),
                md);
    }

    @Test
    void shouldPublishWithOpenFindingsOnlyWhenAcknowledgedAndRecordWhoDid() {
        long id = incident(unique("Ack"));
        String path = "/api/incidents/" + id + "/postmortem";
        String blaming = "## Summary\n\nBob's mistake caused this. It was human error.\n";
        Resp draft = member.put(path, save(blaming, "DRAFT", null));
        assertEquals(200, draft.status(), "a draft with findings saves: the check is advisory while writing");
        assertNull(draft.at("acknowledgement"));

        Resp refused = member.put(path, save(blaming, "PUBLISHED", 0L));
        assertProblem(refused, 400);
        assertEquals(List.of("acknowledgeFindings"), refused.errorFields());
        assertEquals(2, ((List<?>) refused.at("findings")).size(), refused.toString());
        assertEquals("Bob's mistake", refused.str("findings[0].phrase"));
        assertTrue(!refused.str("findings[0].suggestion").isBlank());
        assertEquals("DRAFT", viewer.get(path).str("status"), "nothing changed");

        Map<String, Object> acknowledged = save(blaming, "PUBLISHED", 0L);
        acknowledged.put("acknowledgeFindings", true);
        Resp published = member.put(path, acknowledged);
        assertEquals(200, published.status(), published.toString());
        assertEquals(2, published.num("acknowledgement.findings"));
        assertEquals(member.get("/api/me").str("login"), published.str("acknowledgement.by"));
        assertTrue(published.str("acknowledgement.at").startsWith("20"));
        Resp audit = viewer.get("/api/audit?entityType=postmortem&entityId=" + id);
        assertEquals("2", change(audit, "acknowledgedFindings"));

        Resp clean = member.put(path, save("## Summary\n\nA cached value outlived its update.\n", "PUBLISHED", 1L));
        assertEquals(200, clean.status(), clean.toString());
        assertNull(clean.at("acknowledgement"), "no findings, nothing to acknowledge");
    }

    @Test
    void shouldFlagAUsersDisplayNameAsTheSubjectOfAFailure() {
        String login = unique("zed");
        admin.post(
                "/api/users",
                Map.of(
                        "login", login,
                        "displayName", "Quentin Zebulon",
                        "password", "a-long-password-1",
                        "role", "MEMBER",
                        "teams", List.of()));
        Resp r = viewer.post("/api/postmortems/check", Map.of("markdown", "Quentin broke the import job."));
        assertEquals(1, ((List<?>) r.at("findings")).size(), r.toString());
        assertEquals("Quentin broke", r.str("findings[0].phrase"));
        Resp byLogin = viewer.post("/api/postmortems/check", Map.of("markdown", login + " missed the alert."));
        assertEquals(1, ((List<?>) byLogin.at("findings")).size(), byLogin.toString());
    }

    private static String change(Resp audit, String field) {
        return ((List<?>) audit.at("items[0].changes"))
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> field.equals(c.get("field")))
                        .map(c -> (String) c.get("newValue"))
                        .findFirst()
                        .orElse(null);
    }

    @Test
    void shouldReportBlamingPhrasesWithPositionsWhenChecking() {
        Resp r = viewer.post(
                "/api/postmortems/check",
                Map.of("markdown", "## Summary\n\nIt was human error.\n\n`human error` in code is fine."));
        assertEquals(200, r.status(), r.toString());
        assertEquals(1, ((List<?>) r.at("findings")).size(), r.toString());
        assertEquals(3, r.num("findings[0].line"));
        assertEquals(8, r.num("findings[0].column"));
        assertEquals("human error", r.str("findings[0].phrase"));
        assertTrue(!r.str("findings[0].reason").isBlank()
                && !r.str("findings[0].suggestion").isBlank());

        Resp clean = member.post("/api/postmortems/check", Map.of("markdown", PostmortemService.storyMarkdown()));
        assertEquals(List.of(), clean.at("findings"));
        Resp missing = member.post("/api/postmortems/check", Map.of());
        assertProblem(missing, 400);
        assertEquals(List.of("markdown"), missing.errorFields());
    }

    @Test
    void shouldNeverBlockSavingWhenTheTextHasFindings() {
        long id = incident(unique("Advisory"));
        Resp r = member.put(
                "/api/incidents/" + id + "/postmortem", save("Root cause: Bob. Human error.", "DRAFT", null));
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    void shouldPreviewSanitisedHtml() {
        Resp r = viewer.post(
                "/api/postmortems/preview",
                Map.of("markdown", "**ok** <script>alert(1)</script> [x](javascript:alert(1)) https://example.org"));
        assertEquals(200, r.status(), r.toString());
        Document html = Jsoup.parseBodyFragment(r.str("html"));
        assertEquals("ok", html.selectFirst("strong").text());
        assertTrue(html.select("script").isEmpty());
        assertTrue(html.select("a[href^=javascript]").isEmpty(), r.str("html"));
        assertEquals(1, html.select("a[href=https://example.org]").size(), r.str("html"));
        assertProblem(viewer.post("/api/postmortems/preview", Map.of()), 400);
    }

    @Test
    void shouldForbidViewerSavesAndRequireSignIn() {
        long id = incident(unique("Forbidden"));
        assertProblem(viewer.put("/api/incidents/" + id + "/postmortem", save("x", "DRAFT", null)), 403);
        assertEquals(
                401, anonymous().get("/api/incidents/" + id + "/postmortem").status());
        assertEquals(
                401, anonymous().get("/api/incidents/" + id + "/postmortem.md").status());
        assertEquals(
                401,
                anonymous()
                        .put("/api/incidents/" + id + "/postmortem", save("x", "DRAFT", null))
                        .status());
        assertEquals(
                401,
                anonymous()
                        .post("/api/postmortems/check", Map.of("markdown", "x"))
                        .status());
        assertEquals(
                401,
                anonymous()
                        .post("/api/postmortems/preview", Map.of("markdown", "x"))
                        .status());
    }

    static void assertProblem(Resp r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType(), r.toString());
        assertEquals(status, r.num("status"));
    }
}
