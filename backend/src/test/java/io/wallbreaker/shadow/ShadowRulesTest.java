package io.wallbreaker.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.common.Problem;
import io.wallbreaker.common.Validator;
import io.wallbreaker.request.RequestDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShadowRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final ShadowRules.Known KNOWN = new ShadowRules.Known(
            Map.of("dev", 1L, "ops", 2L),
            Map.of(
                    7L,
                    new RequestDirectory.RequestRef(
                            7,
                            "REQ-7",
                            "Logs please",
                            io.wallbreaker.request.Outcome.DECLINED,
                            java.time.Instant.parse("2025-01-10T09:00:00Z"))));

    private static ShadowSystemCreate body(String firstLive, String discovered, String method, String discoveredBy) {
        return new ShadowSystemCreate(
                "billing-app",
                "Heroku",
                null,
                "dev",
                null,
                "CUSTOMER_PII",
                firstLive,
                null,
                discovered,
                discoveredBy,
                method,
                null,
                List.of(7L));
    }

    private static List<String> fields(ShadowSystemCreate body) {
        Validator v = new Validator();
        ShadowRules.check(body, KNOWN, NOW, v);
        return v.errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void shouldAcceptValidBodyAndNormaliseIt() {
        Validator v = new Validator();
        ShadowRules.Draft d = ShadowRules.check(
                body("2025-03-01", "2026-02-20T10:00:00.123456789Z", "billing_audit", "ops"), KNOWN, NOW, v);
        assertTrue(v.errors().isEmpty(), v.errors().toString());
        assertNotNull(d);
        assertEquals(DiscoveryMethod.BILLING_AUDIT, d.details().discoveryMethod());
        assertEquals(Instant.parse("2025-03-01T00:00:00Z"), d.details().firstLiveAt());
        assertEquals(Instant.parse("2026-02-20T10:00:00.123Z"), d.details().discoveredAt(), "kept to milliseconds");
        assertNull(d.status());
    }

    @Test
    void shouldNameDiscoveredAtWhenItIsBeforeFirstLive() {
        assertEquals(
                List.of("discoveredAt"),
                fields(body("2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z", "DNS_SCAN", "ops")));
    }

    @Test
    void shouldAllowFiveMinutesOfClockSkewButNoMore() {
        assertEquals(List.of(), fields(body("2026-01-01T00:00:00Z", "2026-03-02T12:04:59Z", "DNS_SCAN", "ops")));
        assertEquals(
                List.of("discoveredAt"),
                fields(body("2026-01-01T00:00:00Z", "2026-03-02T12:05:01Z", "DNS_SCAN", "ops")));
        assertEquals(
                List.of("firstLiveAt", "discoveredAt"), fields(body("2026-04-01", "2026-04-02", "DNS_SCAN", "ops")));
    }

    @Test
    void shouldRequireOwnerAsDiscovererWhenSelfReported() {
        assertEquals(List.of("discoveredBy"), fields(body("2025-01-01", "2025-06-01", "SELF_REPORTED", "ops")));
        assertEquals(List.of(), fields(body("2025-01-01", "2025-06-01", "SELF_REPORTED", "dev")));
    }

    @Test
    void shouldNameEveryMissingRequiredField() {
        ShadowSystemCreate empty =
                new ShadowSystemCreate(null, " ", null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(ShadowRules.REQUIRED, fields(empty));
    }

    @Test
    void shouldRejectUnknownTeamsRequestsAndEnums() {
        ShadowSystemCreate b = new ShadowSystemCreate(
                "a",
                "b",
                null,
                "nobody",
                null,
                "SECRET",
                "2025-01-01",
                null,
                "2025-01-02",
                "dev",
                "GUESS",
                "GONE",
                List.of(7L, 99L));
        assertEquals(List.of("ownerTeam", "dataClassification", "discoveryMethod", "status", "motivatedBy"), fields(b));
    }

    @Test
    void shouldAllowOnlyTheDocumentedStatusMoves() {
        assertNull(ShadowRules.refusedMove(ShadowStatus.DISCOVERED, ShadowStatus.DISCOVERED));
        assertNull(ShadowRules.refusedMove(ShadowStatus.DISCOVERED, ShadowStatus.ACKNOWLEDGED));
        for (ShadowStatus end : List.of(ShadowStatus.ADOPTED, ShadowStatus.MIGRATED, ShadowStatus.DECOMMISSIONED)) {
            assertNull(ShadowRules.refusedMove(ShadowStatus.ACKNOWLEDGED, end));
            assertNotNull(ShadowRules.refusedMove(ShadowStatus.DISCOVERED, end), "no skipping acknowledgement");
            assertNotNull(ShadowRules.refusedMove(end, ShadowStatus.ACKNOWLEDGED), "outcomes are final");
        }
        assertNotNull(ShadowRules.refusedMove(ShadowStatus.ACKNOWLEDGED, ShadowStatus.DISCOVERED));
        assertTrue(ShadowRules.refusedMove(ShadowStatus.DISCOVERED, ShadowStatus.ADOPTED)
                .contains("ACKNOWLEDGED"));
    }

    @Test
    void shouldIdentifyByProviderAndUrlElseByProviderNameAndOwner() {
        assertEquals(key("Heroku ", " HTTPS://App.example", "x", 1), key("heroku", "https://app.example", "y", 2));
        assertEquals(key("Heroku", null, "Billing", 1), key("heroku", " ", " billing ", 1));
        assertNotEquals(key("Heroku", null, "Billing", 1), key("Heroku", null, "Billing", 2));
        assertNotEquals(key("a|b", "c", "n", 1), key("a", "b|c", "n", 1));
    }

    private static String key(String provider, String url, String name, long owner) {
        return new ShadowDetails(
                        name,
                        provider,
                        url,
                        owner,
                        null,
                        DataClassification.NONE,
                        NOW,
                        null,
                        NOW,
                        owner,
                        DiscoveryMethod.OTHER)
                .identityKey();
    }
}
