package io.wallbreaker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The cache's refresh rules without a database: stale-while-refreshing, then fresh; never staler than allowed. */
class MetricsCacheTest {

    /** Runs submitted tasks only when the test says so, so background refreshes can be observed. */
    private static final class ManualExecutor extends AbstractExecutorService {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }

        @Override
        public void shutdown() {}

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A data version the test sets, standing in for the mirror's. */
    private static final class Version {
        long value = 1;
    }

    private final Version version = new Version();
    private final ManualExecutor executor = new ManualExecutor();
    private final MovableClock clock = new MovableClock();
    private final List<String> computed = new ArrayList<>();
    private final MetricsCache cache = new MetricsCache(
            () -> version.value,
            key -> {
                computed.add(key.view());
                return key.view() + "@" + (char) ('a' + version.value - 1);
            },
            clock,
            Duration.ofSeconds(3),
            Duration.ofSeconds(1),
            executor);

    private String get(String view) {
        return cache.get(
                new MetricsCache.Key(view, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-02"), null));
    }

    @Test
    void shouldServeTheStaleResultUntilTheBackgroundRefreshWhenTheDataChanges() {
        assertEquals("k@a", get("k"));
        version.value = 2;
        clock.now = clock.now.plusSeconds(1);

        assertEquals("k@a", get("k"));
        executor.runAll();

        assertEquals("k@b", get("k"));
        assertEquals(List.of("k", "k"), computed);
    }

    @Test
    void shouldComputeSynchronouslyOnceTheResultIsStalerThanAllowed() {
        assertEquals("k@a", get("k"));
        version.value = 2;
        assertEquals("k@a", get("k"), "the change was just seen: the previous result, refresh queued");
        clock.now = clock.now.plusSeconds(4);

        assertEquals("k@b", get("k"), "no older than max-staleness");
    }

    @Test
    void shouldRefreshRecentlyAskedResultsWhenTheDataChanges() {
        get("pairs");
        get("trends");
        computed.clear();
        version.value = 2;
        clock.now = clock.now.plusSeconds(1);

        cache.refreshHotEntries();
        executor.runAll();

        assertEquals(List.of("pairs", "trends"), computed.stream().sorted().toList());
        assertEquals("pairs@b", get("pairs"));
        assertEquals(2, computed.size(), "served from the refreshed entry");
    }

    @Test
    void shouldRecomputeAResultAtMostOncePerMinimumRefreshIntervalWhileWritesKeepComing() {
        get("k");
        computed.clear();
        version.value = 2;
        clock.now = clock.now.plusMillis(500);

        assertEquals("k@a", get("k"));
        cache.refreshHotEntries();
        executor.runAll();
        assertEquals(List.of(), computed, "computed half a second ago: not yet");

        clock.now = clock.now.plusMillis(500);
        assertEquals("k@a", get("k"));
        executor.runAll();
        assertEquals(List.of("k"), computed);
        assertEquals("k@b", get("k"));
    }
}
