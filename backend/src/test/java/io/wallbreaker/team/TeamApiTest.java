package io.wallbreaker.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiTest extends ApiTestBase {

    private Api admin;

    @BeforeAll
    void signIn() {
        admin = admin();
    }

    @Test
    void shouldCreateTeamWithLocationAndReadItBack() {
        String slug = unique("ops");
        Resp created = admin.post("/api/teams", Map.of("slug", slug, "name", "Operations", "kind", "OPS"));

        assertEquals(201, created.status(), created.toString());
        assertEquals("/api/teams/" + slug, created.headers().get("Location"));
        assertEquals("OPS", created.str("kind"));
        assertEquals(0, created.num("version"));

        Resp read = admin.get("/api/teams/" + slug);
        assertEquals(200, read.status());
        assertEquals("Operations", read.str("name"));
    }

    @Test
    void shouldListTeamsPaged() {
        team(admin, "DEV");
        team(admin, "DEV");
        Resp page = admin.get("/api/teams?page=0&size=1");
        assertEquals(200, page.status());
        assertEquals(1, ((List<?>) page.at("items")).size());
        assertEquals(0, page.num("page"));
        assertEquals(1, page.num("size"));
        assertTrue(page.num("total") >= 2);
    }

    @Test
    void shouldRejectBadPagingNamingTheParameter() {
        Resp r = admin.get("/api/teams?size=501");
        assertProblem(r, 400);
        assertEquals(List.of("size"), r.errorFields());
    }

    @Test
    void shouldNameEveryInvalidFieldOnCreate() {
        Resp r = admin.post("/api/teams", Map.of("slug", "Bad Slug!", "kind", "PLUMBERS"));
        assertProblem(r, 400);
        assertEquals(List.of("slug", "name", "kind"), r.errorFields());
        assertTrue(r.str("errors[2].message").contains("DEV"), "lists the allowed kinds: " + r);
    }

    @Test
    void shouldRejectDuplicateSlugWithConflict() {
        String slug = team(admin, "SUPPORT");
        Resp r = admin.post("/api/teams", Map.of("slug", slug, "name", "Again", "kind", "SUPPORT"));
        assertProblem(r, 409);
    }

    @Test
    void shouldUpdateWithCurrentVersionAndRefuseStaleVersion() {
        String slug = team(admin, "DEV");
        Resp first = admin.put("/api/teams/" + slug, Map.of("name", "Renamed", "kind", "PRODUCT", "version", 0));
        assertEquals(200, first.status(), first.toString());
        assertEquals(1, first.num("version"));

        Resp stale = admin.put("/api/teams/" + slug, Map.of("name", "Lost update", "kind", "DEV", "version", 0));
        assertProblem(stale, 409);

        Resp after = admin.get("/api/teams/" + slug);
        assertEquals("Renamed", after.str("name"));
        assertEquals("PRODUCT", after.str("kind"));
    }

    @Test
    void shouldRequireVersionOnUpdate() {
        String slug = team(admin, "DEV");
        Map<String, Object> body = new HashMap<>(Map.of("name", "No version", "kind", "DEV"));
        Resp r = admin.put("/api/teams/" + slug, body);
        assertProblem(r, 400);
        assertEquals(List.of("version"), r.errorFields());
    }

    @Test
    void shouldAnswerNotFoundForUnknownTeam() {
        assertProblem(admin.get("/api/teams/no-such-team"), 404);
        assertProblem(admin.put("/api/teams/no-such-team", Map.of("name", "X", "kind", "DEV", "version", 0)), 404);
    }

    @Test
    void shouldLetOnlyAdminsChangeTeams() {
        Api member = user(admin, "MEMBER", List.of());
        Api viewer = user(admin, "VIEWER", List.of());
        Map<String, Object> body = Map.of("slug", unique("t"), "name", "T", "kind", "DEV");
        assertProblem(member.post("/api/teams", body), 403);
        assertProblem(viewer.post("/api/teams", body), 403);
        assertEquals(200, viewer.get("/api/teams").status());
    }

    static void assertProblem(Resp r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType(), r.toString());
        assertEquals(status, r.num("status"));
        assertTrue(r.str("title") != null && !r.str("title").isBlank(), r.toString());
    }
}
