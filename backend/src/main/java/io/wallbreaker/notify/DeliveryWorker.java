package io.wallbreaker.notify;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. Every poll it finds the channels with due deliveries and gives each
 * one sender thread (and one for all personal e-mails): a channel is sent to by one thread at a time (bounded concurrency), oldest
 * first, so a slow or dead endpoint holds up only its own channel, never the API or other channels. Each delivery is leased before it is sent (an update only one instance can win), so two
 * instances on one database send it once; a lease outlives every timeout, and one left by a crash
 * expires, after which the delivery is sent again (at least once: receivers dedupe by its id).
 */
@Context
class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final Duration DISABLED_RECHECK = Duration.ofMinutes(1);

    private final ChannelStore store;
    private final EmailPreferences emails;
    private final Sender sender;
    private final NotifySettings settings;
    private final Clock clock;
    private final TransactionOperations<Connection> tx;
    /** One thread per channel that is sending; idle threads end. */
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
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
            EmailPreferences emails,
            Sender sender,
            NotifySettings settings,
            Clock clock,
            TransactionOperations<Connection> tx) {
        this.store = store;
        this.emails = emails;
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
        List<Long> channels = tx.executeRead(status -> store.dueChannels(now));
        for (long channelId : channels) {
            if (busyChannels.add(channelId)) {
                pool.submit(() -> {
                    try {
                        drain(channelId);
                    } catch (RuntimeException e) {
                        LOG.warn("Sending to notification channel {} failed", channelId, e);
                    } finally {
                        busyChannels.remove(channelId);
                    }
                });
            }
        }
    }

    /** Sends a channel's due deliveries, oldest first, one after another. */
    private void drain(long channelId) {
        List<Long> ids = tx.executeRead(status -> store.dueOf(channelId, clock.instant(), 100));
        for (long id : ids) {
            deliver(id, false);
        }
    }

    /** Sends one due delivery if this worker wins its lease. */
    void deliver(long id) {
        deliver(id, false);
    }

    /** Sends a delivery now, due or not (a test message); empty when another worker has it. */
    Optional<Sender.Outcome> deliverNow(long id) {
        return deliver(id, true);
    }

    private Optional<Sender.Outcome> deliver(long id, boolean now) {
        Instant at = clock.instant();
        Duration lease =
                settings.getConnectTimeout().plus(settings.getRequestTimeout()).multipliedBy(2);
        boolean mine = tx.executeWrite(
                status -> now ? store.claimNow(id, at, at.plus(lease)) : store.claim(id, at, at.plus(lease)));
        if (!mine) {
            return Optional.empty();
        }
        Optional<ChannelStore.Due> due = tx.executeRead(status -> store.loadDue(id));
        if (due.isEmpty()) {
            return Optional.empty(); // its channel or user was deleted meanwhile: the delivery went with it
        }
        if (due.get().userId() != null) {
            return Optional.of(deliverPersonal(due.get()));
        }
        Optional<ChannelStore.Row> channel =
                tx.executeRead(status -> store.find(due.get().channelId()));
        if (channel.isEmpty()) {
            return Optional.empty(); // the channel was deleted meanwhile: its deliveries went with it
        }
        if (!now && !channel.get().enabled()) {
            // A disabled channel keeps what it had queued, unsent, until it is enabled again.
            tx.executeWrite(status -> {
                store.postpone(id, at.plus(DISABLED_RECHECK));
                return null;
            });
            return Optional.empty();
        }
        ChannelStore.Due d = due.get();
        Sender.Content content = sender.content(d.type(), d.occurredAt(), d.teams(), d.body());
        Sender.Outcome outcome = sender.send(channel.get(), content, d.deliveryKey());
        record(id, d.attempts(), outcome);
        return Optional.of(outcome);
    }

    /** A personal e-mail, to the address the user has now (none any more: dead, not retried). */
    private Sender.Outcome deliverPersonal(ChannelStore.Due d) {
        Optional<String> address = tx.executeRead(status -> emails.address(d.userId()));
        Sender.Outcome outcome;
        if (address.isEmpty()) {
            outcome = new Sender.Outcome(false, false, null, "the user has removed their e-mail address", null, 0);
        } else {
            Instant now = clock.instant();
            ChannelStore.Row mailbox = new ChannelStore.Row(
                    ChannelStore.PERSONAL,
                    ChannelKind.EMAIL,
                    "personal e-mail",
                    address.get(),
                    null,
                    List.of(),
                    List.of(),
                    true,
                    0,
                    now,
                    now);
            outcome = sender.send(
                    mailbox, sender.content(d.type(), d.occurredAt(), d.teams(), d.body()), d.deliveryKey());
        }
        record(d.id(), d.attempts(), outcome);
        return outcome;
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
        long jittered = (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble()));
        Duration wait = Duration.ofMillis(Math.max(1, Math.min(jittered, MAX_BACKOFF.toMillis())));
        Duration asked = outcome.retryAfter();
        if (asked != null && asked.compareTo(wait) > 0) {
            return asked.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : asked;
        }
        return wait;
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
