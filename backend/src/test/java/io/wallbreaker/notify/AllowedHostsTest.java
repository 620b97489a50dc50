package io.wallbreaker.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an allow-list, channel URLs may only point to the listed hosts (against requests into the internal network). */
@MicronautTest(transactional = false)
@Property(name = "wallbreaker.notifications.allowed-hosts", value = "hooks.slack.example,.acme.example")
class AllowedHostsTest extends ApiTestBase {

    @Test
    void shouldRefuseChannelUrlsOutsideTheAllowedHosts() {
        for (String ok : List.of(
                "https://hooks.slack.example/services/T/B/X",
                "https://ci.acme.example/hook",
                "https://acme.example/hook")) {
            Resp r = admin().post(
                            "/api/notification-channels", Map.of("kind", "WEBHOOK", "name", unique("ok"), "url", ok));
            assertEquals(201, r.status(), ok + " → " + r);
        }
        for (String refused : List.of(
                "http://169.254.169.254/latest/meta-data",
                "http://localhost:8080/api/teams",
                "https://evil-acme.example/hook")) {
            Resp r = admin().post(
                            "/api/notification-channels",
                            Map.of("kind", "WEBHOOK", "name", unique("no"), "url", refused));
            assertEquals(400, r.status(), refused + " → " + r);
            assertEquals(List.of("url"), r.errorFields());
        }
    }
}
