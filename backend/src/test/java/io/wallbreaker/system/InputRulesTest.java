package io.wallbreaker.system;

import static io.wallbreaker.system.ApiBasicsTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One rule for text and values at the edge, per class of bad input: NUL characters, half a
 * surrogate pair, overlong or invalid UTF-8, values over their length limit, the wrong JSON type,
 * and duplicate keys sent one after another or at once. Each answers 4xx problem+json naming the
 * field and stores nothing. Runs on H2 and PostgreSQL (where a NUL used to be a 500).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputRulesTest extends ApiTestBase {

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

    @Test
    void shouldRefuseNulInJsonTextFieldsAndStoreNothing() {
        String slug = unique("nul");
        Resp team = admin.post("/api/teams", Map.of("slug", slug, "name", "A\u0000B", "kind", "DEV"));
        assertField(team, 400, "name");
        assertEquals(404, admin.get("/api/teams/" + slug).status(), "nothing stored");

        String title = unique("nul-request");
        Resp request = member.post("/api/requests", request(title + "\u0000"));
        assertField(request, 400, "title");
        assertEquals(
                0,
                member.get("/api/requests?requester=" + dev + "&size=500").raw().split(title, -1).length - 1);

        Resp login = anonymous().post("/api/auth/login", Map.of("login", "ad\u0000min", "password", "whatever-pass"));
        assertField(login, 400, "login");
    }

    @Test
    void shouldRefuseNulInQueryParametersAndPathsForEveryCallerAsA400() {
        assertField(raw("GET", "/api/teams?kind=%00", null), 400, "kind");
        assertField(rawBytes("GET", "/api/teams?kind=%00", null, "application/json", anonymous()), 400, "kind");
        assertField(rawBytes("GET", "/api/health?x=%00", null, "application/json", anonymous()), 400, "x");
        assertField(raw("GET", "/api/requests?requester=a%00b", null), 400, "requester");
        assertField(raw("GET", "/api/teams/a%00b", null), 400, "path");
        assertField(raw("GET", "/api/teams/%C0%80", null), 400, "path");
        assertField(raw("GET", "/api/requests?requester=%ED%A0%80", null), 400, "query");
        assertField(raw("GET", "/api/requests?requester=%FF", null), 400, "query");
    }

    @Test
    void shouldRefuseHalfASurrogatePairInJsonAndInImports() {
        Resp r = raw(
                "POST",
                "/api/requests",
                "{\"title\":\"x\\ud800\",\"kind\":\"OTHER\",\"requesterTeam\":\"" + dev + "\",\"responderTeam\":\""
                        + ops + "\"}");
        assertField(r, 400, "title");

        String owner = team(admin, "DEV");
        Resp imported = member.postRaw(
                "/api/shadow-systems/import",
                "[{\"name\":\"lone \\udc00 surrogate\",\"provider\":\"Heroku\",\"ownerTeam\":\"" + owner
                        + "\",\"dataClassification\":\"NONE\",\"firstLiveAt\":\"2025-01-01\","
                        + "\"discoveredAt\":\"2026-01-01\",\"discoveredBy\":\"" + owner
                        + "\",\"discoveryMethod\":\"SELF_REPORTED\"}]",
                "application/json");
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(1, imported.num("rejected"));
        assertEquals("name", imported.str("errors[0].field"));
        assertEquals(0, member.get("/api/shadow-systems?ownerTeam=" + owner).num("total"));
    }

    @Test
    void shouldRefuseOverlongAndInvalidUtf8InBodies() {
        byte[] overlongNul = ("{\"slug\":\"" + unique("ov") + "\",\"name\":\"A").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "B\",\"kind\":\"DEV\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[overlongNul.length + 2 + tail.length];
        System.arraycopy(overlongNul, 0, body, 0, overlongNul.length);
        body[overlongNul.length] = (byte) 0xC0;
        body[overlongNul.length + 1] = (byte) 0x80;
        System.arraycopy(tail, 0, body, overlongNul.length + 2, tail.length);
        Resp r = rawBytes("POST", "/api/teams", body, "application/json", admin);
        assertEquals(400, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType());

        Resp csv = rawBytes(
                "POST",
                "/api/shadow-systems/import",
                new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC0, (byte) 0x80, '\n'},
                "text/csv",
                member);
        assertProblem(csv, 400);
    }

    @Test
    void shouldReadQueryTimesByTheSameRuleAsBodies() {
        String requester = team(admin, "DEV");
        Map<String, Object> body = request(unique("filtered"));
        body.put("requesterTeam", requester);
        body.put("openedAt", "2026-03-02T10:30:00+0100");
        Resp created = member.post("/api/requests", body);
        assertEquals(201, created.status(), created.toString());
        assertEquals("2026-03-02T09:30:00Z", created.str("openedAt"));
        for (String from : List.of("2026-03-02T10:30:00%2B0100", "2026-03-02T10:30:00+01:00", "2026-03-02")) {
            Resp listed = raw("GET", "/api/requests?requester=" + requester + "&openedFrom=" + from, null);
            assertEquals(200, listed.status(), from + " " + listed);
            assertEquals(1, listed.num("total"), from);
        }
        Resp late = raw("GET", "/api/requests?requester=" + requester + "&openedFrom=2026-03-02T10:30:01%2B0100", null);
        assertEquals(0, late.num("total"));
        assertField(raw("GET", "/api/requests?openedFrom=yesterday", null), 400, "openedFrom");
    }

    @Test
    void shouldRefuseValuesOverTheirLengthLimitNamingTheField() {
        assertField(member.post("/api/requests", request("t".repeat(301))), 400, "title");
        Map<String, Object> longDescription = request(unique("long"));
        longDescription.put("description", "d".repeat(20_001));
        assertField(member.post("/api/requests", longDescription), 400, "description");
        long id = member.post("/api/requests", request(unique("ok"))).num("id");
        assertField(
                member.post(
                        "/api/requests/" + id + "/events",
                        Map.of("type", "COMMENTED", "team", dev, "note", "n".repeat(10_001))),
                400,
                "note");
        assertEquals(1, ((List<?>) member.get("/api/requests/" + id).at("events")).size(), "nothing appended");
    }

    @Test
    void shouldRefuseTheWrongJsonTypeNamingTheFieldInProductWords() {
        Map<String, Object> numberTitle = request("ignored");
        numberTitle.put("title", 12345);
        Resp r = member.post("/api/requests", numberTitle);
        assertField(r, 400, "title");
        assertEquals("must be text (a JSON string)", r.str("errors[0].message"));

        Map<String, Object> booleanTitle = request("ignored");
        booleanTitle.put("title", true);
        assertField(member.post("/api/requests", booleanTitle), 400, "title");

        Map<String, Object> textIncident = request("ignored");
        textIncident.put("incidentId", "abc");
        Resp incident = member.post("/api/requests", textIncident);
        assertField(incident, 400, "incidentId");
        assertEquals("must be a whole number", incident.str("errors[0].message"));

        Resp page = member.get("/api/requests?page=abc");
        assertField(page, 400, "page");
        assertTrue(!page.raw().contains("For input string"), page.raw());
        assertEquals("must be a whole number", page.str("errors[0].message"));

        Resp flag = member.get("/api/requests?pingPong=maybe");
        assertField(flag, 400, "pingPong");
    }

    @Test
    void shouldAnswerDuplicateKeysSentOneAfterAnotherWith409NamingTheField() {
        String ref = unique("EXT");
        Map<String, Object> first = request(unique("dup"));
        first.put("externalRef", ref);
        assertEquals(201, member.post("/api/requests", first).status());
        Map<String, Object> second = request(unique("dup"));
        second.put("externalRef", ref);
        assertField(member.post("/api/requests", second), 409, "externalRef");

        String slug = unique("dupteam");
        assertEquals(
                201,
                admin.post("/api/teams", Map.of("slug", slug, "name", "D", "kind", "DEV"))
                        .status());
        assertField(admin.post("/api/teams", Map.of("slug", slug, "name", "D", "kind", "DEV")), 409, "slug");

        Map<String, Object> user = user(unique("dupuser"));
        assertEquals(201, admin.post("/api/users", user).status());
        assertField(admin.post("/api/users", user), 409, "login");
    }

    @Test
    void shouldAnswerDuplicateKeysSentAtOnceWithOneSuccessAndOtherwise409() throws Exception {
        Map<String, Object> user = user(unique("raceuser"));
        assertOneWinner(() -> admin.post("/api/users", user));
        String slug = unique("raceteam");
        assertOneWinner(() -> admin.post("/api/teams", Map.of("slug", slug, "name", "R", "kind", "OPS")));
        String ref = unique("RACE");
        Map<String, Object> item = request(unique("raced import"));
        item.put("externalRef", ref);
        List<Integer> statuses = parallel(8, () -> member.post("/api/requests/import", List.of(item)));
        assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
        Resp listed = member.get("/api/requests?requester=" + dev + "&size=500");
        assertEquals(1, listed.raw().split("\"externalRef\":\"" + ref + "\"", -1).length - 1, "stored once");
        Map<String, Object> create = request(unique("raced create"));
        create.put("externalRef", unique("RACE2"));
        assertOneWinner(() -> member.post("/api/requests", create));
    }

    private void assertOneWinner(java.util.concurrent.Callable<Resp> call) throws Exception {
        List<Integer> statuses = parallel(8, call);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    private static List<Integer> parallel(int n, java.util.concurrent.Callable<Resp> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Resp>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Resp> f : futures) {
                Resp r = f.get(1, TimeUnit.MINUTES);
                if (r.status() >= 400) {
                    assertEquals("application/problem+json", r.contentType(), r.toString());
                }
                statuses.add(r.status());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Object> request(String title) {
        return Fixtures.aRequest(dev, ops, title);
    }

    private static Map<String, Object> user(String login) {
        return Map.of(
                "login",
                login,
                "displayName",
                "U",
                "password",
                "password-long-enough",
                "role",
                "MEMBER",
                "teams",
                List.of());
    }

    private static void assertField(Resp r, int status, String field) {
        assertProblem(r, status);
        assertEquals(List.of(field), r.errorFields(), r.toString());
    }

    /** A request with the path and query exactly as written (percent-escapes included). */
    private Resp raw(String method, String pathAndQuery, String json) {
        return rawBytes(
                method,
                pathAndQuery,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                "application/json",
                member);
    }

    private static Resp rawBytes(String method, String pathAndQuery, byte[] body, String type, Api as) {
        var request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), pathAndQuery);
        if (body != null) {
            request.body(body).contentType(MediaType.of(type));
        }
        return as.send(request);
    }
}
