package io.wallbreaker.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Managing connectors: secrets shown once, validation, roles, optimistic locking, deletion. */
@MicronautTest(transactional = false)
class ConnectorApiTest extends ApiTestBase {

    @Test
    void shouldShowTheSecretOnceAndNeverAgain() {
        Api admin = admin();
        String name = unique("jira");
        Resp created = admin.post("/api/connectors", Map.of("kind", "JIRA", "name", name));
        assertEquals(201, created.status(), created.toString());
        String secret = created.str("secret");
        assertTrue(secret.length() >= 40, secret);
        long id = created.num("id");
        assertTrue(created.str("webhookUrl").endsWith("/api/connectors/" + id + "/webhook"), created.toString());
        assertTrue(created.str("webhookUrlWithToken").contains("?token="), created.toString());
        assertFalse(created.str("webhookUrlWithToken").contains(secret), "the secret itself never goes in a URL");
        assertEquals(false, created.at("customMapping"));
        assertEquals("LABEL", created.str("mapping.responder[0].source"));
        assertEquals("PROJECT", created.str("mapping.responder[1].source"));

        Resp read = admin.get("/api/connectors/" + id);
        assertNull(read.at("secret"));
        assertFalse(read.raw().contains(secret));
        assertFalse(admin.get("/api/connectors").raw().contains(secret));
        assertFalse(admin.get("/api/audit?size=500").raw().contains(secret), "the audit trail never holds a secret");

        Resp rotated = admin.post("/api/connectors/" + id + "/secret", Map.of());
        assertEquals(200, rotated.status(), rotated.toString());
        assertNotEquals(secret, rotated.str("secret"));
        assertNotEquals(created.str("webhookUrlWithToken"), rotated.str("webhookUrlWithToken"));
        assertFalse(admin.get("/api/audit?size=500").raw().contains(rotated.str("secret")));
    }

