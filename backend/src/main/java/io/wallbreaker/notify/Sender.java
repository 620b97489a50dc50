package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends one notification to one channel in the channel's format: Slack ({@code text} and Block Kit
 * {@code blocks}), Microsoft Teams (an Adaptive Card), the signed generic webhook, or e-mail (plain
 * text and HTML). Only to the channel's own URL, never following redirects; with connect and request
 * timeouts, so a slow endpoint costs at most those.
 */
@Singleton
class Sender {

    /** What a try came to. {@code retry}: worth trying again; {@code retryAfter}: the receiver's wish. */
    record Outcome(
            boolean ok,
            boolean retry,
            @Nullable Integer httpStatus,
            @Nullable String error,
            @Nullable Duration retryAfter,
            long latencyMs) {}

    /** The content of a stored notification. */
    record Content(
            String type,
            Instant occurredAt,
            List<String> teams,
            String title,
            String text,
            String path,
            Map<String, Object> record) {}

    private final NotifySettings settings;
    private final JsonMapper json;
    private final HttpClient http;

    Sender(NotifySettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @SuppressWarnings("unchecked")
    Content content(String type, Instant occurredAt, String teams, String body) {
        try {
            Map<String, Object> b = json.readValue(body, Argument.mapOf(String.class, Object.class));
            return new Content(
                    type,
                    occurredAt,
                    json.readValue(teams, Argument.listOf(String.class)),
                    (String) b.get("title"),
                    (String) b.get("text"),
                    (String) b.get("path"),
                    (Map<String, Object>) b.getOrDefault("record", Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Outcome send(ChannelStore.Row channel, Content c, String deliveryKey) {
        long start = System.nanoTime();
        try {
            if (channel.kind() == ChannelKind.EMAIL) {
                email(channel.target(), c);
                return new Outcome(true, false, null, null, null, elapsed(start));
            }
            URI target = URI.create(channel.target());
            if (!settings.allows(target.getHost())) {
                return new Outcome(
                        false,
                        false,
                        null,
                        "host " + target.getHost() + " is not one of the allowed hosts",
                        null,
                        elapsed(start));
            }
            byte[] body = json.writeValueAsBytes(payload(channel.kind(), c, deliveryKey));
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(settings.getRequestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Wallbreaker-Notifications")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (channel.kind() == ChannelKind.WEBHOOK) {
                request.header("X-Wallbreaker-Event", c.type())
                        .header("X-Wallbreaker-Delivery", deliveryKey)
                        .header("X-Wallbreaker-Signature", "sha256=" + hmacHex(channel.secret(), body));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return new Outcome(true, false, status, null, null, elapsed(start));
            }
            boolean retry = status == 429 || status == 408 || status >= 500;
            String text = response.body() == null ? "" : response.body().strip();
            String error = "HTTP " + status + (text.isEmpty() ? "" : ": " + first(text, 300));
            return new Outcome(false, retry, status, error, retryAfter(response), elapsed(start));
        } catch (HttpTimeoutException e) {
            return new Outcome(
                    false,
                    true,
                    null,
                    "timed out after " + settings.getRequestTimeout().toSeconds() + " s",
                    null,
                    elapsed(start));
        } catch (IOException e) {
            return new Outcome(
                    false,
                    true,
                    null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + first(e.getMessage(), 300)),
                    null,
                    elapsed(start));
        } catch (MessagingException e) {
            return new Outcome(
                    false, true, null, "SMTP: " + first(String.valueOf(e.getMessage()), 300), null, elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, true, null, "interrupted", null, elapsed(start));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Outcome(false, false, null, first(String.valueOf(e.getMessage()), 300), null, elapsed(start));
        }
    }

    /** The JSON a channel of {@code kind} gets. */
    Map<String, Object> payload(ChannelKind kind, Content c, String deliveryKey) {
        String link = settings.link(c.path());
        return switch (kind) {
            case SLACK -> slack(c, link);
            case TEAMS -> teams(c, link);
            case WEBHOOK -> webhook(c, link, deliveryKey);
            case EMAIL -> throw new IllegalArgumentException("e-mail has no JSON payload");
        };
    }

    private static Map<String, Object> slack(Content c, String link) {
        String context =
                c.type() + (c.teams().isEmpty() ? "" : " · " + String.join(", ", c.teams())) + " · " + c.occurredAt();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", c.title() + " — " + c.text() + " " + link);
        body.put(
                "blocks",
                List.of(
                        Map.of(
                                "type",
                                "section",
                                "text",
                                Map.of(
                                        "type",
                                        "mrkdwn",
                                        "text",
                                        "*<" + link + "|" + slackEscape(c.title()) + ">*\n" + slackEscape(c.text()))),
                        Map.of(
                                "type",
                                "context",
                                "elements",
                                List.of(Map.of("type", "mrkdwn", "text", slackEscape(context))))));
        return body;
    }

    private static Map<String, Object> teams(Content c, String link) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put(
                "body",
                List.of(
                        Map.of(
                                "type",
                                "TextBlock",
                                "text",
                                c.title(),
                                "weight",
                                "Bolder",
                                "size",
                                "Medium",
                                "wrap",
                                true),
                        Map.of("type", "TextBlock", "text", c.text(), "wrap", true),
                        Map.of(
                                "type",
                                "FactSet",
                                "facts",
                                List.of(
                                        Map.of(
                                                "title",
                                                "Team",
                                                "value",
                                                c.teams().isEmpty() ? "—" : String.join(", ", c.teams())),
                                        Map.of("title", "Event", "value", c.type()),
                                        Map.of(
                                                "title",
                                                "When",
                                                "value",
                                                c.occurredAt().toString())))));
        card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title", "Open in Wallbreaker", "url", link)));
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.put("contentUrl", null);
        attachment.put("content", card);
        return Map.of("type", "message", "attachments", List.of(attachment));
    }

    /** The documented generic schema (docs/NOTIFICATIONS.md). */
    private static Map<String, Object> webhook(Content c, String link, String deliveryKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", deliveryKey);
        body.put("type", c.type());
        body.put("occurredAt", c.occurredAt().toString());
        body.put("team", c.teams().isEmpty() ? null : c.teams().get(0));
        body.put("teams", c.teams());
        body.put("title", c.title());
        body.put("text", c.text());
        body.put("record", c.record());
        body.put("link", link);
        return body;
    }

    private void email(String address, Content c) throws MessagingException {
        if (!settings.emailConfigured()) {
            throw new IllegalStateException(
                    "no SMTP server configured (WALLBREAKER_NOTIFICATIONS_SMTP_HOST); e-mail cannot be sent");
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.getSmtpHost());
        props.put("mail.smtp.port", Integer.toString(settings.getSmtpPort()));
        props.put(
                "mail.smtp.connectiontimeout",
                Long.toString(settings.getConnectTimeout().toMillis()));
        props.put(
                "mail.smtp.timeout", Long.toString(settings.getRequestTimeout().toMillis()));
        props.put(
                "mail.smtp.writetimeout",
                Long.toString(settings.getRequestTimeout().toMillis()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.isSmtpStarttls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.isSmtpStarttls()));
        props.put("mail.smtp.ssl.enable", Boolean.toString(settings.isSmtpSsl()));
        boolean auth = settings.getSmtpUsername() != null
                && !settings.getSmtpUsername().isBlank();
        props.put("mail.smtp.auth", Boolean.toString(auth));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.getSmtpFrom()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
        message.setSubject(c.title(), "UTF-8");
        String link = settings.link(c.path());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(c.text() + "\n\n" + link + "\n\n-- \nWallbreaker (" + c.type() + ")\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(
                "<p><strong>" + html(c.title()) + "</strong></p><p>" + html(c.text()) + "</p><p><a href=\""
                        + html(link) + "\">Open in Wallbreaker</a></p><p style=\"color:#666\">" + html(c.type())
                        + "</p>",
                "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        if (auth) {
            Transport.send(message, settings.getSmtpUsername(), settings.getSmtpPassword());
        } else {
            Transport.send(message);
        }
    }

    static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(v -> {
                    try {
                        return Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim())));
                    } catch (NumberFormatException notSeconds) {
                        return null; // an HTTP date: the backoff decides
                    }
                })
                .orElse(null);
    }

    private static String slackEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String first(String s, int max) {
        String line = s.lines().findFirst().orElse("");
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
