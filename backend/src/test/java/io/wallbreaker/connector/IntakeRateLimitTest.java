package io.wallbreaker.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Intake is rate-limited per connector, forged deliveries included; the answer says when to retry. */
@MicronautTest(transactional = false)
@Property(name = "wallbreaker.connectors.rate-limit-per-minute", value = "3")
class IntakeRateLimitTest extends ApiTestBase {

    @Test
    void shouldAnswer429WithRetryAfterBeyondTheRate() {
        Resp connector = admin().post("/api/connectors", Map.of("kind", "JIRA", "name", unique("limited")));
        String path = "/api/connectors/" + connector.num("id") + "/webhook";
        byte[] body = "{\"webhookEvent\": \"worklog_created\", \"timestamp\": 1772438400000}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(
                401,
                ConnectorFixtures.send(anonymous(), path, body, Map.of(), "forged")
                        .status());
        // The same body twice: accepted (ignored: Wallbreaker does not read worklogs), then a duplicate.
        assertEquals(
                202,
                ConnectorFixtures.send(anonymous(), path, body, Map.of(), connector.str("secret"))
                        .status());
        assertEquals(
                200,
                ConnectorFixtures.send(anonymous(), path, body, Map.of(), connector.str("secret"))
                        .status());
        Resp limited = ConnectorFixtures.send(anonymous(), path, body, Map.of(), connector.str("secret"));
        assertEquals(429, limited.status(), limited.toString());
        assertEquals("1", limited.headers().get("Retry-After"));
        assertEquals("Too many deliveries", limited.str("title"));
    }
}
