package io.wallbreaker.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps computed metrics until the data changes. Exact figures over a million requests take a
 * second or two, so a result is reused while the data fingerprint (see
 * {@link MetricsStore#fingerprint()}) is unchanged; after a change, callers may get the previous
 * result for at most {@code max-staleness} while it is recomputed in the background, and keys
 * asked for recently are recomputed as soon as a change is seen, so a dashboard stays fast and a
 * new event shows up within seconds. Nothing here is needed by another instance: each instance
 * checks the shared database's fingerprint itself.
 *
 * <p>Background refreshes run one at a time, keys a caller is waiting for first: at a million
 * requests each computation keeps a core busy for a second or more, and recomputing every hot key
 * at once on a small machine made each of them (the one being watched included) take as long as
 * all of them together.
 */
@Singleton
class MetricsCache {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsCache.class);
    private static final Duration HOT_FOR = Duration.ofMinutes(10);
    private static final int MAX_HOT = 32;

    private record Entry(String fingerprint, Object value, Instant lastAsked, Supplier<Object> compute) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Instant> staleSince = new ConcurrentHashMap<>();
    /** Keys waiting for a background refresh, with when a caller last asked for them: newest first. */
    private final Map<String, Instant> pending = new ConcurrentHashMap<>();

    private final AtomicBoolean draining = new AtomicBoolean();
    private final MetricsStoreFingerprint fingerprints;
    private final ExecutorService executor;
    private final Clock clock;
    private final Duration maxStaleness;

    MetricsCache(
            MetricsStoreFingerprint fingerprints,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor,
            Clock clock,
            @Value("${wallbreaker.metrics.max-staleness:3s}") Duration maxStaleness) {
        this.fingerprints = fingerprints;
        this.executor = executor;
        this.clock = clock;
        this.maxStaleness = maxStaleness;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        String fingerprint = fingerprints.current();
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.fingerprint().equals(fingerprint)) {
            entries.put(key, new Entry(entry.fingerprint(), entry.value(), now, entry.compute()));
            return (T) entry.value();
        }
        if (entry != null && !maxStaleness.isZero()) {
            Instant since = staleSince.computeIfAbsent(key + "@" + fingerprint, k -> now);
            if (Duration.between(since, now).compareTo(maxStaleness) < 0) {
                refreshInBackground(key, now);
                return (T) entry.value();
            }
        }
        return (T) compute(key, (Supplier<Object>) compute, now);
    }

    private Object compute(String key, Supplier<Object> compute, Instant asked) {
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            String fingerprint = fingerprints.current();
            Entry entry = entries.get(key);
            if (entry != null && entry.fingerprint().equals(fingerprint)) {
                return entry.value();
            }
            Object value = compute.get();
            entries.put(key, new Entry(fingerprint, value, asked, compute));
            staleSince.keySet().removeIf(k -> k.startsWith(key + "@"));
            return value;
        }
    }

    private void refreshInBackground(String key, Instant askedAt) {
        pending.merge(key, askedAt, (a, b) -> a.isAfter(b) ? a : b);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** The single background worker: refreshes pending keys one by one until none is left. */
    private void drain() {
        try {
            String key;
            while ((key = nextPending()) != null) {
                try {
                    Entry entry = entries.get(key);
                    if (entry != null) {
                        compute(key, entry.compute(), entry.lastAsked());
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Background refresh of metrics {} failed", key, e);
                }
            }
        } finally {
            draining.set(false);
            // A key added after the loop's last look must not wait for the next change.
            if (!pending.isEmpty() && draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    /** The pending key asked for most recently (a caller waiting on a stale result comes first); dequeued. */
    private String nextPending() {
        while (!pending.isEmpty()) {
            String key = pending.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
            if (key != null && pending.remove(key) != null) {
                return key;
            }
        }
        return null;
    }

    /** Recomputes recently asked-for results as soon as the data changes; forgets ones nobody asks for. */
    @Scheduled(fixedDelay = "${wallbreaker.metrics.refresh-interval:1s}", initialDelay = "5s")
    void refreshHotEntries() {
        Instant now = clock.instant();
        entries.entrySet()
                .removeIf(e -> Duration.between(e.getValue().lastAsked(), now).compareTo(HOT_FOR) > 0);
        if (entries.isEmpty()) {
            return;
        }
        String fingerprint = fingerprints.current();
        entries.entrySet().stream()
                .filter(e -> !e.getValue().fingerprint().equals(fingerprint))
                .sorted((a, b) ->
                        b.getValue().lastAsked().compareTo(a.getValue().lastAsked()))
                .limit(MAX_HOT)
                .forEach(e -> refreshInBackground(e.getKey(), e.getValue().lastAsked()));
    }
}
