package io.wallbreaker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The History reads as people write: no Java record syntax, no nanoseconds, entity types from a list. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditReadableTest extends ApiTestBase {

    private static final Pattern FRACTION = Pattern.compile("\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");

    private Api admin;
    private Api viewer;

    @BeforeAll
    void setUp() {
        admin = admin();
        viewer = user(admin, "VIEWER", List.of());
    }

    @Test
    void shouldShowNestedRecordsAndInstantsReadably() {
        String ops = team(admin, "OPS");
        Map<String, Object> body = new HashMap<>(Fixtures.aShadowSystem(unique("sheet"), "Google Sheets", ops, ops));
        Resp created = admin.post("/api/shadow-systems", body);
        assertEquals(201, created.status(), created.toString());
        long id = created.num("id");
        body.put("status", "ACKNOWLEDGED");
        body.put("version", created.num("version"));
        assertEquals(200, admin.put("/api/shadow-systems/" + id, body).status());

        Resp history = viewer.get("/api/audit?entityType=shadow-system&entityId=" + id);
        String values = ((List<?>) history.at("items[0].changes"))
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .map(c -> c.get("oldValue") + " → " + c.get("newValue"))
                        .reduce("", (a, b) -> a + "\n" + b);
        assertFalse(values.contains("StatusChange["), values);
        assertFalse(FRACTION.matcher(values).find(), values);
        assertTrue(values.contains("status: ACKNOWLEDGED, at: 20"), values);
    }

    @Test
    void shouldRewriteEntriesStoredBeforeValuesWereReadable() {
        assertEquals(
                "status: DISCOVERED, at: 2026-01-01T10:00:00Z, by: admin; status: ACKNOWLEDGED, at: 2026-01-02T10:00:00Z, by: ops",
                AuditLog.readable("[StatusChange[status=DISCOVERED, at=2026-01-01T10:00:00.123456789Z, by=admin],"
                        + " StatusChange[status=ACKNOWLEDGED, at=2026-01-02T10:00:00Z, by=ops]]"));
        assertEquals("2026-01-01T10:00:00Z", AuditLog.readable("2026-01-01T10:00:00.5Z"));
        assertEquals("plain text [with brackets]", AuditLog.readable("plain text [with brackets]"));
        assertNull(AuditLog.readable(null));
        assertEquals("status: ACKNOWLEDGED", AuditLog.text(new Probe("ACKNOWLEDGED", null)));
    }

    @io.micronaut.core.annotation.Introspected
    record Probe(
            String status,
            @io.micronaut.core.annotation.Nullable String note) {}

    @Test
    void shouldListTheEntityTypesEachRoleMayFilterBy() {
        Resp forAdmin = admin.get("/api/audit/entity-types");
        assertEquals(200, forAdmin.status(), forAdmin.toString());
        List<?> all = forAdmin.list();
        assertTrue(all.contains(Map.of("slug", "incident", "label", "Incident", "adminOnly", false)), all.toString());
        assertTrue(all.contains(Map.of("slug", "user", "label", "User", "adminOnly", true)), all.toString());
        List<?> records = viewer.get("/api/audit/entity-types").list();
        assertFalse(records.toString().contains("adminOnly=true"), records.toString());
        assertTrue(records.size() < all.size());

        Resp unknown = viewer.get("/api/audit?entityType=incidents");
        assertEquals(400, unknown.status(), "a misspelt type is an error, not an empty list");
        assertEquals(List.of("entityType"), unknown.errorFields());
    }

    @Test
    void shouldFilterByAction() {
        String slug = team(admin, "DEV");
        admin.put("/api/teams/" + slug, Map.of("name", "Renamed " + slug, "kind", "DEV", "version", 0));
        Resp updates = viewer.get("/api/audit?entityType=team&entityId=" + slug + "&action=update");
        assertEquals(1, updates.num("total"), updates.toString());
        assertEquals("UPDATE", updates.str("items[0].action"));
    }
}
