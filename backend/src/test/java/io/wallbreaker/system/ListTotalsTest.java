package io.wallbreaker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list's {@code total} is remembered between writes ({@code ListCounts}); every write must still
 * show in the very next list call, also a write that moves an item out of a filtered list.
 */
@MicronautTest
class ListTotalsTest extends ApiTestBase {

    private Api admin;

    @BeforeEach
    void signIn() {
        admin = admin();
    }

    private long total(String path) {
        Resp r = admin.get(path);
        assertEquals(200, r.status(), r.toString());
        return r.num("total");
    }

    @Test
    void shouldCountEveryWriteInTheNextListCall() {
        String requester = team(admin, "DEV");
        String responder = team(admin, "OPS");
        String open = "/api/requests?outcome=OPEN&requester=" + requester;
        String all = "/api/requests?requester=" + requester;
        assertEquals(0, total(open));
        assertEquals(0, total(all));

        Resp created = admin.post("/api/requests", Fixtures.aRequest(requester, responder, "Logs please"));
        assertEquals(201, created.status(), created.toString());
        assertEquals(1, total(open), "a new request is counted at once");
        assertEquals(1, total(all));

        Resp closed = admin.post(
                "/api/requests/" + created.num("id") + "/events", Map.of("type", "FULFILLED", "team", responder));
        assertEquals(201, closed.status(), closed.toString());
        assertEquals(0, total(open), "a closed request leaves the open list at once");
        assertEquals(1, total(all));

        String owned = "/api/shadow-systems?ownerTeam=" + requester;
        assertEquals(0, total(owned));
        Resp shadow = admin.post(
                "/api/shadow-systems", Fixtures.aShadowSystem(unique("ledger"), "Heroku", requester, responder));
        assertEquals(201, shadow.status(), shadow.toString());
        assertEquals(1, total(owned));

        String incidents = "/api/incidents?team=" + requester;
        assertEquals(0, total(incidents));
        Resp incident = admin.post("/api/incidents", Fixtures.anIncident(List.of(requester)));
        assertEquals(201, incident.status(), incident.toString());
        assertEquals(1, total(incidents));
    }
}
