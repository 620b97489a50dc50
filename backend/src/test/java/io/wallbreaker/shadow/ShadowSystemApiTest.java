package io.wallbreaker.shadow;

import static io.wallbreaker.shadow.ShadowFixtures.aRequest;
import static io.wallbreaker.shadow.ShadowFixtures.aSystem;
import static io.wallbreaker.shadow.ShadowFixtures.csvLine;
import static io.wallbreaker.shadow.ShadowFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShadowSystemApiTest extends ApiTestBase {

    private static final String BASE = "/api/shadow-systems";
    private static final String IMPORT = BASE + "/import";
    private static final String HEADER = "name,provider,url,ownerTeam,purpose,dataClassification,firstLiveAt,"
            + "evidence,discoveredAt,discoveredBy,discoveryMethod,status,motivatedBy\r\n";

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> tx;

    private Api admin;
    private Api member;
    private String dev;
    private String ops;
    private long declined;
    private long open;

    @BeforeAll
    void setUp() {
        admin = admin();
        dev = team(admin, "DEV");
        ops = team(admin, "OPS");
        member = user(admin, "MEMBER", List.of(dev));
        declined = aRequest(jdbc, tx, "Production logs for the cache race", dev, ops, "DECLINED");
        open = aRequest(jdbc, tx, "Access to the payments database", dev, ops, "IN_PROGRESS");
    }

    private Map<String, Object> system() {
        return aSystem(unique("billing"), unique("heroku"), dev, ops);
    }

    private Resp create(Map<String, Object> body) {
        Resp r = member.post(BASE, body);
        assertEquals(201, r.status(), r.toString());
        return r;
    }

    // ---- create / read ----

    @Test
    void shouldCreateWithKeyLagHistoryAndMotivatingRequests() {
        Resp r = create(with(
                system(),
                "motivatedBy",
                List.of(open, declined, declined),
                "url",
                " https://billing.example.com ",
                "status",
                null));
        long id = r.num("id");
        assertEquals(BASE + "/" + id, r.headers().get("Location"));
        assertEquals("SHD-" + id, r.str("key"));
        assertEquals("https://billing.example.com", r.str("url"), "trimmed");
        assertEquals(dev, r.str("ownerTeam"));
        assertEquals(ops, r.str("discoveredBy"));
        assertEquals("DISCOVERED", r.str("status"));
        assertEquals(false, r.at("amnesty"));
        assertEquals(
                Instant.parse("2026-02-20T00:00:00Z").getEpochSecond()
                        - Instant.parse("2025-03-01T00:00:00Z").getEpochSecond(),
                r.num("discoveryLagSeconds"));
        assertEquals(0, r.num("version"));
        assertEquals("DISCOVERED", r.str("statusHistory[0].status"));
        assertEquals("admin", admin.get("/api/me").str("login"));
        assertTrue(r.str("statusHistory[0].by").startsWith("user-"), r.toString());
        assertEquals(2, ((List<?>) r.at("motivatedBy")).size(), "duplicates collapse: " + r);
        assertEquals("REQ-" + declined, r.str("motivatedBy[0].key"));
        assertEquals("DECLINED", r.str("motivatedBy[0].outcome"));
        assertEquals("Production logs for the cache race", r.str("motivatedBy[0].title"));
        assertEquals("OPEN", r.str("motivatedBy[1].outcome"), "an unclosed request is OPEN");

        Resp read = member.get(BASE + "/" + id);
        assertEquals(200, read.status());
        assertEquals(r.map(), read.map());

        Resp audit = admin.get("/api/audit?entityType=shadow-system&entityId=" + id);
        assertEquals(1, audit.num("total"), audit.toString());
        assertEquals("CREATE", audit.str("items[0].action"));
    }

    @Test
    void shouldMarkSelfReportedSystemsAsAmnesty() {
        Resp r = create(with(system(), "discoveryMethod", "SELF_REPORTED", "discoveredBy", dev));
        assertEquals(true, r.at("amnesty"));
        assertEquals("SELF_REPORTED", r.str("discoveryMethod"));
    }

    @Test
    void shouldRejectDiscoveryBeforeFirstLive() {
        Resp r = member.post(BASE, with(system(), "firstLiveAt", "2026-02-21T00:00:00Z"));
        assertProblem(r, 400);
        assertEquals(List.of("discoveredAt"), r.errorFields());
    }

    @Test
    void shouldRejectFutureDatesBeyondClockSkew() {
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        Resp r = member.post(BASE, with(system(), "firstLiveAt", tomorrow, "discoveredAt", tomorrow));
        assertProblem(r, 400);
        assertEquals(List.of("firstLiveAt", "discoveredAt"), r.errorFields());

        Resp skew = member.post(
                BASE,
                with(system(), "discoveredAt", Instant.now().plusSeconds(120).toString()));
        assertEquals(201, skew.status(), "two minutes ahead is clock skew: " + skew);
    }

    @Test
    void shouldRequireOwnerAsDiscovererWhenSelfReported() {
        Resp r = member.post(BASE, with(system(), "discoveryMethod", "SELF_REPORTED", "discoveredBy", ops));
        assertProblem(r, 400);
        assertEquals(List.of("discoveredBy"), r.errorFields());
    }

    @Test
    void shouldRejectUnknownTeamsNamingTheField() {
        Resp r = member.post(BASE, with(system(), "ownerTeam", "no-such-team", "discoveredBy", "nor-this"));
        assertProblem(r, 400);
        assertEquals(List.of("ownerTeam", "discoveredBy"), r.errorFields());
    }

    @Test
    void shouldRejectUnknownRequestIds() {
        Resp r = member.post(BASE, with(system(), "motivatedBy", List.of(declined, 987654321L)));
        assertProblem(r, 400);
        assertEquals(List.of("motivatedBy"), r.errorFields());
        assertTrue(r.str("errors[0].message").contains("REQ-987654321"), r.toString());
    }

    @Test
    void shouldRejectBadEnumsListingAllowedValues() {
        Resp r = member.post(
                BASE, with(system(), "dataClassification", "TOP_SECRET", "discoveryMethod", "GUESS", "status", "LOST"));
        assertProblem(r, 400);
        assertEquals(List.of("dataClassification", "discoveryMethod", "status"), r.errorFields());
        assertTrue(r.str("errors[0].message").contains("CUSTOMER_PII"), r.toString());
    }

    @Test
    void shouldNameEveryMissingRequiredField() {
        Resp r = member.post(BASE, Map.of("url", "https://x.example"));
        assertProblem(r, 400);
        assertEquals(
                List.of(
                        "name",
                        "provider",
                        "ownerTeam",
                        "dataClassification",
                        "firstLiveAt",
                        "discoveredAt",
                        "discoveredBy",
                        "discoveryMethod"),
                r.errorFields());
    }

    @Test
    void shouldRefuseASecondRecordOfTheSameSystem() {
        Map<String, Object> body = with(system(), "url", "https://dup.example/" + unique("x"));
        create(body);
        Resp again =
                member.post(BASE, with(body, "name", "another name", "url", ((String) body.get("url")).toUpperCase()));
        assertProblem(again, 409);
    }

    @Test
    void shouldAnswerNotFoundForUnknownSystem() {
        assertProblem(member.get(BASE + "/987654321"), 404);
    }

    // ---- list ----

    @Test
    void shouldFilterAndPageNewestDiscoveredFirst() {
        String owner = team(admin, "DEV");
        String provider = unique("Fly");
        Resp older = create(with(
                aSystem("a", provider, owner, ops),
                "discoveredAt",
                "2025-05-01T00:00:00Z",
                "dataClassification",
                "INTERNAL"));
        Resp newer = create(with(
                aSystem("b", provider, owner, ops),
                "discoveredAt",
                "2025-09-01T00:00:00Z",
                "discoveryMethod",
                "DNS_SCAN"));
        create(aSystem("c", unique("other"), owner, ops));

        Resp byOwner = member.get(BASE + "?ownerTeam=" + owner);
        assertEquals(3, byOwner.num("total"));
        Resp byProvider = member.get(BASE + "?provider=" + provider.toUpperCase());
        assertEquals(2, byProvider.num("total"), "provider is matched case-insensitively: " + byProvider);
        assertEquals(newer.num("id"), byProvider.num("items[0].id"), "newest discovered first");
        assertEquals(older.num("id"), byProvider.num("items[1].id"));

        assertEquals(
                older.num("id"),
                member.get(BASE + "?provider=" + provider + "&dataClassification=internal")
                        .num("items[0].id"));
        assertEquals(
                1,
                member.get(BASE + "?provider=" + provider + "&discoveryMethod=DNS_SCAN")
                        .num("total"));
        assertEquals(
                2,
                member.get(BASE + "?provider=" + provider + "&status=DISCOVERED")
                        .num("total"));
        assertEquals(
                0,
                member.get(BASE + "?provider=" + provider + "&status=ADOPTED").num("total"));
        Resp window = member.get(BASE + "?ownerTeam=" + owner + "&discoveredFrom=2025-04-01&discoveredTo=2025-06-30");
        assertEquals(1, window.num("total"), window.toString());
        assertEquals(older.num("id"), window.num("items[0].id"));

        Resp paged = member.get(BASE + "?provider=" + provider + "&page=1&size=1");
        assertEquals(2, paged.num("total"));
        assertEquals(older.num("id"), paged.num("items[0].id"));
        assertTrue(paged.at("items[0].statusHistory") instanceof List<?>, "list items are full views");
    }

    @Test
    void shouldRejectBadFiltersNamingTheParameter() {
        Resp r = member.get(BASE + "?status=LOST&discoveredFrom=yesterday");
        assertProblem(r, 400);
        assertEquals(List.of("status"), r.errorFields());
        assertProblem(member.get(BASE + "?discoveredFrom=yesterday"), 400);
        assertProblem(member.get(BASE + "?ownerTeam=no-such-team"), 400);
    }

    // ---- update and status moves ----

    @Test
    void shouldUpdateWithCurrentVersionAndRefuseStaleVersion() {
        Resp created = create(system());
        String path = BASE + "/" + created.num("id");
        Map<String, Object> edit = with(
                system(),
                "name",
                created.str("name"),
                "provider",
                created.str("provider"),
                "purpose",
                "Invoices",
                "motivatedBy",
                List.of(declined),
                "version",
                0);
        Resp first = member.put(path, edit);
        assertEquals(200, first.status(), first.toString());
        assertEquals(1, first.num("version"));
        assertEquals("Invoices", first.str("purpose"));
        assertEquals("REQ-" + declined, first.str("motivatedBy[0].key"));

        Resp stale = member.put(path, with(edit, "purpose", "Lost update"));
        assertProblem(stale, 409);
        assertEquals("Invoices", member.get(path).str("purpose"));

        Resp missingVersion = member.put(path, with(edit, "version", null));
        assertProblem(missingVersion, 400);
        assertEquals(List.of("version"), missingVersion.errorFields());

        Resp audit = admin.get("/api/audit?entityType=shadow-system&entityId=" + created.num("id"));
        assertEquals("UPDATE", audit.str("items[0].action"), audit.toString());
        assertProblem(member.put(BASE + "/987654321", edit), 404);
    }

    @Test
    void shouldMoveStatusAlongTheAllowedPathAndRecordHistory() {
        Resp created = create(system());
        String path = BASE + "/" + created.num("id");
        Map<String, Object> body = with(system(), "name", created.str("name"), "provider", created.str("provider"));

        Resp same = member.put(path, with(body, "status", "DISCOVERED", "version", 0));
        assertEquals(200, same.status(), same.toString());
        assertEquals(1, ((List<?>) same.at("statusHistory")).size(), "same status is no move");

        Resp ack = member.put(path, with(body, "status", "ACKNOWLEDGED", "version", 1));
        assertEquals(200, ack.status(), ack.toString());
        Resp migrated = member.put(path, with(body, "status", "MIGRATED", "version", 2));
        assertEquals(200, migrated.status(), migrated.toString());
        assertEquals(
                List.of("DISCOVERED", "ACKNOWLEDGED", "MIGRATED"),
                ((List<?>) migrated.at("statusHistory"))
                        .stream().map(e -> ((Map<?, ?>) e).get("status")).toList());
        assertFalse(migrated.str("statusHistory[2].by").isBlank());
        assertTrue(migrated.str("statusHistory[2].at") != null);

        Resp back = member.put(path, with(body, "status", "ACKNOWLEDGED", "version", 3));
        assertProblem(back, 409);
        assertTrue(back.str("detail").contains("final"), back.toString());
        assertEquals("MIGRATED", member.get(path).str("status"));
    }

    @Test
    void shouldRefuseSkippingAcknowledgementListingAllowedMoves() {
        Resp created = create(system());
        Resp r = member.put(
                BASE + "/" + created.num("id"),
                with(
                        system(),
                        "name",
                        created.str("name"),
                        "provider",
                        created.str("provider"),
                        "status",
                        "ADOPTED",
                        "version",
                        0));
        assertProblem(r, 409);
        assertTrue(r.str("detail").contains("ACKNOWLEDGED"), r.toString());
        assertEquals(List.of("ACKNOWLEDGED"), r.at("allowed"));
    }

    @Test
    void shouldForbidWritesForViewersButLetThemRead() {
        Api viewer = user(admin, "VIEWER", List.of());
        Resp created = create(system());
        assertProblem(viewer.post(BASE, system()), 403);
        assertProblem(viewer.put(BASE + "/" + created.num("id"), with(system(), "version", 0)), 403);
        assertProblem(viewer.postRaw(IMPORT, "[]", "application/json"), 403);
        assertEquals(200, viewer.get(BASE + "/" + created.num("id")).status());
        assertEquals(200, viewer.get(BASE).status());
        assertEquals(401, anonymous().get(BASE).status());
    }

    // ---- import ----

    private String row(
            String name, String provider, String url, String classification, String discoveredAt, String motivatedBy) {
        return csvLine(
                name,
                provider,
                url,
                dev,
                "",
                classification,
                "2025-03-01T00:00:00Z",
                "invoice",
                discoveredAt,
                ops,
                "BILLING_AUDIT",
                "",
                motivatedBy);
    }

    @Test
    void shouldImportJsonStoringValidRowsAndReportingInvalidOnes() {
        String provider = unique("render");
        Map<String, Object> good = aSystem("one", provider, dev, ops);
        List<Object> body = Arrays.asList(
                good,
                with(good, "name", "two", "dataClassification", "SECRET"),
                "not an object",
                with(good, "name", "three", "motivatedBy", List.of(declined)),
                with(good, "name", "four", "colour", "blue"));
        Resp r = member.post(IMPORT, body);
        assertEquals(200, r.status(), r.toString());
        assertEquals(2, r.num("created"));
        assertEquals(3, r.num("rejected"));
        assertEquals(0, r.num("updated"));
        assertEquals(0, r.num("unchanged"));
        assertEquals(2, r.num("errors[0].row"));
        assertEquals("dataClassification", r.str("errors[0].field"));
        assertEquals(3, r.num("errors[1].row"));
        assertEquals("row", r.str("errors[1].field"));
        assertEquals(5, r.num("errors[2].row"));
        assertEquals("colour", r.str("errors[2].field"));
        Resp stored = member.get(BASE + "?provider=" + provider);
        assertEquals(2, stored.num("total"));
        assertEquals(
                "REQ-" + declined,
                stored.str("items[0].motivatedBy[0].key") == null
                        ? stored.str("items[1].motivatedBy[0].key")
                        : stored.str("items[0].motivatedBy[0].key"));
    }

    @Test
    void shouldImportCsvStoringValidRowsAndReportingInvalidOnes() {
        String provider = unique("heroku");
        String csv = HEADER
                + row("billing, with comma", provider, "https://a.example", "CUSTOMER_PII", "2026-02-20", "")
                + row("bad date", provider, "https://b.example", "INTERNAL", "last tuesday", "")
                + row("unknown request", provider, "https://c.example", "INTERNAL", "2026-02-20", "987654321")
                + row("linked", provider, "https://d.example", "INTERNAL", "2026-02-20", "REQ-" + declined + " " + open)
                + row("late", provider, "https://e.example", "INTERNAL", "2025-01-01", "")
                + row("dup", provider, "HTTPS://A.example ", "INTERNAL", "2026-02-20", "");
        Resp r = member.postRaw(IMPORT, csv, "text/csv");
        assertEquals(200, r.status(), r.toString());
        assertEquals(2, r.num("created"), r.toString());
        assertEquals(4, r.num("rejected"));
        assertEquals(
                List.of(2L, 3L, 5L, 6L),
                ((List<?>) r.at("errors"))
                        .stream()
                                .map(e -> ((Number) ((Map<?, ?>) e).get("row")).longValue())
                                .toList());
        assertEquals(
                List.of("discoveredAt", "motivatedBy", "discoveredAt", "url"),
                ((List<?>) r.at("errors"))
                        .stream().map(e -> ((Map<?, ?>) e).get("field")).toList());
        Resp stored = member.get(BASE + "?provider=" + provider);
        assertEquals(2, stored.num("total"));
    }

    @Test
    void shouldRejectCsvWithBrokenQuotingAndStoreNothing() {
        String provider = unique("bad-quote");
        String csv = HEADER + row("fine", provider, "https://f.example", "INTERNAL", "2026-02-20", "") + "\"broken\"x,"
                + provider + ",,dev,,INTERNAL,2025-01-01,,2026-01-01,ops,DNS_SCAN,,\r\n";
        Resp r = member.postRaw(IMPORT, csv, "text/csv");
        assertProblem(r, 400);
        assertEquals(0, member.get(BASE + "?provider=" + provider).num("total"), "nothing stored");
    }

    @Test
    void shouldRejectBodiesThatAreNotUtf8() {
        byte[] bytes = (HEADER + "caf").getBytes();
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = 0x28;
        Resp r = member.send(HttpRequest.POST(IMPORT, bad).contentType(MediaType.of("text/csv")));
        assertProblem(r, 400);
        assertTrue(r.str("detail").contains("UTF-8"), r.toString());
    }

    @Test
    void shouldRejectEmptyBodies() {
        assertProblem(member.postRaw(IMPORT, "", "text/csv"), 400);
        assertProblem(member.postRaw(IMPORT, "  \n", "text/csv"), 400);
        assertProblem(member.postRaw(IMPORT, "", "application/json"), 400);
    }

    @Test
    void shouldRejectUnknownAndMissingColumns() {
        Resp unknown = member.postRaw(
                IMPORT,
                HEADER.replace("evidence", "colour") + "x,y,,dev,,INTERNAL,2025-01-01,,2026-01-01,ops,DNS_SCAN,,\r\n",
                "text/csv");
        assertProblem(unknown, 400);
        assertEquals(List.of("colour"), unknown.errorFields());
        Resp missing = member.postRaw(IMPORT, "name,provider\r\nx,y\r\n", "text/csv");
        assertProblem(missing, 400);
        assertTrue(missing.errorFields().contains("ownerTeam"), missing.toString());
    }

    @Test
    void shouldRejectJsonThatIsNotAnArray() {
        assertProblem(member.postRaw(IMPORT, "{\"name\": \"x\"}", "application/json"), 400);
        assertProblem(member.postRaw(IMPORT, "[{\"name\": ", "application/json"), 400);
    }

    @Test
    void shouldRefuseBodiesOverTheSizeLimit() {
        String big = HEADER + "x".repeat(10 * 1024 * 1024 + 1);
        Resp r = member.postRaw(IMPORT, big, "text/csv");
        assertProblem(r, 413);
    }

    @Test
    void shouldBeIdempotentOnReimportAndUpdateChangedRows() {
        String provider = unique("vercel");
        String csv = HEADER
                + row("a", provider, "https://a.example", "INTERNAL", "2026-02-20", "")
                + row("b", provider, "https://b.example", "INTERNAL", "2026-02-20", "" + declined)
                + csvLine(
                        "c",
                        provider,
                        "",
                        dev,
                        "",
                        "NONE",
                        "2025-03-01",
                        "",
                        "2026-02-20",
                        dev,
                        "SELF_REPORTED",
                        "",
                        "");
        Resp first = member.postRaw(IMPORT, csv, "text/csv");
        assertEquals(3, first.num("created"), first.toString());

        Resp again = member.postRaw(IMPORT, csv.replace(provider, provider.toUpperCase()), "text/csv");
        assertEquals(0, again.num("created"), again.toString());
        assertEquals(0, again.num("updated"));
        assertEquals(3, again.num("unchanged"));
        assertEquals(3, member.get(BASE + "?provider=" + provider).num("total"), "no duplicates");

        String changed = csv.replace(
                "\"b\",\"" + provider + "\",\"https://b.example\",\"" + dev + "\",\"\"," + "\"INTERNAL\"",
                "\"b\",\"" + provider + "\",\"https://b.example\",\"" + dev + "\",\"\"," + "\"CONFIDENTIAL\"");
        assertFalse(changed.equals(csv));
        Resp third = member.postRaw(IMPORT, changed, "text/csv");
        assertEquals(1, third.num("updated"), third.toString());
        assertEquals(2, third.num("unchanged"));
        Resp b = member.get(BASE + "?provider=" + provider + "&dataClassification=CONFIDENTIAL");
        assertEquals(1, b.num("total"));
        assertEquals(1, b.num("items[0].version"), "the update bumped the version");
        assertEquals("REQ-" + declined, b.str("items[0].motivatedBy[0].key"), "links kept");
        Resp audit = admin.get("/api/audit?entityType=shadow-system&entityId=" + b.num("items[0].id"));
        assertEquals("UPDATE", audit.str("items[0].action"), audit.toString());
        assertTrue(audit.raw().contains("CONFIDENTIAL"));
    }

    @Test
    void shouldRejectIllegalStatusMovesOnReimport() {
        String provider = unique("netlify");
        Map<String, Object> body = with(aSystem("a", provider, dev, ops), "url", "https://n.example");
        assertEquals(1, member.post(IMPORT, List.of(body)).num("created"));
        Resp r = member.post(IMPORT, List.of(with(body, "status", "ADOPTED")));
        assertEquals(1, r.num("rejected"), r.toString());
        assertEquals("status", r.str("errors[0].field"));
        Resp ok = member.post(IMPORT, List.of(with(body, "status", "ACKNOWLEDGED")));
        assertEquals(1, ok.num("updated"), ok.toString());
        Resp stored = member.get(BASE + "?provider=" + provider);
        assertEquals(2, ((List<?>) stored.at("items[0].statusHistory")).size());
    }

    @Test
    void shouldImportWithAnApiToken() {
        Resp token = member.post("/api/tokens", Map.of("name", unique("discovery-script")));
        assertEquals(201, token.status(), token.toString());
        Api script = anonymous().as(token.str("token"));
        String provider = unique("aws-personal");
        Resp r = script.postRaw(
                IMPORT,
                HEADER + row("scanner-found", provider, "https://s.example", "INTERNAL", "2026-02-20", ""),
                "text/csv; charset=utf-8");
        assertEquals(200, r.status(), r.toString());
        assertEquals(1, r.num("created"));
        Resp stored = member.get(BASE + "?provider=" + provider);
        assertTrue(stored.str("items[0].statusHistory[0].by").contains("token"), stored.toString());
        assertNull(anonymous().postRaw(IMPORT, "[]", "application/json").at("created"));
        assertEquals(401, anonymous().postRaw(IMPORT, "[]", "application/json").status());
    }

    static void assertProblem(Resp r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.contentType(), r.toString());
        assertEquals(status, r.num("status"));
        assertTrue(r.str("title") != null && !r.str("title").isBlank(), r.toString());
    }
}
