package io.wallbreaker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest extends ApiTestBase {

    private Api admin;

    @BeforeAll
    void setUp() {
        admin = admin();
    }

    @Test
    void shouldRecordCreateAndUpdateWithOldAndNewValuesNewestFirst() {
        String slug = team(admin, "DEV");
        admin.put("/api/teams/" + slug, Map.of("name", "Product Dev", "kind", "PRODUCT", "version", 0));

        Resp r = admin.get("/api/audit?entityType=team&entityId=" + slug);
        assertEquals(200, r.status(), r.toString());
        assertEquals(2, r.num("total"));
        assertEquals("UPDATE", r.str("items[0].action"));
        assertEquals("admin", r.str("items[0].actor"));
        assertEquals("USER", r.str("items[0].actorKind"));
        assertEquals(
                List.of(
                        Map.of("field", "name", "oldValue", "Team " + slug, "newValue", "Product Dev"),
                        Map.of("field", "kind", "oldValue", "DEV", "newValue", "PRODUCT")),
                r.at("items[0].changes"));
        assertEquals("CREATE", r.str("items[1].action"));
    }

    @Test
    void shouldNameTheEditedFieldsOfARecordWhoseViewNestsThem() {
        String dev = team(admin, "DEV");
        Map<String, Object> body = new java.util.HashMap<>(io.wallbreaker.support.Fixtures.anIncident(List.of(dev)));
        long id = admin.post("/api/incidents", body).num("id");
        body.put("title", "Renamed incident");
        body.put("version", 0);
        assertEquals(200, admin.put("/api/incidents/" + id, body).status());

        Resp r = admin.get("/api/audit?entityType=incident&entityId=" + id);
        assertEquals("UPDATE", r.str("items[0].action"));
        assertEquals(
                List.of("title"),
                ((List<?>) r.at("items[0].changes"))
                        .stream().map(c -> ((Map<?, ?>) c).get("field")).toList());
        assertEquals("Renamed incident", r.str("items[0].changes[0].newValue"));
    }

    @Test
    void shouldRecordSignInSuccessAndFailure() {
        String login = unique("audited");
        admin.post(
                "/api/users",
                Map.of(
                        "login",
                        login,
                        "displayName",
                        "A",
                        "password",
                        "audited-password",
                        "role",
                        "MEMBER",
                        "teams",
                        List.of()));
        anonymous().post("/api/auth/login", Map.of("login", login, "password", "wrong-password"));
        anonymous().post("/api/auth/login", Map.of("login", login, "password", "audited-password"));

        Resp r = admin.get("/api/audit?entityType=session&actor=" + login);
        assertEquals(
                List.of("LOGIN_SUCCESS", "LOGIN_FAILURE"),
                ((List<?>) r.at("items"))
                        .stream().map(i -> ((Map<?, ?>) i).get("action")).toList());
    }

    @Test
    void shouldAttributeTokenWritesToTheTokenAndItsOwner() {
        String token = admin.post("/api/tokens", Map.of("name", "ops-script")).str("token");
        String slug = unique("scripted");
        anonymous().as(token).post("/api/teams", Map.of("slug", slug, "name", "S", "kind", "OPS"));
        Resp r = admin.get("/api/audit?entityType=team&entityId=" + slug);
        assertEquals("TOKEN", r.str("items[0].actorKind"));
        assertTrue(r.str("items[0].actor").contains("ops-script"), r.toString());
    }

    @Test
    void shouldBeAppendOnlyAndShowAccountEntriesToAdminsOnly() {
        Resp before = admin.get("/api/audit?size=1");
        String id = before.str("items[0].id");
        int deleteStatus = admin.delete("/api/audit/" + id).status();
        assertTrue(deleteStatus == 404 || deleteStatus == 405, "no delete endpoint: " + deleteStatus);
        assertEquals(405, admin.put("/api/audit", Map.of()).status());
        assertEquals(405, admin.delete("/api/audit").status());
        assertTrue(admin.get("/api/audit?size=1").num("total") >= before.num("total"), "nothing was removed");
        Api viewer = user(admin, "VIEWER", List.of());
        assertEquals(200, viewer.get("/api/audit").status(), "leadership reads the history of records");
        assertEquals(403, viewer.get("/api/audit?entityType=session").status());
        Api member = user(admin, "MEMBER", List.of());
        assertEquals(200, member.get("/api/audit").status());
        assertEquals(403, member.get("/api/audit?entityType=user").status());
    }

    @Test
    void shouldRejectBadDateFilter() {
        Resp r = admin.get("/api/audit?from=yesterday");
        assertEquals(400, r.status());
        assertEquals(List.of("from"), r.errorFields());
    }
}
