package io.wallbreaker.connector;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.UniqueViolations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Webhook intake, the only unauthenticated write: checks size, signature, whether the connector
 * takes deliveries and the rate, stores the delivery (a redelivery with the same id changes
 * nothing) and only then acknowledges it. Processing follows right away in the same call, and
 * again from the table if it did not finish ({@link DeliveryProcessor}), so an acknowledged
 * delivery is never lost, even when the process is killed at that moment.
 */
@Singleton
class ConnectorIntake {

    static final int MAX_BODY = 1024 * 1024;

    /** The answer to a delivery. */
    record Receipt(
            HttpStatus httpStatus,
            String status,
            @Nullable String delivery,
            @Nullable String reason) {}

    private final ConnectorStore store;
    private final DeliveryProcessor processor;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;
    private final int perMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ConnectorIntake(
            ConnectorStore store,
            DeliveryProcessor processor,
            JsonMapper json,
            Clock clock,
            TransactionOperations<Connection> tx,
            @Value("${wallbreaker.connectors.rate-limit-per-minute:3000}") int perMinute) {
        this.store = store;
        this.processor = processor;
        this.json = json;
        this.clock = clock;
        this.tx = tx;
        this.perMinute = perMinute;
    }

    /** Headers the intake reads (any case). */
    record Headers(
            @Nullable String jiraSignature,
            @Nullable String githubSignature,
            @Nullable String githubEvent,
            @Nullable String githubDelivery,
            @Nullable String jiraDelivery) {}

    Receipt receive(long connectorId, Headers headers, @Nullable String token, byte[] body) {
        if (body.length > MAX_BODY) {
            throw ConnectorService.tooLarge("A delivery is at most 1 MB; this one has " + body.length + " bytes.");
        }
        ConnectorStore.Row connector = tx.executeRead(status -> store.find(connectorId, false))
                .orElseThrow(() -> ApiException.notFound("Connector " + connectorId));
        // Before the signature check: a flood of forged deliveries is throttled too.
        if (!buckets.computeIfAbsent(connectorId, id -> new Bucket(perMinute)).take(clock.instant())) {
            throw new RateLimited(connector.name(), perMinute);
        }
        if (!authentic(connector, headers, token, body)) {
            throw new ApiException(
                    HttpStatus.UNAUTHORIZED,
                    "Invalid signature",
                    connector.kind() == ConnectorKind.JIRA
                            ? "The delivery needs X-Hub-Signature: sha256=<HMAC-SHA256 of the body with the "
                                    + "connector's secret>, or the token of the connector's webhook URL."
                            : "The delivery needs X-Hub-Signature-256: sha256=<HMAC-SHA256 of the body with the "
                                    + "connector's secret>.");
        }
        if (!connector.enabled()) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "Connector disabled",
                    "Connector " + connector.name() + " is disabled and takes no deliveries; an administrator can "
                            + "enable it again.");
        }
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalid("body", "is not valid JSON: " + ConnectorService.firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        String event;
        String deliveryKey;
        if (connector.kind() == ConnectorKind.GITHUB) {
            event = headers.githubEvent();
            if (event == null || event.isBlank()) {
                throw ApiException.invalid(
                        "X-GitHub-Event", "is required (the header GitHub sends with each delivery)");
            }
            if (event.equals("ping")) {
                return new Receipt(HttpStatus.OK, "PONG", headers.githubDelivery(), null);
            }
            deliveryKey = headers.githubDelivery();
        } else {
            event = JiraFormat.event(root);
            if (event == null) {
                event = "unknown";
            }
            deliveryKey = headers.jiraDelivery();
        }
        if (deliveryKey == null || deliveryKey.isBlank()) {
            deliveryKey = "sha256:" + Secrets.sha256(body);
        }
        String key = deliveryKey.length() > 200 ? "sha256:" + Secrets.sha256(body) : deliveryKey;
        String name = event.length() > 100 ? event.substring(0, 100) : event;
        List<String> known = connector.kind() == ConnectorKind.JIRA ? JiraFormat.EVENTS : GitHubFormat.EVENTS;
        boolean read = known.contains(event);
        Instant now = clock.instant();
        Long stored;
        try {
            stored = tx.executeWrite(status -> {
                if (store.deliveryExists(connectorId, key)) {
                    return null;
                }
                return read
                        ? store.insertDelivery(
                                connectorId,
                                key,
                                name,
                                new String(body, StandardCharsets.UTF_8),
                                DeliveryStatus.RECEIVED,
                                null,
                                now)
                        : store.insertDelivery(
                                connectorId,
                                key,
                                name,
                                null,
                                DeliveryStatus.IGNORED,
                                "event " + name + " is not read by Wallbreaker",
                                now);
            });
        } catch (RuntimeException e) {
            if (!UniqueViolations.isViolationOf(e, "connector_delivery_key_unique")) {
                throw e;
            }
            stored = null; // the same delivery arrived twice at the same moment
        }
        if (stored == null) {
            return new Receipt(HttpStatus.OK, "DUPLICATE", key, "this delivery was received before");
        }
        if (!read) {
            return new Receipt(
                    HttpStatus.ACCEPTED,
                    DeliveryStatus.IGNORED.name(),
                    key,
                    "event " + name + " is not read by Wallbreaker");
        }
        long deliveryId = stored;
        // Empty when another thread or instance claimed it first: stored, and being processed there.
        DeliveryProcessor.Done done =
                processor.process(deliveryId).orElse(new DeliveryProcessor.Done(DeliveryStatus.RECEIVED, null));
        return new Receipt(HttpStatus.ACCEPTED, done.status().name(), key, done.reason());
    }

    private static boolean authentic(
            ConnectorStore.Row connector, Headers headers, @Nullable String token, byte[] body) {
        if (connector.kind() == ConnectorKind.GITHUB) {
            return headers.githubSignature() != null
                    && Secrets.validSignature(connector.secret(), body, headers.githubSignature());
        }
        if (headers.jiraSignature() != null) {
            return Secrets.validSignature(connector.secret(), body, headers.jiraSignature());
        }
        return token != null && Secrets.validToken(connector.secret(), token);
    }

    /** More deliveries than the connector's rate allows: 429 with {@code Retry-After}. */
    static final class RateLimited extends ApiException {
        RateLimited(String connector, int perMinute) {
            super(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many deliveries",
                    "Connector " + connector + " takes at most " + perMinute + " deliveries a minute; "
                            + "send this one again shortly.",
                    List.of(),
                    Map.of("retryAfterSeconds", 1));
        }
    }

    /** A token bucket: {@code perMinute} deliveries a minute on average, bursts up to that many. */
    private static final class Bucket {
        private final double capacity;
        private final double perMilli;
        private double tokens;
        private long last;

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perMilli = perMinute / 60_000.0;
            this.tokens = perMinute;
            this.last = Long.MIN_VALUE;
        }

        synchronized boolean take(Instant now) {
            long ms = now.toEpochMilli();
            if (last != Long.MIN_VALUE) {
                tokens = Math.min(capacity, tokens + (ms - last) * perMilli);
            }
            last = ms;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
