package io.wallbreaker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Pages;
import io.wallbreaker.support.Resp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list pages and sorts on the server ({@code ?page=&size=&sort=field,asc|desc}): each list
 * in both directions on at least two fields, empty values last, the default order as before, a
 * stable order across pages when keys are equal (the id breaks ties), and 400 naming {@code sort}
 * for an unknown field or direction. The database is shared, so lists are filtered to this test's
 * own rows where the API can filter, and otherwise checked on the order of this test's rows within
 * the whole list.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListOrderApiTest extends ApiTestBase {

    private Api admin;

    @BeforeAll
    void signIn() {
        admin = admin();
    }

    // ---- helpers ----

    private static List<Long> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    private List<Long> ids(String path) {
        return ids(Pages.all(admin, path, 500));
    }

    /** The list read {@code size} at a time equals the list read in one page, and holds no item twice. */
    private void assertStableAcrossPages(Api api, String path, int size, Function<Map<String, Object>, Object> id) {
        List<Object> whole = Pages.all(api, path, 500).stream().map(id).toList();
        List<Object> paged = Pages.all(api, path, size).stream().map(id).toList();
        assertEquals(whole, paged, "paging " + size + " at a time through " + path);
        assertEquals(whole.size(), new HashSet<>(whole).size(), "no item twice in " + path);
    }

    private static List<Long> sortedIds(List<Long> ids, boolean descending) {
        Comparator<Long> order = Comparator.naturalOrder();
        return ids.stream().sorted(descending ? order.reversed() : order).toList();
    }

    /** The values of {@code field} of those items whose {@code field} is one of {@code mine}, in list order. */
    private static List<Object> mineInOrder(List<Map<String, Object>> items, String field, List<?> mine) {
        return items.stream().map(i -> i.get(field)).filter(mine::contains).collect(Collectors.toList());
    }

    private static List<Object> reversed(List<Object> list) {
        List<Object> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static void assertSortProblem(Resp r) {
        assertEquals(400, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType(), r.toString());
        assertEquals(List.of("sort"), r.errorFields(), r.toString());
    }

    private static Map<String, Object> incident(
            String team, String title, String severity, String status, String detectedAt, String resolvedAt) {
        Map<String, Object> body = Fixtures.anIncident(List.of(team));
        body.put("title", title);
        body.put("severity", severity);
        body.put("status", status);
        body.put(
                "startedAt",
                Instant.parse(detectedAt).minus(2, ChronoUnit.HOURS).toString());
        body.put("detectedAt", detectedAt);
        body.remove("rootCauseAt");
        body.remove("mitigatedAt");
        if (resolvedAt == null) {
            body.remove("resolvedAt");
        } else {
            body.put("resolvedAt", resolvedAt);
        }
        return body;
    }

    private long created(Resp r) {
        assertEquals(201, r.status(), r.toString());
        return r.num("id");
    }

    // ---- errors, the same on every list ----

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("/api/incidents", "title"),
                Arguments.of("/api/action-items", "dueDate"),
                Arguments.of("/api/requests", "openedAt"),
                Arguments.of("/api/shadow-systems", "name"),
                Arguments.of("/api/teams", "name"),
                Arguments.of("/api/users", "login"),
                Arguments.of("/api/tokens", "createdAt"),
                Arguments.of("/api/audit", "at"),
                Arguments.of("/api/ola-targets", "targetSeconds"));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldRefuseUnknownFieldsAndDirectionsNamingSort(String path, String field) {
        assertEquals(200, admin.get(path + "?sort=" + field).status());
        assertEquals(200, admin.get(path + "?sort=" + field + ",desc").status());
        assertEquals(200, admin.get(path + "?sort=" + field + ",ASC").status());

        Resp unknown = admin.get(path + "?sort=password,asc");
        assertSortProblem(unknown);
        assertTrue(unknown.str("errors[0].message").contains("'password'"), unknown.toString());
        assertTrue(unknown.str("errors[0].message").contains(field), "lists what may be sorted: " + unknown);

        assertSortProblem(admin.get(path + "?sort=" + field + ",sideways"));
        assertSortProblem(admin.get(path + "?sort=" + field + ",asc,desc"));
        assertSortProblem(admin.get(path + "?sort=" + field + "&sort=" + field + ",desc"));

        Resp both = admin.get(path + "?size=0&sort=nope");
        assertEquals(400, both.status(), both.toString());
        assertEquals(List.of("size", "sort"), both.errorFields(), "every bad parameter at once");
    }

    @Test
    void shouldRefuseSortOnAnIncidentsActionItemsToo() {
        String team = team(admin, "DEV");
        long incident = created(admin.post("/api/incidents", Fixtures.anIncident(List.of(team))));
        assertSortProblem(admin.get("/api/incidents/" + incident + "/action-items?sort=owner"));
        assertSortProblem(admin.get("/api/incidents/" + incident + "/action-items?sort=title,up"));
    }

    // ---- incidents ----

    @Test
    void shouldSortIncidents() {
        String team = team(admin, "DEV");
        String u = unique("");
        long a = created(admin.post(
                "/api/incidents",
                incident(team, "Bravo" + u, "SEV2", "RESOLVED", "2025-01-06T10:00:00Z", "2025-01-07T10:00:00Z")));
        long b = created(admin.post(
                "/api/incidents", incident(team, "alpha" + u, "SEV1", "OPEN", "2025-02-01T10:00:00Z", null)));
        long c = created(admin.post(
                "/api/incidents",
                incident(team, "Charlie" + u, "SEV3", "RESOLVED", "2025-03-01T10:00:00Z", "2025-03-01T22:00:00Z")));
        long d = created(admin.post(
                "/api/incidents",
                incident(
                        team,
                        "delta" + u,
                        "SEV2",
                        "POSTMORTEM_PUBLISHED",
                        "2025-01-20T10:00:00Z",
                        "2025-01-25T10:00:00Z")));
        String list = "/api/incidents?team=" + team;

        assertEquals(List.of(c, b, d, a), ids(list), "newest detected first, as before");
        assertEquals(ids(list), ids(list + "&sort=detectedAt,desc"));
        assertEquals(List.of(a, d, b, c), ids(list + "&sort=detectedAt,asc"));
        assertEquals(List.of(b, a, c, d), ids(list + "&sort=title"), "case does not matter");
        assertEquals(List.of(d, c, a, b), ids(list + "&sort=title,desc"));
        assertEquals(List.of(b, a, d, c), ids(list + "&sort=severity,asc"), "SEV1 first; equal keys by id");
        assertEquals(List.of(c, d, a, b), ids(list + "&sort=severity,desc"), "equal keys by id, descending");
        assertEquals(List.of(b, a, c, d), ids(list + "&sort=status,asc"), "in the order of the lifecycle");
        assertEquals(List.of(c, a, d, b), ids(list + "&sort=timeToResolveSeconds,asc"), "unresolved last");
        assertEquals(List.of(d, a, c, b), ids(list + "&sort=timeToResolveSeconds,desc"), "unresolved last");
        assertEquals(List.of(b, d, a, c), ids(list + "&sort=severity&sort=title,desc"), "a second key");
        assertEquals(List.of(a, b, c, d), ids(list + "&sort=key"));

        admin.put("/api/incidents/" + a + "/postmortem", new HashMap<>(Map.of("markdown", "x", "status", "DRAFT")));
        assertEquals(List.of(b, c, d, a), ids(list + "&sort=postmortemStatus,asc"), "none before a draft");
        assertEquals(List.of(a, d, c, b), ids(list + "&sort=postmortemStatus,desc"));
    }

    @Test
    void shouldPageIncidentsWithEqualKeysWithoutRepeatsOrGaps() {
        String team = team(admin, "DEV");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(created(admin.post(
                    "/api/incidents", incident(team, "Same", "SEV2", "OPEN", "2025-01-06T10:00:00Z", null))));
        }
        String list = "/api/incidents?team=" + team;
        assertEquals(sortedIds(made, true), ids(Pages.all(admin, list, 2)), "equal detection: newest id first");
        assertEquals(sortedIds(made, false), ids(Pages.all(admin, list + "&sort=severity", 2)));
        assertEquals(sortedIds(made, true), ids(Pages.all(admin, list + "&sort=title,desc", 2)));
        assertStableAcrossPages(admin, list + "&sort=status,desc", 3, i -> i.get("id"));
    }

    // ---- action items ----

    @Test
    void shouldSortActionItemsOfAnIncidentAndAcrossIncidents() {
        String team = team(admin, "DEV");
        String first = team(admin, "OPS");
        String second = team(admin, "OPS");
        if (first.compareTo(second) > 0) {
            String t = first;
            first = second;
            second = t;
        }
        long incident = created(admin.post("/api/incidents", Fixtures.anIncident(List.of(team))));
        String items = "/api/incidents/" + incident + "/action-items";
        long a1 = created(admin.post(
                items, Map.of("title", "Bravo", "ownerTeam", first, "dueDate", "2000-01-05", "status", "OPEN")));
        long a2 = created(admin.post(
                items, Map.of("title", "alpha", "ownerTeam", second, "dueDate", "2000-01-01", "status", "DONE")));
        long a3 = created(admin.post(items, Map.of("title", "Charlie", "ownerTeam", first, "status", "OPEN")));
        long a4 = created(admin.post(
                items, Map.of("title", "delta", "ownerTeam", second, "dueDate", "2000-01-03", "status", "WONT_DO")));

        assertEquals(List.of(a2, a4, a1, a3), ids(items), "soonest due first, none last, as before");
        assertEquals(List.of(a1, a4, a2, a3), ids(items + "?sort=dueDate,desc"), "none last both ways");
        assertEquals(List.of(a2, a1, a3, a4), ids(items + "?sort=title,asc"));
        assertEquals(List.of(a4, a3, a1, a2), ids(items + "?sort=title,desc"));
        assertEquals(List.of(a1, a3, a2, a4), ids(items + "?sort=ownerTeam"));
        assertEquals(List.of(a4, a2, a3, a1), ids(items + "?sort=ownerTeam,desc"));
        assertEquals(List.of(a1, a3, a2, a4), ids(Pages.all(admin, items + "?sort=status", 1)), "one per page");
        Resp firstPage = admin.get(items + "?size=2");
        assertEquals(4, firstPage.num("total"));
        assertEquals(List.of(a2, a4), ids(Pages.items(firstPage)));

        String ofTeam = "/api/action-items?team=" + first;
        assertEquals(List.of(a1, a3), ids(ofTeam));
        assertEquals(List.of(a3, a1), ids(ofTeam + "&sort=title,desc"));
        assertEquals(List.of(a1, a3), ids(ofTeam + "&sort=dueDate,desc"), "none last both ways");
        assertEquals(List.of(a1, a3), ids(ofTeam + "&sort=incidentKey&sort=status"));
        assertStableAcrossPages(admin, "/api/action-items?sort=status", 7, i -> i.get("id"));
    }

    // ---- requests ----

    private long request(String requester, String responder, String title, String kind, Instant openedAt) {
        Map<String, Object> body = Fixtures.aRequest(requester, responder, title);
        body.put("kind", kind);
        body.put("openedAt", openedAt.toString());
        return created(admin.post("/api/requests", body));
    }

    private void close(long id, String type, String responder, Instant at) {
        Resp r = admin.post(
                "/api/requests/" + id + "/events", Map.of("type", type, "team", responder, "at", at.toString()));
        assertEquals(201, r.status(), r.toString());
    }

    @Test
    void shouldSortRequestsOnTheirStoredFigures() {
        String requester = team(admin, "DEV");
        String responder = team(admin, "OPS");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long r1 = request(requester, responder, "Bravo", "LOG_ACCESS", now.minus(10, ChronoUnit.DAYS));
        close(r1, "FULFILLED", responder, now.minus(9, ChronoUnit.DAYS));
        long r2 = request(requester, responder, "alpha", "DEPLOY", now.minus(5, ChronoUnit.DAYS));
        long r3 = request(requester, responder, "Charlie", "DATA_PULL", now.minus(8, ChronoUnit.DAYS));
        close(r3, "DECLINED", responder, now.minus(2, ChronoUnit.DAYS));
        long r4 = request(requester, responder, "delta", "LOG_ACCESS", now.minus(1, ChronoUnit.DAYS));
        String list = "/api/requests?requester=" + requester;

        assertEquals(List.of(r4, r2, r3, r1), ids(list), "newest opened first, as before");
        assertEquals(List.of(r1, r3, r2, r4), ids(list + "&sort=openedAt"));
        assertEquals(List.of(r2, r1, r3, r4), ids(list + "&sort=title"));
        assertEquals(List.of(r4, r3, r1, r2), ids(list + "&sort=title,desc"));
        assertEquals(List.of(r1, r4, r3, r2), ids(list + "&sort=kind"), "kinds in the order the API lists them");
        assertEquals(List.of(r2, r3, r4, r1), ids(list + "&sort=kind,desc"));
        assertEquals(List.of(r1, r3, r2, r4), ids(list + "&sort=leadTimeSeconds"), "open requests have none: last");
        assertEquals(List.of(r3, r1, r4, r2), ids(list + "&sort=leadTimeSeconds,desc"));
        assertEquals(List.of(r4, r2, r3, r1), ids(list + "&sort=ageSeconds"), "youngest open first; closed last");
        assertEquals(List.of(r2, r4, r1, r3), ids(list + "&sort=ageSeconds,desc"));
        assertEquals(List.of(r2, r4, r1, r3), ids(list + "&sort=state"), "open states first");
        assertEquals(List.of(r1, r3, r2, r4), ids(list + "&sort=closedAt"), "closed by time, open last");
        assertEquals(List.of(r2, r4), ids(list + "&outcome=OPEN&sort=openedAt,asc"), "open work only");
    }

    @Test
    void shouldSortAndFilterRequestsByTeamsThroughTheirSlugs() {
        // The list chooses its page on cross_request alone (a team's slug through a subquery), so
        // sorting by a team and filtering by either team go through that path.
        String requester = team(admin, "DEV");
        String first = team(admin, "OPS");
        String second = team(admin, "OPS");
        String a = first.compareTo(second) < 0 ? first : second;
        String b = a.equals(first) ? second : first;
        Instant opened = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long r1 = request(requester, b, "One", "LOG_ACCESS", opened);
        long r2 = request(requester, a, "Two", "LOG_ACCESS", opened.plusSeconds(60));
        long r3 = request(requester, b, "Three", "LOG_ACCESS", opened.plusSeconds(120));
        String list = "/api/requests?requester=" + requester;

        assertEquals(List.of(r2, r1, r3), ids(list + "&sort=responderTeam"), "by slug, then id");
        assertEquals(List.of(r3, r1, r2), ids(list + "&sort=responderTeam,desc"));
        assertEquals(List.of(r2, r1, r3), ids(list + "&sort=currentResponderTeam"));
        assertEquals(List.of(r3, r1), ids(list + "&responder=" + b), "newest first");
        assertEquals(List.of(r2), ids("/api/requests?responder=" + a));
        assertEquals(List.of(), ids(list + "&responder=no-such-team"));
        Resp page = admin.get(list + "&responder=" + b + "&size=1");
        assertEquals(2, page.num("total"), page.toString());
        assertEquals(r3, page.num("items[0].id"));
        assertEquals(null, page.at("items[1]"), "one item on a page of one");
    }

    @Test
    void shouldPageRequestsWithEqualKeysWithoutRepeatsOrGaps() {
        String requester = team(admin, "DEV");
        String responder = team(admin, "OPS");
        Instant opened = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(request(requester, responder, "Same", "LOG_ACCESS", opened));
        }
        String list = "/api/requests?requester=" + requester;
        assertEquals(sortedIds(made, true), ids(Pages.all(admin, list, 2)), "same opening: newest id first");
        assertEquals(sortedIds(made, false), ids(Pages.all(admin, list + "&sort=kind", 2)));
        assertEquals(sortedIds(made, true), ids(Pages.all(admin, list + "&sort=handoffs,desc", 2)));
        assertStableAcrossPages(admin, list + "&sort=state,desc", 2, i -> i.get("id"));
    }

    // ---- shadow systems ----

    private long shadow(
            String owner,
            String discoverer,
            String name,
            String provider,
            String classification,
            String firstLiveAt,
            String discoveredAt) {
        Map<String, Object> body = Fixtures.aShadowSystem(name, provider, owner, discoverer);
        body.put("dataClassification", classification);
        body.put("firstLiveAt", firstLiveAt);
        body.put("discoveredAt", discoveredAt);
        return created(admin.post("/api/shadow-systems", body));
    }

    @Test
    void shouldSortTheShadowRegistry() {
        String owner = team(admin, "DEV");
        String ops = team(admin, "OPS");
        long s1 = shadow(owner, ops, "Bravo", "heroku", "CUSTOMER_PII", "2025-01-01", "2025-06-01");
        long s2 = shadow(owner, ops, "alpha", "Vercel", "NONE", "2025-05-01", "2025-05-10");
        long s3 = shadow(owner, ops, "Charlie", "aws", "INTERNAL", "2024-01-01", "2025-07-01");
        String list = "/api/shadow-systems?ownerTeam=" + owner;

        assertEquals(List.of(s3, s1, s2), ids(list), "newest discovery first, as before");
        assertEquals(List.of(s2, s1, s3), ids(list + "&sort=discoveredAt,asc"));
        assertEquals(List.of(s2, s1, s3), ids(list + "&sort=name"));
        assertEquals(List.of(s3, s1, s2), ids(list + "&sort=name,desc"));
        assertEquals(List.of(s3, s1, s2), ids(list + "&sort=provider"), "case does not matter");
        assertEquals(List.of(s2, s1, s3), ids(list + "&sort=discoveryLagSeconds"));
        assertEquals(List.of(s3, s1, s2), ids(list + "&sort=discoveryLagSeconds,desc"));
        assertEquals(List.of(s2, s3, s1), ids(list + "&sort=dataClassification"), "least sensitive first");
        assertEquals(List.of(s3, s1, s2), ids(list + "&sort=firstLiveAt"));
    }

    @Test
    void shouldPageTheShadowRegistryWithEqualKeysWithoutRepeatsOrGaps() {
        String owner = team(admin, "DEV");
        String ops = team(admin, "OPS");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(shadow(owner, ops, "system-" + i, "fly", "NONE", "2025-01-01", "2025-02-01"));
        }
        String list = "/api/shadow-systems?ownerTeam=" + owner;
        assertEquals(sortedIds(made, true), ids(Pages.all(admin, list, 2)));
        assertEquals(sortedIds(made, false), ids(Pages.all(admin, list + "&sort=status", 2)));
        assertEquals(sortedIds(made, true), ids(Pages.all(admin, list + "&sort=ownerTeam,desc", 2)));
    }

    // ---- teams, users, tokens ----

    @Test
    void shouldSortTeams() {
        String u = unique("");
        List<String> slugs = new ArrayList<>();
        for (String[] t : List.of(
                new String[] {"alpha", "OPS"}, new String[] {"Bravo", "DEV"}, new String[] {"charlie", "SUPPORT"})) {
            String slug = unique("team");
            Resp r = admin.post("/api/teams", Map.of("slug", slug, "name", t[0] + u, "kind", t[1]));
            assertEquals(201, r.status(), r.toString());
            slugs.add(slug);
        }
        List<Object> mine = new ArrayList<>(slugs);
        assertEquals(mine, mineInOrder(Pages.all(admin, "/api/teams", 200), "slug", mine), "by name, as before");
        assertEquals(
                Pages.all(admin, "/api/teams", 500),
                Pages.all(admin, "/api/teams?sort=name&sort=slug", 500),
                "the default is name, then slug");
        assertEquals(
                List.of(slugs.get(2), slugs.get(1), slugs.get(0)),
                mineInOrder(Pages.all(admin, "/api/teams?sort=name,desc", 200), "slug", mine));
        assertEquals(
                List.of(slugs.get(1), slugs.get(0), slugs.get(2)),
                mineInOrder(Pages.all(admin, "/api/teams?sort=kind", 200), "slug", mine),
                "DEV, OPS, SUPPORT");
        List<Object> sortedSlugs = slugs.stream().sorted().map(s -> (Object) s).toList();
        assertEquals(sortedSlugs, mineInOrder(Pages.all(admin, "/api/teams?sort=slug", 200), "slug", mine));
        assertEquals(
                reversed(sortedSlugs), mineInOrder(Pages.all(admin, "/api/teams?sort=slug,desc", 200), "slug", mine));
        assertStableAcrossPages(admin, "/api/teams?sort=kind,desc", 7, t -> t.get("slug"));
    }

    @Test
    void shouldSortUsers() {
        String u = unique("");
        List<String> logins = new ArrayList<>();
        for (String[] user : List.of(
                new String[] {"alpha", "VIEWER"}, new String[] {"Bravo", "ADMIN"}, new String[] {"charlie", "MEMBER"
                })) {
            String login = unique("user");
            Resp r = admin.post(
                    "/api/users",
                    Map.of(
                            "login",
                            login,
                            "displayName",
                            user[0] + u,
                            "password",
                            "password-" + login,
                            "role",
                            user[1],
                            "teams",
                            List.of()));
            assertEquals(201, r.status(), r.toString());
            logins.add(login);
        }
        List<Object> mine = new ArrayList<>(logins);
        List<Object> byLogin = logins.stream().sorted().map(s -> (Object) s).toList();
        assertEquals(byLogin, mineInOrder(Pages.all(admin, "/api/users", 200), "login", mine), "by login, as before");
        assertEquals(
                reversed(byLogin), mineInOrder(Pages.all(admin, "/api/users?sort=login,desc", 200), "login", mine));
        assertEquals(mine, mineInOrder(Pages.all(admin, "/api/users?sort=displayName", 200), "login", mine));
        assertEquals(
                reversed(mine), mineInOrder(Pages.all(admin, "/api/users?sort=displayName,desc", 200), "login", mine));
        assertEquals(
                List.of(logins.get(1), logins.get(2), logins.get(0)),
                mineInOrder(Pages.all(admin, "/api/users?sort=role", 200), "login", mine),
                "ADMIN, MEMBER, VIEWER");
        assertStableAcrossPages(admin, "/api/users?sort=role", 7, x -> x.get("login"));
    }

    @Test
    void shouldListUsersWithTheirTeams() {
        String team = team(admin, "DEV");
        String other = team(admin, "OPS");
        user(admin, "MEMBER", List.of(team, other));
        List<Map<String, Object>> users = Pages.all(admin, "/api/users", 500);
        assertTrue(
                users.stream()
                        .anyMatch(x -> x.get("teams")
                                .equals(Stream.of(team, other).sorted().toList())),
                "a listed user carries every team: " + users);
    }

    @Test
    void shouldSortAndPageTokens() {
        Api member = user(admin, "MEMBER", List.of());
        long bravo = created(member.post("/api/tokens", Map.of("name", "bravo", "expiresAt", "2030-01-01T00:00:00Z")));
        long alpha = created(member.post("/api/tokens", Map.of("name", "Alpha")));
        long charlie =
                created(member.post("/api/tokens", Map.of("name", "charlie", "expiresAt", "2029-01-01T00:00:00Z")));

        assertEquals(List.of(charlie, alpha, bravo), ids(Pages.all(member, "/api/tokens", 500)), "newest first");
        assertEquals(List.of(alpha, bravo, charlie), ids(Pages.all(member, "/api/tokens?sort=name", 500)));
        assertEquals(List.of(charlie, bravo, alpha), ids(Pages.all(member, "/api/tokens?sort=name,desc", 500)));
        assertEquals(
                List.of(charlie, bravo, alpha),
                ids(Pages.all(member, "/api/tokens?sort=expiresAt", 500)),
                "never expiring last");
        assertEquals(List.of(bravo, charlie, alpha), ids(Pages.all(member, "/api/tokens?sort=expiresAt,desc", 500)));
        assertEquals(List.of(bravo, alpha, charlie), ids(Pages.all(member, "/api/tokens?sort=lastUsedAt", 1)));
        Resp page = member.get("/api/tokens?size=1&page=1");
        assertEquals(3, page.num("total"));
        assertEquals(List.of(alpha), ids(Pages.items(page)));
    }

    // ---- audit, OLA targets ----

    @Test
    void shouldSortTheAuditTrail() {
        String team = team(admin, "DEV");
        Api member = user(admin, "MEMBER", List.of(team));
        long incident = created(member.post("/api/incidents", Fixtures.anIncident(List.of(team))));
        Map<String, Object> update = Fixtures.anIncident(List.of(team));
        update.put("version", 0);
        update.put("title", "Renamed");
        assertEquals(200, member.put("/api/incidents/" + incident, update).status());
        String list = "/api/audit?entityType=incident&entityId=" + incident;

        List<Map<String, Object>> newestFirst = Pages.all(admin, list, 500);
        assertEquals(List.of("UPDATE", "CREATE"), Pages.column(newestFirst, "action"), "newest first, as before");
        assertEquals(ids(newestFirst), ids(list + "&sort=at,desc"));
        assertEquals(sortedIds(ids(newestFirst), false), ids(list + "&sort=at,asc"));
        assertEquals(List.of("CREATE", "UPDATE"), Pages.column(Pages.all(admin, list + "&sort=action", 1), "action"));
        assertEquals(
                List.of("UPDATE", "CREATE"), Pages.column(Pages.all(admin, list + "&sort=action,desc", 1), "action"));
        assertStableAcrossPages(admin, "/api/audit?entityType=incident&sort=entityType", 50, e -> e.get("id"));
    }

    @Test
    void shouldSortOlaTargets() {
        String requester = team(admin, "DEV");
        String b = team(admin, "OPS");
        String c = team(admin, "OPS");
        if (b.compareTo(c) > 0) {
            String t = b;
            b = c;
            c = t;
        }
        Resp put = admin.put(
                "/api/ola-targets",
                List.of(
                        Map.of(
                                "requesterTeam",
                                requester,
                                "responderTeam",
                                b,
                                "kind",
                                "LOG_ACCESS",
                                "targetSeconds",
                                3600),
                        Map.of("requesterTeam", requester, "responderTeam", c, "kind", "DEPLOY", "targetSeconds", 60),
                        Map.of(
                                "requesterTeam",
                                requester,
                                "responderTeam",
                                b,
                                "kind",
                                "DATA_PULL",
                                "targetSeconds",
                                7200)));
        assertEquals(200, put.status(), put.toString());

        Function<String, List<Object>> kinds = path -> Pages.column(Pages.all(admin, path, 500), "kind");
        assertEquals(List.of("DATA_PULL", "LOG_ACCESS", "DEPLOY"), kinds.apply("/api/ola-targets"), "as before");
        assertEquals(List.of("DEPLOY", "LOG_ACCESS", "DATA_PULL"), kinds.apply("/api/ola-targets?sort=targetSeconds"));
        assertEquals(
                List.of("DATA_PULL", "LOG_ACCESS", "DEPLOY"), kinds.apply("/api/ola-targets?sort=targetSeconds,desc"));
        assertEquals(List.of("LOG_ACCESS", "DATA_PULL", "DEPLOY"), kinds.apply("/api/ola-targets?sort=kind"));
        assertEquals(List.of("DEPLOY", "DATA_PULL", "LOG_ACCESS"), kinds.apply("/api/ola-targets?sort=kind,desc"));
        assertEquals(
                List.of("DATA_PULL", "LOG_ACCESS", "DEPLOY"),
                Pages.column(Pages.all(admin, "/api/ola-targets?sort=requesterTeam", 1), "kind"),
                "one requester: responder, then kind break the tie, page by page");
        assertEquals(
                List.of("DEPLOY", "LOG_ACCESS", "DATA_PULL"),
                Pages.column(Pages.all(admin, "/api/ola-targets?sort=requesterTeam,desc", 1), "kind"));
        Resp page = admin.get("/api/ola-targets?size=2");
        assertEquals(3, page.num("total"));
        assertEquals(2, Pages.items(page).size());
    }
}