    @Test
    void shouldStopTheOldSecretWhenRotated() {
        Api admin = admin();
        ConnectorFixtures.ensureTeams(admin);
        ConnectorFixtures jira = new ConnectorFixtures("jira", jsonMapper);
        Resp created = admin.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("jira")));
        long id = created.num("id");
        String old = created.str("secret");
        String fresh = admin.post("/api/connectors/" + id + "/secret", Map.of()).str("secret");
        ConnectorFixtures.Delivery d = jira.scenario("story").get(0);
        assertEquals(401, jira.deliver(anonymous(), id, old, d).status());
        assertEquals(202, jira.deliver(anonymous(), id, fresh, d).status());
    }

    @Test
    void shouldValidateEveryFieldAndTheMapping() {
        Api admin = admin();
        Resp noKind = admin.post("/api/connectors", Map.of("name", unique("x")));
        assertEquals(400, noKind.status());
        assertEquals(List.of("kind"), noKind.errorFields());
        Resp badKind = admin.post("/api/connectors", Map.of("kind", "GITLAB", "name", unique("x")));
        assertEquals(400, badKind.status());
        assertEquals(List.of("kind"), badKind.errorFields());
        assertTrue(badKind.contentType().startsWith("application/problem+json"));

        Resp badMapping = admin.post(
                "/api/connectors",
                Map.of(
                        "kind", "JIRA",
                        "name", unique("x"),
                        "mapping",
                                Map.of(
                                        "requester", List.of(Map.of("source", "FIELD")),
                                        "responder", List.of(),
                                        "people", Map.of("712020:abc", "no-such-team"),
                                        "categories", Map.of("finished", "DONE"))));
        assertEquals(400, badMapping.status(), badMapping.toString());
        assertEquals(
                List.of(
                        "mapping.requester[0].field",
                        "mapping.responder",
                        "mapping.people.712020:abc",
                        "mapping.categories.finished"),
                badMapping.errorFields());

        Resp badPhase = admin.post(
                "/api/connectors",
                Map.of(
                        "kind",
                        "JIRA",
                        "name",
                        unique("x"),
                        "mapping",
                        Map.of("statuses", Map.of("Blocked", "PAUSED"))));
        assertEquals(400, badPhase.status(), badPhase.toString());

        String name = unique("dup");
        assertEquals(
                201,
                admin.post("/api/connectors", Map.of("kind", "GITHUB", "name", name))
                        .status());
        Resp dup = admin.post("/api/connectors", Map.of("kind", "GITHUB", "name", name));
        assertEquals(409, dup.status(), dup.toString());
    }

    @Test
    void shouldRefuseAStaleEditAndKeepOnlyAdministratorsIn() {
        Api admin = admin();
        Resp created = admin.post("/api/connectors", Map.of("kind", "GITHUB", "name", unique("gh")));
        long id = created.num("id");
        Map<String, Object> edit = Map.of(
                "name", unique("gh"),
                "enabled", true,
                "mapping", Map.of("match", Map.of("repositories", List.of("acme/ops-requests"))),
                "version", created.num("version"));
        Resp first = admin.put("/api/connectors/" + id, edit);
        assertEquals(200, first.status(), first.toString());
        assertEquals(true, first.at("customMapping"));
        assertEquals("acme/ops-requests", first.str("mapping.match.repositories[0]"));
        Resp stale = admin.put("/api/connectors/" + id, edit);
        assertEquals(409, stale.status(), stale.toString());

        String team = team(admin, "DEV");
        Api member = user(admin, "MEMBER", List.of(team));
        assertEquals(403, member.get("/api/connectors").status());
        assertEquals(
                403,
                member.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("m")))
                        .status());
        assertEquals(401, anonymous().get("/api/connectors").status());
        assertEquals(
                401,
                anonymous()
                        .post("/api/connectors/" + id + "/import", Map.of("issues", List.of()))
                        .status());
        assertEquals(404, admin.get("/api/connectors/999999999").status());
        Resp badFilter = admin.get("/api/connectors/" + id + "/deliveries?status=LOST");
        assertEquals(400, badFilter.status());
        assertEquals(List.of("status"), badFilter.errorFields());
    }

    @Test
    void shouldKeepSyncedRequestsWhenTheConnectorIsDeleted() {
        Api admin = admin();
        ConnectorFixtures.ensureTeams(admin);
        ConnectorFixtures jira = new ConnectorFixtures("jira", jsonMapper);
        Resp created = admin.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("jira")));
        long id = created.num("id");
        for (ConnectorFixtures.Delivery d : jira.scenario("story")) {
            jira.deliver(anonymous(), id, created.str("secret"), d);
        }
        long requestId =
                JiraConnectorTest.requestOf(admin, id, jira.key("OPS-1234")).num("id");
        assertEquals(204, admin.delete("/api/connectors/" + id).status());
        assertEquals(404, admin.get("/api/connectors/" + id).status());
        Resp request = admin.get("/api/requests/" + requestId);
        assertEquals(200, request.status());
        assertEquals("JIRA", request.str("source.kind"));
        assertNull(request.at("source.connectorId"));
        assertEquals(1_814_400L, request.num("leadTimeSeconds"));
        ConnectorFixtures.Delivery d = jira.scenario("reopen").get(0);
        assertEquals(
                404, jira.deliver(anonymous(), id, created.str("secret"), d).status());

        // Without its connector the request is an ordinary one again…
        assertTrue(((List<?>) request.at("allowedEvents")).size() > 0, request.toString());
        // …until a new connector for the same Jira syncs the ticket: it takes the request over.
        Resp successor = admin.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("jira")));
        for (ConnectorFixtures.Delivery delivery : jira.scenario("story")) {
            jira.deliver(anonymous(), successor.num("id"), successor.str("secret"), delivery);
        }
        jira.deliver(anonymous(), successor.num("id"), successor.str("secret"), d);
        Resp adopted = JiraConnectorTest.requestOf(admin, successor.num("id"), jira.key("OPS-1234"));
        assertEquals(requestId, adopted.num("id"));
        assertEquals("REOPENED web", JiraConnectorTest.events(adopted).get(9));
        assertEquals(List.of(), adopted.at("allowedEvents"));
    }

    @Test
    void shouldRefuseABackfillWhileDisabled() {
        Api admin = admin();
        Resp created = admin.post("/api/connectors", Map.of("kind", "GITHUB", "name", unique("gh")));
        long id = created.num("id");
        Resp disabled = admin.put(
                "/api/connectors/" + id,
                Map.of("name", created.str("name"), "enabled", false, "version", created.num("version")));
        assertEquals(200, disabled.status(), disabled.toString());
        Resp refused = admin.post("/api/connectors/" + id + "/import", List.of());
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("Connector disabled", refused.str("title"));
    }

    @Test
    void shouldRederiveAfterAMappingChange() {
        Api admin = admin();
        ConnectorFixtures.ensureTeams(admin);
        ConnectorFixtures jira = new ConnectorFixtures("jira", jsonMapper);
        Resp created = admin.post("/api/connectors", Map.of("kind", "JIRA", "name", unique("jira")));
        long id = created.num("id");
        for (ConnectorFixtures.Delivery d : jira.scenario("wont-do")) {
            jira.deliver(anonymous(), id, created.str("secret"), d);
        }
        assertEquals(
                "ops",
                JiraConnectorTest.requestOf(admin, id, jira.key("OPS-1262")).str("responderTeam"));
        // The OPS project is the platform team's queue after all.
        Resp edited = admin.put(
                "/api/connectors/" + id,
                Map.of(
                        "name", created.str("name"),
                        "enabled", true,
                        "mapping", Map.of("teamValues", Map.of("OPS", "platform")),
                        "version", created.num("version")));
        assertEquals(200, edited.status(), edited.toString());
        Resp rederived = admin.post("/api/connectors/" + id + "/rederive", Map.of());
        assertEquals(200, rederived.status(), rederived.toString());
        assertEquals(1L, rederived.num("changed"));
        Resp request = JiraConnectorTest.requestOf(admin, id, jira.key("OPS-1262"));
        assertEquals("platform", request.str("responderTeam"));
        assertEquals(List.of("OPENED mobile", "DECLINED platform"), JiraConnectorTest.events(request));
        assertEquals(
                0L, admin.post("/api/connectors/" + id + "/rederive", Map.of()).num("changed"));
    }
}
