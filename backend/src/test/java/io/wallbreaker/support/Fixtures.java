package io.wallbreaker.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Well-known request bodies for endpoint tests; callers change what their test is about. */
public final class Fixtures {

    private Fixtures() {}

    /**
     * A valid incident in the shape of the seed story: detected two hours after impact, root cause
     * three weeks later, resolved a day after that. Mutable, so a test can override fields.
     */
    public static Map<String, Object> anIncident(List<String> teams) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Orders saved with another order's values");
        body.put("severity", "SEV2");
        body.put("status", "RESOLVED");
        body.put("startedAt", "2025-01-06T08:00:00Z");
        body.put("detectedAt", "2025-01-06T10:00:00Z");
        body.put("rootCauseAt", "2025-01-27T10:00:00Z");
        body.put("mitigatedAt", "2025-01-27T12:00:00Z");
        body.put("resolvedAt", "2025-01-28T10:00:00Z");
        body.put("teams", teams);
        body.put("services", List.of("orders", "order-cache"));
        body.put("tags", List.of("data-corruption"));
        body.put("contributingFactors", List.of("cross-team-access", "missing-observability"));
        body.put("summary", "A cached value outlived its update.");
        return body;
    }

    /** A valid cross-team request asking {@code responder} for log access. Mutable. */
    public static Map<String, Object> aRequest(String requester, String responder, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "LOG_ACCESS");
        body.put("requesterTeam", requester);
        body.put("responderTeam", responder);
        return body;
    }

    /** A valid shadow system owned by {@code owner}, found by {@code discoverer} through a billing audit. Mutable. */
    public static Map<String, Object> aShadowSystem(String name, String provider, String owner, String discoverer) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("provider", provider);
        body.put("ownerTeam", owner);
        body.put("purpose", "Customer billing portal");
        body.put("dataClassification", "CUSTOMER_PII");
        body.put("firstLiveAt", "2025-03-01T00:00:00Z");
        body.put("evidence", "first invoice");
        body.put("discoveredAt", "2026-02-20T00:00:00Z");
        body.put("discoveredBy", discoverer);
        body.put("discoveryMethod", "BILLING_AUDIT");
        body.put("motivatedBy", List.of());
        return body;
    }
}
