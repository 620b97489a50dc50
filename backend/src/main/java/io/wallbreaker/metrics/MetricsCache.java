package io.wallbreaker.metrics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Keeps computed metrics until the data changes (Caffeine: bounded, forgets what nobody asked
 * for in ten minutes). A result is reused while {@link MetricsMirror#version()} is unchanged (each
 * call first brings the mirror up to date, one small query when nothing changed, unless another
 * thread is doing that right now); after a change a
 * caller may get the previous result for at most {@code max-staleness} while Caffeine refreshes it
 * in the background, and results asked for recently are refreshed as soon as a change is seen, so
 * under a steady stream of writes a dashboard call never waits for a computation and a new event
 * shows up within about a second. Refreshes run one at a time (a single background thread), so a
 * burst of writes costs at most one recomputation per result at a time. Nothing here is shared
 * with another instance: each follows the shared database's audit trail itself.
 */
@Singleton
class MetricsCache {

    /** What a result was computed for: a view ("team-pairs", "trends-week", …), a window and an optional team. */
    record Key(
            String view,
            LocalDate from,
            LocalDate to,
            @Nullable Long teamId) {}

    /**
     * A result, the mirror version it was computed at and when; {@code staleSince} marks when a
     * change was first seen.
     */
    private record Entry(long version, Object value, Instant computedAt, AtomicReference<Instant> staleSince) {}

    private static final int MAX_ENTRIES = 256;
    private static final Duration FORGET_AFTER = Duration.ofMinutes(10);

    private final LongSupplier versions;
    private final Function<Key, Object> compute;
    private final Clock clock;
    private final Duration maxStaleness;
    private final Duration minRefreshInterval;
    private final ExecutorService refresher;
    private final LoadingCache<Key, Entry> cache;

    @Inject
    MetricsCache(
            MetricsMirror mirror,
            MetricsCalculator calculator,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${wallbreaker.metrics.max-staleness:3s}") Duration maxStaleness,
            @Value("${wallbreaker.metrics.min-refresh-interval:1s}") Duration minRefreshInterval) {
        this(
                () -> {
                    // Without staleness every call sees every write committed before it; with it, a
                    // call does not queue behind another thread's sync (MetricsMirror#syncUnlessBusy).
                    if (maxStaleness.isZero()) {
                        mirror.sync();
                    } else {
                        mirror.syncUnlessBusy();
                    }
                    return mirror.version();
                },
                key -> tx.executeRead(status -> calculator.compute(key)),
                clock,
                maxStaleness,
                minRefreshInterval,
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "metrics-refresh");
                    t.setDaemon(true);
                    return t;
                }));
    }

    MetricsCache(
            LongSupplier versions,
            Function<Key, Object> compute,
            Clock clock,
            Duration maxStaleness,
            Duration minRefreshInterval,
            ExecutorService refresher) {
        this.versions = versions;
        this.compute = compute;
        this.clock = clock;
        this.maxStaleness = maxStaleness;
        this.minRefreshInterval = minRefreshInterval;
        this.refresher = refresher;
        this.cache = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterAccess(FORGET_AFTER)
                .executor(refresher)
                .build(this::load);
    }

    @SuppressWarnings("unchecked")
    <T> T get(Key key) {
        long version = versions.getAsLong();
        Entry entry = cache.getIfPresent(key);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        Instant now = clock.instant();
        if (entry != null && !maxStaleness.isZero()) {
            Instant since = entry.staleSince().updateAndGet(s -> s == null ? now : s);
            if (Duration.between(since, now).compareTo(maxStaleness) < 0) {
                refreshIfDue(key, entry, now);
                return (T) entry.value();
            }
        }
        // Too stale (or never computed): compute now; Caffeine lets one caller per key do it.
        return (T) cache.asMap()
                .compute(key, (k, old) -> old != null && old.version() == versions.getAsLong() ? old : load(k))
                .value();
    }

    /** The version is read before computing: a change during the computation is seen on the next call. */
    private Entry load(Key key) {
        long version = versions.getAsLong();
        Object value = compute.apply(key);
        return new Entry(version, value, clock.instant(), new AtomicReference<>());
    }

    /**
     * Under a steady stream of writes every result is always a little stale; recomputing it on every
     * change would keep a core busy. A result is therefore recomputed at most once per {@code
     * min-refresh-interval}: a change waits for that interval at most, plus the computation.
     */
    private void refreshIfDue(Key key, Entry entry, Instant now) {
        if (Duration.between(entry.computedAt(), now).compareTo(minRefreshInterval) >= 0) {
            cache.refresh(key);
        }
    }

    /** Refreshes results asked for recently as soon as the data changes. */
    @Scheduled(fixedDelay = "${wallbreaker.metrics.refresh-interval:1s}", initialDelay = "5s")
    void refreshHotEntries() {
        long version = versions.getAsLong(); // keeps the mirror current even while nobody reads
        if (cache.estimatedSize() == 0) {
            return;
        }
        Instant now = clock.instant();
        cache.asMap().forEach((key, entry) -> {
            if (entry.version() != version) {
                refreshIfDue(key, entry, now);
            }
        });
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }
}
