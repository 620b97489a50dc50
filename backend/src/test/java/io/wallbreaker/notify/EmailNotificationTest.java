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
}
