package io.wallbreaker.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Discovery through HTTP against the real database: a Backstage catalog, then inventories in their
 * tools' own formats (heroku apps --all --json, aws organizations list-accounts, a DNS zone, a
 * billing CSV), diffed into candidates, triaged. Fixtures are in src/test/resources/discovery; each
 * test fills in its own prefix, so the names of one test never meet another's.
 */
@MicronautTest(transactional = false)
class DiscoveryApiTest extends ApiTestBase {

    private Api admin;
    private String dev;
    private String ops;
    private String p;
    private String n;

    @BeforeEach
    void setUp() {
        admin = admin();
        dev = team(admin, "DEV");
        ops = team(admin, "OPS");
        p = unique("d");
        n = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Resp r, String path) {
        return (List<Map<String, Object>>) r.at(path);
    }

    private String fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream("/discovery/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${p}", p)
                    .replace("${dev}", dev)
                    .replace("${ops}", ops)
                    .replace("${n}", n);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Resp importCatalog() {
        Resp r = admin.postRaw("/api/catalog/import", fixture("catalog-info.yaml"), "application/yaml");
        assertEquals(200, r.status(), r.toString());
        return r;
    }

    private Resp inventory(String source, String body, String type) {
        return admin.postRaw("/api/inventories/" + source + "/import?team=" + ops, body, type);
    }

    /** The candidates of this test (its prefix), by identifier. */
    private Map<String, Map<String, Object>> candidates(String source) {
        Resp r = admin.get("/api/shadow-candidates?source=" + source + "&team=" + ops + "&size=500");
        assertEquals(200, r.status(), r.toString());
        return list(r, "items").stream()
                .filter(c -> ((String) c.get("identifier")).contains(p) || ((String) c.get("identifier")).startsWith(n))
                .collect(Collectors.toMap(c -> (String) c.get("identifier"), c -> c));
    }

    @Test
    void shouldImportTheCatalogIdempotentlyWithOwnersMappedToTeams() {
        Resp first = importCatalog();
        assertEquals(4, first.num("entities"), first.toString());
        assertEquals(4, first.num("created"));
        assertEquals(1, first.num("skipped"), "the Group is not a system");
        Map<String, Map<String, Object>> byRef =
                list(first, "results").stream().collect(Collectors.toMap(r -> (String) r.get("ref"), r -> r));
        Map<String, Object> storefront = byRef.get("component:default/" + p + "-storefront");
        assertEquals(dev, storefront.get("ownerTeam"));
        assertTrue(
                ((List<?>) storefront.get("identifiers")).contains("HOST shop." + p + ".acme.example"),
                storefront.toString());
        assertTrue(((List<?>) storefront.get("identifiers")).contains("HEROKU_APP " + p + "-storefront"));
        assertEquals(
                ops, byRef.get("resource:default/" + p + "-internal-platform").get("ownerTeam"));
        Map<String, Object> status = byRef.get("component:default/" + p + "-status-page");
        assertEquals(null, status.get("ownerTeam"));
        assertTrue(((String) status.get("reason")).contains("team-that-left"), status.toString());
        assertEquals("SKIPPED", byRef.get("group:default/" + ops).get("action"));

        Resp again = importCatalog();
        assertEquals(0, again.num("created"));
        assertEquals(4, again.num("unchanged"), again.toString());
        assertEquals(0, again.num("updated"));

        Resp list = admin.get("/api/catalog?q=" + p);
        assertEquals(4, list.num("total"), list.toString());
        assertTrue(admin.get("/api/audit?entityType=known-system&size=50").raw().contains(p + "-storefront"));
    }

