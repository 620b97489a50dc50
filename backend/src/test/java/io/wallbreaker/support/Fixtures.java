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
}
