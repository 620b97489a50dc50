package io.wallbreaker.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Fixtures;
import io.wallbreaker.support.Resp;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** E-mail channels against a real in-process SMTP server (GreenMail): plain text and HTML, a link back. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailNotificationTest extends ApiTestBase implements TestPropertyProvider {

    private GreenMail smtp;

    @Override
    public Map<String, String> getProperties() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return Map.of(
                "wallbreaker.notifications.smtp-host", "127.0.0.1",
                "wallbreaker.notifications.smtp-port", Integer.toString(port),
                "wallbreaker.notifications.smtp-from", "wallbreaker@acme.example",
                "wallbreaker.notifications.public-url", "https://wallbreaker.acme.example");
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void shouldMailTheTeamWhenTheBallLandsInItsCourt() throws Exception {
        Api admin = admin();
        String dev = team(admin, "DEV");
        String ops = team(admin, "OPS");
        Resp channel = admin.post(
                "/api/notification-channels",
                Map.of(
                        "kind",
                        "EMAIL",
                        "name",
                        unique("ops-mail"),
                        "address",
                        "ops-oncall@acme.example",
                        "teams",
                        List.of(ops)));
        assertEquals(201, channel.status(), channel.toString());
        assertEquals("ops-oncall@acme.example", channel.str("target"));
        long id = admin.post("/api/requests", Fixtures.aRequest(dev, ops, "Production logs for the race"))
                .num("id");

        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "no e-mail arrived");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("ops-oncall@acme.example", mail.getAllRecipients()[0].toString());
        assertEquals("wallbreaker@acme.example", mail.getFrom()[0].toString());
        assertTrue(mail.getSubject().startsWith("REQ-" + id + " is in " + ops + "'s court"), mail.getSubject());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(GreenMailUtil.getBody(parts.getBodyPart(0))
                .contains("https://wallbreaker.acme.example/requests/" + id));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));

        Resp test = admin.post("/api/notification-channels/" + channel.num("id") + "/test", Map.of());
        assertEquals("SENT", test.str("status"), test.toString());
        assertTrue(smtp.waitForIncomingEmail(10_000, 2));
    }

    @Test
    void shouldMailAMemberWhoAskedForItWhenTheBallLandsWithTheirTeam() throws Exception {
        Api admin = admin();
        String dev = team(admin, "DEV");
        String ops = team(admin, "OPS");
        Api dana = user(admin, "MEMBER", List.of(dev));
        Api sam = user(admin, "MEMBER", List.of(dev));
        Api olga = user(admin, "MEMBER", List.of(ops));

        Resp defaults = dana.get("/api/me/notification-settings");
        assertEquals(200, defaults.status(), defaults.toString());
        assertEquals(null, defaults.at("email"));
        assertEquals(List.of("REQUEST", "ACTION_ITEM"), defaults.at("items"));
        assertEquals(true, defaults.at("emailConfigured"));
        assertEquals(0L, defaults.num("version"));

        Resp bad = dana.put(
                "/api/me/notification-settings",
                Map.of("email", "not-an-address", "items", List.of("REQUEST", "GOSSIP"), "version", 0));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.raw().contains("\"email\"") && bad.raw().contains("\"items[1]\""), bad.raw());

        String danaMail = unique("dana") + "@acme.example";
        Resp saved = dana.put(
                "/api/me/notification-settings", Map.of("email", danaMail, "items", List.of("REQUEST"), "version", 0));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(1L, saved.num("version"));
        Resp stale =
                dana.put("/api/me/notification-settings", Map.of("email", danaMail, "items", List.of(), "version", 0));
        assertEquals(409, stale.status(), "a second save with the version read first must not overwrite");
        // Sam belongs to the same team but wants no e-mail about requests; Olga is on the other team.
        sam.put(
                "/api/me/notification-settings",
                Map.of("email", unique("sam") + "@acme.example", "items", List.of("ACTION_ITEM"), "version", 0));
        olga.put(
                "/api/me/notification-settings",
                Map.of("email", unique("olga") + "@acme.example", "items", List.of("REQUEST"), "version", 0));

        int before = smtp.getReceivedMessages().length;
        long id = admin.post("/api/requests", Fixtures.aRequest(dev, ops, "Production logs for the race"))
                .num("id");
        // Opened to Ops: Olga hears of it. Ops needs information: the ball is with Dev, so Dana hears.
        admin.post("/api/requests/" + id + "/events", Map.of("type", "ACKNOWLEDGED", "team", ops));
        admin.post("/api/requests/" + id + "/events", Map.of("type", "NEEDS_INFO", "team", ops));
        assertTrue(smtp.waitForIncomingEmail(10_000, before + 2), "no personal e-mails arrived");
        Thread.sleep(500); // nothing more is on its way: Sam asked for action items only
        List<String> to = java.util.Arrays.stream(smtp.getReceivedMessages())
                .skip(before)
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString() + " " + m.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertEquals(2, to.size(), to.toString());
        assertTrue(
                to.stream().anyMatch(m -> m.startsWith(danaMail + " REQ-" + id + " is in " + dev + "'s court")),
                to.toString());
        assertTrue(
                to.stream().anyMatch(m -> m.contains("@acme.example REQ-" + id + " is in " + ops + "'s court")),
                to.toString());

        Resp log = dana.get("/api/me/notifications");
        assertEquals(1L, log.num("total"), log.toString());
        assertEquals("request.ball_moved", log.at("items[0].type"));
        assertEquals("SENT", log.at("items[0].status"));
        assertEquals("/requests/" + id, log.at("items[0].link"));
        assertTrue(admin.get("/api/audit?entityType=user&size=200").raw().contains(danaMail), "the change is audited");

        // A blank address stops e-mail, the choice of items is kept.
        Resp off = dana.put(
                "/api/me/notification-settings", Map.of("email", " ", "items", List.of("REQUEST"), "version", 1));
        assertEquals(null, off.at("email"));
        assertEquals(List.of("REQUEST"), off.at("items"));
        admin.post("/api/requests/" + id + "/events", Map.of("type", "INFO_PROVIDED", "team", dev));
        admin.post("/api/requests/" + id + "/events", Map.of("type", "NEEDS_INFO", "team", ops));
        Thread.sleep(1000);
        assertEquals(1L, dana.get("/api/me/notifications").num("total"), "no e-mail without an address");
    }
}
