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

/**
 * Keeps computed metrics until the data changes (Caffeine: bounded, forgets what nobody asked
 * for in ten minutes). Exact figures over a million requests take a second or two, so a result is
 * reused while the data fingerprint ({@link MetricsStore#fingerprint()}) is unchanged; after a
 * change a caller may get the previous result for at most {@code max-staleness} while Caffeine
 * refreshes it in the background, and results asked for recently are refreshed as soon as a change
 * is seen, so a dashboard stays fast and a new event shows up within seconds. Refreshes run one at
 * a time (a single background thread): at a million requests each keeps a core busy, and running
 * them all at once made each take as long as all together. Nothing here is shared with another
 * instance: each checks the shared database's fingerprint itself.
 */
@Singleton
class MetricsCache {

    /** What a result was computed for: a view ("team-pairs", "trends-week", …), a window and an optional team. */
    record Key(
            String view,
            LocalDate from,
            LocalDate to,
            @Nullable Long teamId) {}

    /** A result and the fingerprint it was computed at; {@code staleSince} marks when a change was first seen. */
    private record Entry(String fingerprint, Object value, AtomicReference<Instant> staleSince) {}

    private static final int MAX_ENTRIES = 256;
    private static final Duration FORGET_AFTER = Duration.ofMinutes(10);

    private final MetricsStoreFingerprint fingerprints;
    private final Function<Key, Object> compute;
    private final Clock clock;
    private final Duration maxStaleness;
    private final ExecutorService refresher;
    private final LoadingCache<Key, Entry> cache;

    @Inject
    MetricsCache(
            MetricsStoreFingerprint fingerprints,
            MetricsCalculator calculator,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${wallbreaker.metrics.max-staleness:3s}") Duration maxStaleness) {
        this(
                fingerprints,
                key -> tx.executeRead(status -> calculator.compute(key)),
                clock,
                maxStaleness,
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "metrics-refresh");
                    t.setDaemon(true);
                    return t;
                }));
    }

    MetricsCache(
            MetricsStoreFingerprint fingerprints,
            Function<Key, Object> compute,
            Clock clock,
            Duration maxStaleness,
            ExecutorService refresher) {
        this.fingerprints = fingerprints;
        this.compute = compute;
        this.clock = clock;
        this.maxStaleness = maxStaleness;
        this.refresher = refresher;
        this.cache = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterAccess(FORGET_AFTER)
                .executor(refresher)
                .build(this::load);
    }

    @SuppressWarnings("unchecked")
    <T> T get(Key key) {
        String fingerprint = fingerprints.current();
        Entry entry = cache.getIfPresent(key);
        if (entry != null && entry.fingerprint().equals(fingerprint)) {
            return (T) entry.value();
        }
        Instant now = clock.instant();
        if (entry != null && !maxStaleness.isZero()) {
            Instant since = entry.staleSince().updateAndGet(s -> s == null ? now : s);
            if (Duration.between(since, now).compareTo(maxStaleness) < 0) {
                cache.refresh(key);
                return (T) entry.value();
            }
        }
        // Too stale (or never computed): compute now; Caffeine lets one caller per key do it.
        return (T) cache.asMap()
                .compute(
                        key,
                        (k, old) -> old != null && old.fingerprint().equals(fingerprints.current()) ? old : load(k))
                .value();
    }

    /** The fingerprint is read before computing: a change during the computation is seen on the next call. */
    private Entry load(Key key) {
        String fingerprint = fingerprints.current();
        return new Entry(fingerprint, compute.apply(key), new AtomicReference<>());
    }

    /** Refreshes results asked for recently as soon as the data changes. */
    @Scheduled(fixedDelay = "${wallbreaker.metrics.refresh-interval:1s}", initialDelay = "5s")
    void refreshHotEntries() {
        if (cache.estimatedSize() == 0) {
            return;
        }
        String fingerprint = fingerprints.current();
        cache.asMap().forEach((key, entry) -> {
            if (!entry.fingerprint().equals(fingerprint)) {
                cache.refresh(key);
            }
        });
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }
}