    @Test
    void shouldTurnTheHerokuAppNobodyKnewIntoAShadowSystemWithItsLag() {
        importCatalog();
        Resp report = inventory("heroku", fixture("heroku-apps.json"), "application/json");
        assertEquals(200, report.status(), report.toString());
        assertEquals(4, report.num("items"));
        assertEquals(4, report.num("new"));
        assertEquals(2, report.num("matched"), "storefront by its heroku-apps annotation, web by its entity name");
        assertEquals(2, report.num("candidates"));
        assertEquals(false, report.at("repeated"));

        Map<String, Map<String, Object>> found = candidates("heroku");
        assertEquals(
                List.of(p + "-campaign-preview", p + "-checkout-app"),
                found.keySet().stream().sorted().toList());
        Map<String, Object> checkout = found.get(p + "-checkout-app");
        assertEquals("OPEN", checkout.get("status"));
        assertEquals("2025-03-01T09:12:44Z", checkout.get("firstSeenAt"), "the tool's creation date");
        assertEquals("Heroku", checkout.get("provider"));
        assertEquals(dev, checkout.get("ownerGuess"), "from the owner's e-mail");
        assertEquals(ops, checkout.get("team"));
        assertTrue(
                ((String) checkout.get("unmatchedBecause"))
                        .contains("Heroku app " + p + "-checkout-app (rule heroku-app)"),
                checkout.toString());
        assertEquals(
                "eu",
                ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) checkout.get("evidence")).get("record")).get("region"))
                        .get("name"));
        assertEquals(ops, found.get(p + "-campaign-preview").get("ownerGuess"), "from the Heroku team's name");

        // The same snapshot again: nothing changes.
        Resp repeated = inventory("heroku", fixture("heroku-apps.json"), "application/json");
        assertEquals(report.num("snapshotId"), repeated.num("snapshotId"));
        assertEquals(true, repeated.at("repeated"));
        assertEquals(2, candidates("heroku").size());

        // In Ops' court, for a member of Ops.
        Api opsMember = user(admin, "MEMBER", List.of(ops));
        Resp court = opsMember.get("/api/me/court");
        assertTrue(
                court.raw().contains("\"SHADOW_CANDIDATE\"") && court.raw().contains(p + "-checkout-app"), court.raw());

        long id = ((Number) checkout.get("id")).longValue();
        Resp missing = admin.post("/api/shadow-candidates/" + id + "/confirm", Map.of());
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.errorFields().contains("dataClassification"), missing.toString());
        assertEquals(
                "OPEN", admin.get("/api/shadow-candidates/" + id).str("status"), "a refused confirm changes nothing");

        Resp shadow = admin.post(
                "/api/shadow-candidates/" + id + "/confirm",
                Map.of(
                        "dataClassification",
                        "CUSTOMER_PII",
                        "purpose",
                        "Checkout outside the shared platform",
                        // Named and addressed as people know it: no rule matches the app by these.
                        "name",
                        "Checkout " + p,
                        "url",
                        "https://checkout." + p + ".acme.example"));
        assertEquals(201, shadow.status(), shadow.toString());
        assertEquals("Checkout " + p, shadow.str("name"));
        assertEquals("Heroku", shadow.str("provider"));
        assertEquals(dev, shadow.str("ownerTeam"));
        assertEquals(ops, shadow.str("discoveredBy"));
        assertEquals("INVENTORY", shadow.str("discoveryMethod"));
        assertEquals("2025-03-01T09:12:44Z", shadow.str("firstLiveAt"));
        long expectedLag = Duration.between(Instant.parse("2025-03-01T09:12:44Z"), Instant.now())
                .toSeconds();
        assertTrue(Math.abs(shadow.num("discoveryLagSeconds") - expectedLag) < 120, shadow.toString());

        Resp confirmed = admin.get("/api/shadow-candidates/" + id);
        assertEquals("CONFIRMED", confirmed.str("status"));
        assertEquals(shadow.num("id"), confirmed.num("shadowSystemId"));
        assertEquals(
                409,
                admin.post("/api/shadow-candidates/" + id + "/ignore", Map.of("reason", "x"))
                        .status());

        // Re-import (a new release changed one app): still confirmed, now matched to the shadow system.
        Resp next = inventory(
                "heroku",
                fixture("heroku-apps.json").replace("2026-11-02T17:45:10Z", "2026-11-28T08:00:00Z"),
                "application/json");
        assertEquals(false, next.at("repeated"));
        assertEquals(4, next.num("stillPresent"));
        assertEquals(0, next.num("candidates"));
        assertEquals("CONFIRMED", admin.get("/api/shadow-candidates/" + id).str("status"));
        // The app disappears from Heroku: the shadow system it was confirmed as is flagged, not changed.
        String without = fixture("heroku-apps.json").replace(p + "-checkout-app", p + "-checkout-app-v2");
        Resp after = inventory("heroku", without, "application/json");
        assertEquals(1, after.num("gone"), after.toString());
        assertTrue(admin.get("/api/inventories/gone").raw().contains("\"shadowSystemId\":" + shadow.num("id")));
        assertEquals(
                "DISCOVERED",
                admin.get("/api/shadow-systems/" + shadow.num("id")).str("status"));
        Resp metrics = admin.get("/api/metrics/shadow");
        assertTrue(((Number) metrics.at("discovery.fromInventories")).intValue() >= 1, metrics.toString());
        assertTrue(((Number) metrics.at("discovery.triaged")).intValue() >= 1);
    }

    @Test
    void shouldFindTheThreeUnknownNamesOfAFiftyNameZone() {
        importCatalog();
        Resp report = inventory("dns", fixture("acme.zone"), "text/dns");
        assertEquals(200, report.status(), report.toString());
        assertEquals(50, report.num("items"), report.toString());
        assertEquals(47, report.num("matched"));
        assertEquals(3, report.num("candidates"));
        Map<String, Map<String, Object>> found = candidates("dns");
        assertEquals(
                List.of(
                        "checkout." + p + ".acme.example",
                        "old-crm." + p + ".acme.example",
                        "promo." + p + ".acme.example"),
                found.keySet().stream().sorted().toList());
        Map<String, Object> promo = found.get("promo." + p + ".acme.example");
        assertEquals("Netlify", promo.get("provider"), "named after the CNAME target");
        assertTrue(
                ((String) promo.get("unmatchedBecause"))
                        .contains("CNAME target " + p + "-promo-landing.netlify.app (rule cname)"),
                promo.toString());
        assertEquals("DNS", found.get("old-crm." + p + ".acme.example").get("provider"));
    }

    @Test
    void shouldKeepAKnownCandidateKnownAndFlagARegisteredSystemWhoseAccountIsGone() {
        importCatalog();
        String accounts = fixture("aws-accounts.json");
        Resp report = inventory("aws-organizations", accounts, "application/json");
        assertEquals(200, report.status(), report.toString());
        assertEquals(3, report.num("items"), "the suspended account runs nothing");
        assertEquals(1, report.num("candidates"));
        Map<String, Object> sandbox = candidates("aws-organizations").values().stream()
                .filter(c -> c.get("identifier").equals(n + "000003"))
                .findFirst()
                .orElseThrow();
        assertEquals("data-science-sandbox", sandbox.get("name"));
        assertEquals("2025-07-21T16:42:05.512Z", sandbox.get("firstSeenAt"));
        assertTrue(((String) sandbox.get("unmatchedBecause")).contains("(rule aws-account)"));
        long id = ((Number) sandbox.get("id")).longValue();

        Resp known = admin.post("/api/shadow-candidates/" + id + "/known", Map.of("ownerTeam", dev));
        assertEquals(200, known.status(), known.toString());
        assertEquals("KNOWN", known.str("status"));
        Resp catalog = admin.get("/api/catalog/" + known.num("knownSystemId"));
        assertEquals(dev, catalog.str("ownerTeam"));
        assertTrue(catalog.raw().contains(n + "000003"), catalog.toString());

        // A shadow system registered by hand for the platform account; then the account disappears.
        Resp shadow = admin.post(
                "/api/shadow-systems",
                Map.of(
                        "name",
                        p + "-sandbox-etl",
                        "provider",
                        "AWS",
                        "url",
                        "https://" + p + "-etl.example.net",
                        "ownerTeam",
                        dev,
                        "dataClassification",
                        "INTERNAL",
                        "firstLiveAt",
                        "2025-08-01T00:00:00Z",
                        "discoveredAt",
                        "2026-01-10T00:00:00Z",
                        "discoveredBy",
                        ops,
                        "discoveryMethod",
                        "NETWORK_SCAN"));
        assertEquals(201, shadow.status(), shadow.toString());
        String csvSnapshot = "provider,identifier,url,firstSeenAt,owner,evidence\nAWS," + p + "-etl,https://" + p
                + "-etl.example.net,2025-08-01,,billing\n";
        Resp billing = admin.postRaw("/api/inventories/csv/import?feed=" + p, csvSnapshot, "text/csv");
        assertEquals(1, billing.num("matched"), billing.toString());
        Resp empty = admin.postRaw(
                "/api/inventories/csv/import?feed=" + p,
                "provider,identifier,url,firstSeenAt,owner,evidence\n",
                "text/csv");
        assertEquals(1, empty.num("gone"), empty.toString());
        Resp gone = admin.get("/api/inventories/gone");
        assertTrue(gone.raw().contains(p + "-sandbox-etl"), gone.raw());
        assertEquals(
                "DISCOVERED",
                admin.get("/api/shadow-systems/" + shadow.num("id")).str("status"),
                "never automatic");

        // The account list again, the sandbox still there: it stays known, no new candidate.
        Resp again = inventory(
                "aws-organizations",
                accounts.replace("acme-platform-prod", "acme-platform-production"),
                "application/json");
        assertEquals(0, again.num("candidates"), again.toString());
        assertEquals("KNOWN", admin.get("/api/shadow-candidates/" + id).str("status"));
    }

    @Test
    void shouldReportBadItemsAndImportTheGoodOnes() {
        Resp report = admin.postRaw(
                "/api/inventories/csv/import?feed=" + p + "&team=" + ops, fixture("billing-export.csv"), "text/csv");
        assertEquals(200, report.status(), report.toString());
        assertEquals(3, report.num("items"));
        List<?> errors = list(report, "errors");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(Map.of("line", 5, "field", "provider", "message", "is required"), errors.get(0));
        assertEquals(6, ((Map<?, ?>) errors.get(1)).get("line"));
        assertEquals("firstSeenAt", ((Map<?, ?>) errors.get(1)).get("field"));

        Resp heroku = admin.postRaw(
                "/api/inventories/heroku/import",
                "[{\"name\": \"" + p
                        + "-ok\", \"created_at\": \"2026-01-01T00:00:00Z\"}, {\"web_url\": \"https://x.example\"}]",
                "application/json");
        assertEquals(200, heroku.status(), heroku.toString());
        assertEquals(1, heroku.num("items"));
        assertEquals(
                Map.of("index", 1, "field", "name", "message", "is required (the app's name)"),
                list(heroku, "errors").get(0));

        Resp ignore = admin.post("/api/shadow-candidates/" + firstId(p + "-ok") + "/ignore", Map.of());
        assertEquals(400, ignore.status());
        assertEquals(List.of("reason"), ignore.errorFields());
        Resp ignored = admin.post(
                "/api/shadow-candidates/" + firstId(p + "-ok") + "/ignore",
                Map.of("reason", "Heroku review app, deleted nightly"));
        assertEquals("IGNORED", ignored.str("status"), ignored.toString());
        assertEquals("Heroku review app, deleted nightly", ignored.str("ignoreReason"));
    }

    private long firstId(String identifier) {
        Resp r = admin.get("/api/shadow-candidates?size=500&status=OPEN");
        return list(r, "items").stream()
                .filter(c -> c.get("identifier").equals(identifier))
                .map(c -> ((Number) c.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + identifier + ": " + r));
    }

    @Test
    void shouldRefuseUnreadableFilesNamingTheLineAndStoreNothing() {
        long snapshots = admin.get("/api/inventories/snapshots").num("total");
        long known = admin.get("/api/catalog").num("total");

        Resp yaml = admin.postRaw(
                "/api/catalog/import",
                "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: [unclosed\nspec: {}\n",
                "application/yaml");
        assertEquals(400, yaml.status(), yaml.toString());
        assertEquals("application/problem+json", yaml.contentType());
        assertTrue(yaml.at("line") instanceof Number, yaml.toString());
        assertTrue(yaml.str("detail").startsWith("Line "), yaml.toString());

        Resp json = admin.postRaw(
                "/api/inventories/heroku/import", "[\n  {\"name\": \"a\"},\n  {\"name\": }\n]", "application/json");
        assertEquals(400, json.status(), json.toString());
        assertEquals(3, json.num("line"), json.toString());

        Resp zone = admin.postRaw(
                "/api/inventories/dns/import",
                "$ORIGIN bad.example.\n$TTL 3600\nwww IN A 203.0.113.1\napi IN A not-an-address\n",
                "text/dns");
        assertEquals(400, zone.status(), zone.toString());
        assertEquals(4, zone.num("line"), zone.toString());

        Resp include = admin.postRaw(
                "/api/inventories/dns/import", "$ORIGIN bad.example.\n$INCLUDE /etc/passwd\n", "text/dns");
        assertEquals(400, include.status(), "a zone never reads files on the server: " + include);

        Resp noOrigin = admin.postRaw("/api/inventories/dns/import", "www 3600 IN A 203.0.113.1\n", "text/dns");
        assertEquals(400, noOrigin.status(), noOrigin.toString());

        Resp unknown = admin.postRaw("/api/inventories/gcp/import", "[]", "application/json");
        assertEquals(400, unknown.status());
        assertEquals(List.of("source"), unknown.errorFields());

        assertEquals(snapshots, admin.get("/api/inventories/snapshots").num("total"));
        assertEquals(known, admin.get("/api/catalog").num("total"));
    }

    @Test
    void shouldLetOnlyMembersAndAdminsImportAndTriage() {
        Api viewer = user(admin, "VIEWER", List.of());
        assertEquals(
                403,
                viewer.postRaw("/api/catalog/import", fixture("catalog-info.yaml"), "application/yaml")
                        .status());
        assertEquals(
                403,
                viewer.postRaw("/api/inventories/heroku/import", "[]", "application/json")
                        .status());
        assertEquals(200, viewer.get("/api/shadow-candidates").status());
        assertEquals(401, anonymous().get("/api/shadow-candidates").status());
        Api member = user(admin, "MEMBER", List.of(ops));
        assertEquals(
                200,
                member.postRaw("/api/catalog/import", fixture("catalog-info.yaml"), "application/yaml")
                        .status());
    }
}
