package io.wallbreaker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The requests board after real use: descriptions rendered safely, open ones by default, OLA targets' reach. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBoardApiTest extends ApiTestBase {

    private Api admin;
    private Api member;
    private String dev;
    private String ops;

    @BeforeAll
    void setUp() {
        admin = admin();
        dev = team(admin, "DEV");
        ops = team(admin, "OPS");
        member = user(admin, "MEMBER", List.of(dev));
    }

    private long request(String kind, Instant openedAt) {
        Map<String, Object> body = Fixtures.aRequest(dev, ops, "Needs " + kind);
        body.put("kind", kind);
        body.put("openedAt", openedAt.toString());
        Resp r = member.post("/api/requests", body);
        assertEquals(201, r.status(), r.toString());
        return r.num("id");
    }

    private void close(long id, Instant at) {
        Resp r = admin.post(
                "/api/requests/" + id + "/events", Map.of("type", "FULFILLED", "team", ops, "at", at.toString()));
        assertEquals(201, r.status(), r.toString());
    }

    @Test
    void shouldRenderTheDescriptionAsSanitisedMarkdown() {
        Map<String, Object> body = Fixtures.aRequest(dev, ops, "Logs");
        body.put(
                "description",
                "Check **pg_stat_activity** for `idle in transaction`.\n\n<script>alert(1)</script>"
                        + "[click](javascript:alert(2)) <img src=x onerror=alert(3)>");
        Resp created = member.post("/api/requests", body);
        assertEquals(201, created.status(), created.toString());
        String html = created.str("descriptionHtml");
        assertTrue(html.contains("<strong>pg_stat_activity</strong>"), html);
        assertTrue(html.contains("<code>idle in transaction</code>"), html);
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("<img"), "raw HTML is shown as text, never as a tag: " + html);
        assertTrue(created.str("description").contains("**pg_stat_activity**"), "the Markdown is kept as written");

        Resp plain = member.post("/api/requests", Fixtures.aRequest(dev, ops, "No description"));
        assertNull(plain.at("descriptionHtml"));
    }

    @Test
    void shouldListOnlyOpenOrOnlyClosedRequestsWhenAsked() {
        Instant t0 = Instant.now().minus(3, ChronoUnit.DAYS);
        long open = request("DATA_PULL", t0);
        long closed = request("DATA_PULL", t0);
        close(closed, t0.plus(1, ChronoUnit.HOURS));
        String base = "/api/requests?requester=" + dev + "&responder=" + ops;

        assertEquals(List.of(open), ids(member.get(base + "&open=true")));
        assertEquals(List.of(closed), ids(member.get(base + "&open=false")));
        assertTrue(ids(member.get(base)).containsAll(List.of(open, closed)));
        Resp bad = member.get(base + "&open=maybe");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("open"), bad.errorFields());
    }

    @Test
    void shouldCountTheRequestsEachOlaTargetApplies() {
        Instant now = Instant.now();
        long breachedOpen = request("PROD_ACCESS", now.minus(3, ChronoUnit.DAYS));
        long withinOpen = request("PROD_ACCESS", now.minus(1, ChronoUnit.HOURS));
        long breachedClosed = request("PROD_ACCESS", now.minus(5, ChronoUnit.DAYS));
        close(breachedClosed, now.minus(2, ChronoUnit.DAYS));
        long withinClosed = request("PROD_ACCESS", now.minus(5, ChronoUnit.DAYS));
        close(withinClosed, now.minus(5, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS));
        request("REVIEW", now.minus(9, ChronoUnit.DAYS));
        Resp put = admin.put(
                "/api/ola-targets",
                List.of(
                        Map.of(
                                "requesterTeam",
                                dev,
                                "responderTeam",
                                ops,
                                "kind",
                                "PROD_ACCESS",
                                "targetSeconds",
                                86_400),
                        Map.of("requesterTeam", ops, "responderTeam", dev, "kind", "REVIEW", "targetSeconds", 3_600)));
        assertEquals(200, put.status(), put.toString());

        Resp usage = member.get("/api/ola-targets/usage");
        assertEquals(200, usage.status(), usage.toString());
        Map<?, ?> prod = find(usage, dev, ops, "PROD_ACCESS");
        assertEquals(86_400, ((Number) prod.get("targetSeconds")).longValue());
        assertEquals(4, ((Number) prod.get("requests")).intValue(), prod.toString());
        assertEquals(2, ((Number) prod.get("open")).intValue(), prod.toString());
        assertEquals(1, ((Number) prod.get("breachedClosed")).intValue(), prod.toString());
        assertEquals(1, ((Number) prod.get("breachedOpen")).intValue(), prod.toString());
        Map<?, ?> review = find(usage, ops, dev, "REVIEW");
        assertEquals(0, ((Number) review.get("requests")).intValue(), "the reverse pair asked nothing");
        assertTrue(breachedOpen > 0 && withinOpen > 0);

        Resp audit = admin.get("/api/audit?entityType=ola-target");
        assertTrue(
                audit.str("items[0].changes[0].newValue").contains(dev + " → " + ops + ", PROD_ACCESS: 86400 s"),
                audit.toString());
    }

    private static Map<?, ?> find(Resp usage, String requester, String responder, String kind) {
        return usage.list().stream()
                .map(u -> (Map<?, ?>) u)
                .filter(u -> requester.equals(u.get("requesterTeam"))
                        && responder.equals(u.get("responderTeam"))
                        && kind.equals(u.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(usage.toString()));
    }

    private static List<Long> ids(Resp page) {
        assertEquals(200, page.status(), page.toString());
        return ((List<?>) page.at("items"))
                .stream()
                        .map(i -> ((Number) ((Map<?, ?>) i).get("id")).longValue())
                        .toList();
    }
}
