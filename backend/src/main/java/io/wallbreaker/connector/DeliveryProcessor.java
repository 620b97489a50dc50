package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.common.UniqueViolations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes stored deliveries: right after intake acknowledged one, and again from the table for
 * any left {@code RECEIVED} (the process died between acknowledging and processing, or processing
 * failed). A delivery is claimed in the processing transaction, so on several instances each is
 * processed once; a crash rolls the claim back and the delivery is picked up again.
 */
@Singleton
class DeliveryProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryProcessor.class);
    private static final int MAX_ATTEMPTS = 5;
    /** A delivery younger than this is still being processed by the intake that stored it. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ConnectorStore store;
    private final ConnectorSync sync;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;

    DeliveryProcessor(
            ConnectorStore store,
            ConnectorSync sync,
            JsonMapper json,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.store = store;
        this.sync = sync;
        this.json = json;
        this.clock = clock;
        this.tx = tx;
    }

    /** What became of a delivery. */
    record Done(DeliveryStatus status, @Nullable String reason) {}

    /** Processes one stored delivery; empty when another thread or instance processed it. */
    Optional<Done> process(long deliveryId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.executeWrite(status -> processOnce(deliveryId));
            } catch (Tree.Malformed malformed) {
                Done done = new Done(DeliveryStatus.REJECTED, malformed.getMessage());
                tx.executeWrite(status -> {
                    store.finishDelivery(deliveryId, done.status(), done.reason(), null, null, clock.instant());
                    return null;
                });
                return Optional.of(done);
            } catch (RuntimeException e) {
                if (UniqueViolations.isUniqueViolation(e) && attempt < 3) {
                    continue; // another delivery created the same ticket at the same moment
                }
                // Never lost: the delivery stays RECEIVED and is tried again, then rejected with the reason.
                LOG.warn("Processing delivery {} failed (attempt {})", deliveryId, attempt, e);
                String reason = "processing failed: " + ConnectorService.firstLine(e.getMessage());
                tx.executeWrite(status -> {
                    store.failDelivery(deliveryId, reason, MAX_ATTEMPTS, clock.instant());
                    return null;
                });
                return Optional.of(new Done(DeliveryStatus.RECEIVED, reason));
            }
        }
    }

    private Optional<Done> processOnce(long deliveryId) {
        Optional<ConnectorStore.Pending> claimed = store.claim(deliveryId);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        ConnectorStore.Pending d = claimed.get();
        ConnectorStore.Row connector = store.find(d.connectorId(), false).orElseThrow();
        JsonNode root;
        try {
            root = json.readValue(d.body(), JsonNode.class);
        } catch (IOException e) {
            throw new Tree.Malformed("not JSON");
        }
        List<ParsedTicket> tickets = connector.kind() == ConnectorKind.JIRA
                ? JiraFormat.webhook(root, d.deliveryKey())
                : GitHubFormat.webhook(d.event(), root, d.deliveryKey());
        if (tickets.isEmpty()) {
            Done done = new Done(
                    DeliveryStatus.IGNORED,
                    "nothing in this delivery is read (a pull request, or an action without "
                            + "a change of the ticket)");
            store.finishDelivery(deliveryId, done.status(), done.reason(), null, null, clock.instant());
            return Optional.of(done);
        }
        List<ConnectorSync.Outcome> outcomes = sync.apply(connector, tickets, deliveryId);
        ConnectorSync.Outcome o = outcomes.get(0);
        DeliveryStatus status = switch (o.result()) {
            case CREATED, UPDATED -> DeliveryStatus.PROCESSED;
            case UNMAPPED -> DeliveryStatus.UNMAPPED;
            case REJECTED -> DeliveryStatus.REJECTED;
            case UNCHANGED -> DeliveryStatus.IGNORED;
        };
        List<String> reasons = new ArrayList<>(o.reasons());
        if (status == DeliveryStatus.IGNORED && reasons.isEmpty()) {
            reasons.add("no change to the request");
        }
        Done done = new Done(status, reasons.isEmpty() ? null : String.join("; ", reasons));
        store.finishDelivery(deliveryId, status, done.reason(), o.ticket(), o.requestId(), clock.instant());
        return Optional.of(done);
    }

    /** Picks up deliveries that were acknowledged but not processed (a crash, a failed attempt). */
    @Scheduled(fixedDelay = "${wallbreaker.connectors.retry-interval:10s}", initialDelay = "2s")
    void retryStale() {
        List<Long> stale = tx.executeRead(status -> store.stale(clock.instant().minus(GRACE), 500));
        for (long id : stale) {
            process(id);
        }
    }
}
