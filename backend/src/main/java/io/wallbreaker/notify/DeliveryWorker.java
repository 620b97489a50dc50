package io.wallbreaker.notify;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. Every poll it takes the due deliveries and hands each channel's to
 * one sender thread of a small pool: a channel is sent to by one thread at a time (bounded
 * concurrency), so a slow or dead endpoint holds up only its own channel, never the API or other
 * channels. Each delivery is leased before it is sent (an update only one instance can win), so two
 * instances on one database send it once; a lease outlives every timeout, and one left by a crash
 * expires, after which the delivery is sent again (at least once: receivers dedupe by its id).
 */
@Context
class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final ChannelStore store;
    private final Sender sender;
    private final NotifySettings settings;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "notification-sender");
        t.setDaemon(true);
        return t;
    });
    private final Set<Long> busyChannels = ConcurrentHashMap.newKeySet();
    /** Its own poller, so other scheduled work (metrics, sweeps) never delays a notification. */
    private final java.util.concurrent.ScheduledExecutorService poller =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "notification-poller");
                t.setDaemon(true);
                return t;
            });

    DeliveryWorker(
            ChannelStore store,
            Sender sender,
            NotifySettings settings,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.tx = tx;
        long every = Math.max(10, settings.getPollInterval().toMillis());
        poller.scheduleWithFixedDelay(this::pollSafely, 2000, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Polling the notification outbox failed; next poll as usual", e);
        }
    }

    void poll() {
        Instant now = clock.instant();
        List<Long> due = tx.executeRead(status -> store.due(now, 200));
        if (due.isEmpty()) {
            return;
        }
        Map<Long, List<Long>> byChannel = new LinkedHashMap<>();
        tx.executeRead(status -> {
            for (long id : due) {
                store.loadDue(id)
                        .ifPresent(d -> byChannel
                                .computeIfAbsent(d.channelId(), c -> new ArrayList<>())
                                .add(id));
            }
            return null;
        });
        byChannel.forEach((channelId, ids) -> {
            if (busyChannels.add(channelId)) {
                pool.submit(() -> {
                    try {
                        ids.forEach(this::deliver);
                    } catch (RuntimeException e) {
                        LOG.warn("Sending to notification channel {} failed", channelId, e);
                    } finally {
                        busyChannels.remove(channelId);
                    }
                });
            }
        });
    }

    /** Sends one delivery if this worker wins its lease. */
    void deliver(long id) {
        Instant now = clock.instant();
        Duration lease =
                settings.getConnectTimeout().plus(settings.getRequestTimeout()).multipliedBy(2);
        boolean mine = tx.executeWrite(status -> store.claim(id, now, now.plus(lease)));
        if (!mine) {
            return;
        }
        Optional<ChannelStore.Due> due = tx.executeRead(status -> store.loadDue(id));
        Optional<ChannelStore.Row> channel = due.flatMap(d -> tx.executeRead(status -> store.find(d.channelId())));
        if (due.isEmpty() || channel.isEmpty()) {
            return; // the channel was deleted meanwhile: its deliveries went with it
        }
        ChannelStore.Due d = due.get();
        Sender.Content content = sender.content(d.type(), d.occurredAt(), d.teams(), d.body());
        Sender.Outcome outcome = sender.send(channel.get(), content, d.deliveryKey());
        record(id, d.attempts(), outcome);
    }

    /** Stores what a try came to: sent, retried later with backoff, or dead. */
    void record(long id, int attempts, Sender.Outcome outcome) {
        Instant now = clock.instant();
        tx.executeWrite(status -> {
            if (outcome.ok()) {
                store.sent(id, outcome.latencyMs(), now);
            } else if (!outcome.retry() || attempts >= settings.getMaxAttempts()) {
                store.failed(id, DeliveryState.DEAD, outcome.error(), now, outcome.latencyMs());
            } else {
                store.failed(
                        id,
                        DeliveryState.RETRYING,
                        outcome.error(),
                        now.plus(backoff(attempts, outcome)),
                        outcome.latencyMs());
            }
            return null;
        });
    }

    /** Exponential backoff with ±50 % jitter, at most an hour; longer if the receiver asked (Retry-After). */
    Duration backoff(int attempts, Sender.Outcome outcome) {
        long base = settings.getRetryBase().toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, MAX_BACKOFF.toMillis());
        long jittered = (long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble()));
        Duration wait = Duration.ofMillis(Math.max(1, jittered));
        return outcome.retryAfter() != null && outcome.retryAfter().compareTo(wait) > 0 ? outcome.retryAfter() : wait;
    }

    /** Sent and dead notifications older than the retention go, with their deliveries. */
    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void prune() {
        Instant before = clock.instant().minus(settings.getRetention());
        int pruned = tx.executeWrite(status -> store.prune(before));
        if (pruned > 0) {
            LOG.info("Pruned {} notifications older than {}", pruned, settings.getRetention());
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        pool.shutdownNow();
    }
}
