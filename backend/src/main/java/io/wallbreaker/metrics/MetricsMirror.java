package io.wallbreaker.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.incident.IncidentWallTime;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the wall metrics are computed from, held in memory and kept current change by change: each
 * request's stored figures ({@link RequestColumns}), each incident's times, teams and wall time,
 * each shadow system with its motivating requests, the team slugs and OLA targets. Filled once at
 * start-up (in the background, so the app answers at once), then brought up to date before every
 * metrics read by following the audit trail ({@link ChangeFeed}): the records an entry names are
 * read again by id. That is a few small queries per change instead of re-reading a million rows,
 * and because the audit trail lives in the shared database, every instance on one PostgreSQL sees
 * every other instance's writes the same way.
 *
 * <p>Readers run under a read lock; a sync reads the changed rows first and takes the write lock
 * only to store them. {@link #version()} counts applied changes, so results computed at a version
 * stay valid until it moves.
 */
@Singleton
class MetricsMirror {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsMirror.class);

    /** Audit ids this far below the newest one are checked for transactions still running at start-up. */
    private static final int LOOK_BACK = 200;

    /** An incident's metric inputs; {@code wall} is null while unresolved (its wall time grows with the clock). */
    record IncidentFact(
            long id,
            Instant detectedAt,
            @Nullable Instant rootCauseAt,
            @Nullable Instant resolvedAt,
            long[] teams,
            IncidentWallTime.@Nullable WallTime wall) {

        IncidentWallTime.Span span() {
            return new IncidentWallTime.Span(id, detectedAt, resolvedAt);
        }

        boolean involves(long teamId) {
            for (long t : teams) {
                if (t == teamId) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A shadow system and the ids of the requests that motivated it, ascending. */
    record ShadowFact(MetricsStore.ShadowRow row, long[] requests) {}

    /** A consistent read of the mirror, valid inside {@link #read}. */
    interface View {
        RequestColumns requests();

        Collection<IncidentFact> incidents();

        Collection<ShadowFact> shadowSystems();

        Map<Long, String> teamSlugs();

        /** "requesterId|responderId|KIND" → seconds. */
        Map<String, Long> olaTargets();

        long version();
    }

    private final MetricsStore store;
    private final IncidentWallTime wallTime;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final boolean loadAtStartup;
    private final @Nullable Path snapshotFile;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantLock syncLock = new ReentrantLock();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "metrics-mirror-load");
        t.setDaemon(true);
        return t;
    });

    // Guarded by lock (written under its write lock, read under its read lock).
    private RequestColumns requests = new RequestColumns();
    private final Map<Long, IncidentFact> incidents = new HashMap<>();
    private final Map<Long, ShadowFact> shadow = new HashMap<>();
    private Map<Long, String> slugs = Map.of();
    private Map<String, Long> targets = Map.of();
    /** Changed under the write lock; read without a lock, so asking for it never waits behind a computation. */
    private volatile long version;
    /** Whether a load ever completed: until then a caller must wait for it. */
    private volatile boolean loaded;

    // Guarded by syncLock.
    private @Nullable ChangeFeed feed;
    private long savedVersion = -1;
    private boolean restored;
    private @Nullable Future<?> initialLoad;

    MetricsMirror(
            MetricsStore store,
            IncidentWallTime wallTime,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${wallbreaker.metrics.load-at-startup:true}") boolean loadAtStartup,
            @Value("${wallbreaker.metrics.snapshot-file:}") String snapshotFile) {
        this.store = store;
        this.wallTime = wallTime;
        this.tx = tx;
        this.clock = clock;
        this.loadAtStartup = loadAtStartup;
        this.snapshotFile = snapshotFile == null || snapshotFile.isBlank() ? null : Path.of(snapshotFile);
    }

    /** Starts filling the mirror while the server comes up, so the first dashboard need not wait for it. */
    @EventListener
    void onStartup(StartupEvent event) {
        if (loadAtStartup) {
            syncLock.lock();
            try {
                if (feed == null && initialLoad == null) {
                    initialLoad = loader.submit(this::sync);
                }
            } finally {
                syncLock.unlock();
            }
        }
    }

    @PreDestroy
    void stop() {
        loader.shutdownNow();
        saveSnapshot();
    }

    /** Saves the mirror when it changed since the last save, so a restart (even after a crash) starts from there. */
    @Scheduled(fixedDelay = "${wallbreaker.metrics.snapshot-interval:5m}", initialDelay = "1m")
    void saveSnapshot() {
        if (snapshotFile == null) {
            return;
        }
        syncLock.lock();
        try {
            if (feed == null || version == savedVersion) {
                return;
            }
            long started = System.nanoTime();
            MirrorSnapshot.write(
                    snapshotFile,
                    new MirrorSnapshot.State(
                            feed.last(), feed.lastAtMs(), feed.gapIds(), slugs, targets, requests, incidents, shadow));
            savedVersion = version;
            LOG.debug("Metrics mirror saved to {} in {} ms", snapshotFile, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the metrics mirror to {}: {}", snapshotFile, e.toString());
        } finally {
            syncLock.unlock();
        }
    }

    /** Brings the mirror up to date with every committed write; loads it first if it never was. */
    void sync() {
        syncLock.lock();
        try {
            if (feed == null) {
                load();
                loaded = true;
            } else {
                apply(poll(feed));
            }
        } catch (RuntimeException e) {
            // The feed has moved past changes that were not stored: read everything again next time.
            feed = null;
            throw e;
        } finally {
            syncLock.unlock();
        }
    }

    /**
     * Brings the mirror up to date unless another thread is doing so (or saving the snapshot)
     * right now: a dashboard call then goes on with the version it finds, which that other thread
     * is about to move on, instead of queueing behind it. Waits only while the mirror was never
     * loaded. (Under a steady stream of writes a computation holds the read lock, the sync waits
     * for the write lock while holding the sync lock, and every call queued behind it waited for
     * both: up to 0.7-0.9 s at 1,000,000 requests on H2.)
     */
    void syncUnlessBusy() {
        if (!loaded) {
            sync();
        } else if (syncLock.tryLock()) {
            try {
                sync();
            } finally {
                syncLock.unlock();
            }
        }
    }

    /** Runs {@code reader} on a consistent state of the mirror. */
    <T> T read(Function<View, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(view);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether the last load came from the saved snapshot rather than the database. */
    boolean restored() {
        syncLock.lock();
        try {
            return restored;
        } finally {
            syncLock.unlock();
        }
    }

    long version() {
        return version;
    }

    private final View view = new View() {
        @Override
        public RequestColumns requests() {
            return requests;
        }

        @Override
        public Collection<IncidentFact> incidents() {
            return Collections.unmodifiableCollection(incidents.values());
        }

        @Override
        public Collection<ShadowFact> shadowSystems() {
            return Collections.unmodifiableCollection(shadow.values());
        }

        @Override
        public Map<Long, String> teamSlugs() {
            return slugs;
        }

        @Override
        public Map<String, Long> olaTargets() {
            return targets;
        }

        @Override
        public long version() {
            return version;
        }
    };

    // ------------------------------------------------------------------ loading

    /** Restores the saved mirror if it fits this database, else reads everything. */
    private void load() {
        if (snapshotFile != null && restore(snapshotFile)) {
            return;
        }
        loadFromDatabase();
        saveSnapshot();
    }

    /** Entries a restored mirror may be behind by; further behind, reading everything is as quick. */
    private static final long MAX_CATCH_UP = 100_000;

    private boolean restore(Path file) {
        long started = System.nanoTime();
        try {
            Optional<MirrorSnapshot.State> saved = MirrorSnapshot.read(file);
            if (saved.isEmpty()) {
                return false;
            }
            MirrorSnapshot.State s = saved.get();
            boolean sameTrail = s.lastAuditId() > 0
                    && tx.executeRead(status -> store.auditEntryAtMs(s.lastAuditId()))
                            .map(at -> at == s.lastAuditAtMs())
                            .orElse(false);
            if (!sameTrail) {
                LOG.info("Metrics snapshot {} is from another state of the database; reading it instead", file);
                return false;
            }
            long behind = tx.executeRead(
                    status -> store.auditIdsAfter(s.lastAuditId()).size());
            if (behind > MAX_CATCH_UP) {
                LOG.info("Metrics snapshot {} is {} changes behind; reading the database instead", file, behind);
                return false;
            }
            // The few team and OLA rows are read afresh rather than trusted from the file.
            Map<Long, String> freshSlugs = tx.executeRead(status -> store.teamSlugs());
            Map<String, Long> freshTargets = tx.executeRead(status -> store.olaTargets());
            lock.writeLock().lock();
            try {
                requests = s.requests();
                incidents.clear();
                incidents.putAll(s.incidents());
                shadow.clear();
                shadow.putAll(s.shadow());
                slugs = freshSlugs;
                targets = freshTargets;
                version++;
            } finally {
                lock.writeLock().unlock();
            }
            savedVersion = version;
            restored = true;
            feed = new ChangeFeed(store.auditFeed(), s.lastAuditId(), s.lastAuditAtMs(), s.gaps(), clock.instant());
            apply(poll(feed));
            LOG.info(
                    "Metrics mirror restored from {} in {} ms ({} requests; {} changes since it was saved)",
                    file,
                    (System.nanoTime() - started) / 1_000_000,
                    requests.count(),
                    behind);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Metrics snapshot {} is unusable ({}); reading the database instead", file, e.toString());
            feed = null;
            return false;
        }
    }

    /** Reads everything. The feed starts at the newest entry read before the data, so nothing is missed. */
    private void loadFromDatabase() {
        restored = false;
        long started = System.nanoTime();
        Instant now = clock.instant();
        ChangeFeed startFeed = tx.executeRead(status -> {
            long last = store.lastAuditId();
            return new ChangeFeed(
                    store.auditFeed(),
                    last,
                    store.auditEntryAtMs(last).orElse(0L),
                    store.auditIdsAfter(Math.max(0, last - LOOK_BACK)),
                    LOOK_BACK,
                    now);
        });
        RequestColumns loadedRequests = new RequestColumns();
        Map<Long, IncidentFact> loadedIncidents = new HashMap<>();
        Map<Long, ShadowFact> loadedShadow = new HashMap<>();
        Map<Long, String> loadedSlugs = tx.executeRead(status -> store.teamSlugs());
        Map<String, Long> loadedTargets = tx.executeRead(status -> store.olaTargets());
        tx.executeRead(status -> {
            store.requests(null, loadedRequests::put);
            return null;
        });
        long requestsRead = System.nanoTime();
        readIncidents(null).forEach(i -> loadedIncidents.put(i.id(), i));
        long incidentsRead = System.nanoTime();
        readShadow(null).forEach(s -> loadedShadow.put(s.row().id(), s));
        lock.writeLock().lock();
        try {
            requests = loadedRequests;
            incidents.clear();
            incidents.putAll(loadedIncidents);
            shadow.clear();
            shadow.putAll(loadedShadow);
            slugs = loadedSlugs;
            targets = loadedTargets;
            version++;
        } finally {
            lock.writeLock().unlock();
        }
        feed = startFeed;
        LOG.info(
                "Metrics mirror loaded in {} ms: {} requests ({} ms), {} incidents ({} ms), {} shadow systems",
                (System.nanoTime() - started) / 1_000_000,
                loadedRequests.count(),
                (requestsRead - started) / 1_000_000,
                loadedIncidents.size(),
                (incidentsRead - requestsRead) / 1_000_000,
                loadedShadow.size());
        apply(poll(feed));
    }

    private List<ChangeFeed.Change> poll(ChangeFeed from) {
        Instant now = clock.instant();
        return tx.executeRead(status -> from.poll(now));
    }

    // ------------------------------------------------------------------ changes

    private void apply(List<ChangeFeed.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Set<Long> requestIds = new HashSet<>();
        Set<Long> incidentIds = new HashSet<>();
        Set<Long> shadowIds = new HashSet<>();
        boolean allRequests = false;
        boolean allIncidents = false;
        boolean allShadow = false;
        boolean teams = false;
        boolean olaTargets = false;
        for (ChangeFeed.Change c : changes) {
            switch (c.type()) {
                case "request" -> allRequests |= !addId(requestIds, c.entityId());
                case "incident" -> allIncidents |= !addId(incidentIds, c.entityId());
                case "shadow-system" -> allShadow |= !addId(shadowIds, c.entityId());
                case "team" -> teams = true;
                case "ola-target" -> olaTargets = true;
                default -> {
                    // Timeline entries, action items, postmortems, accounts: no metric reads them.
                }
            }
        }
        if (requestIds.isEmpty()
                && incidentIds.isEmpty()
                && shadowIds.isEmpty()
                && !allRequests
                && !allIncidents
                && !allShadow
                && !teams
                && !olaTargets) {
            return; // nothing a metric reads: results computed at this version stay valid
        }
        if (allRequests || allIncidents) {
            // An entry that names no request or incident (none does today): read everything again.
            loadFromDatabase();
            return;
        }
        List<Long> requestList = new ArrayList<>(requestIds);
        List<Long> shadowList = allShadow ? null : new ArrayList<>(shadowIds);
        List<RequestColumns.Row> requestRows = new ArrayList<>();
        if (!requestIds.isEmpty()) {
            tx.executeRead(status -> {
                store.requests(requestList, requestRows::add);
                return null;
            });
        }
        // A request moved between incidents, or its open span changed: both incidents' wall time changes.
        // Only this thread writes the columns, so reading them here, unlocked, is safe.
        Set<Long> wallOf = new HashSet<>(incidentIds);
        for (RequestColumns.Row r : requestRows) {
            if (r.incidentId() != null) {
                wallOf.add(r.incidentId());
            }
        }
        for (Long id : requestIds) {
            if (id < requests.end() && requests.present(id.intValue()) && requests.incident(id.intValue()) != 0) {
                wallOf.add((long) requests.incident(id.intValue()));
            }
        }
        List<IncidentFact> incidentFacts = wallOf.isEmpty() ? List.of() : readIncidents(new ArrayList<>(wallOf));
        List<ShadowFact> shadowFacts = allShadow || !shadowIds.isEmpty() ? readShadow(shadowList) : List.of();
        // Both tables are a few rows: read again with any change, so a team that somehow came without
        // an audit entry of its own is still named once something refers to it.
        Map<Long, String> newSlugs = tx.executeRead(status -> store.teamSlugs());
        Map<String, Long> newTargets = tx.executeRead(status -> store.olaTargets());

        lock.writeLock().lock();
        try {
            Set<Long> seen = new HashSet<>();
            for (RequestColumns.Row r : requestRows) {
                requests.put(r);
                seen.add(r.id());
            }
            requestList.stream().filter(id -> !seen.contains(id)).forEach(requests::remove);
            replace(incidents, incidentFacts, IncidentFact::id, wallOf);
            replace(shadow, shadowFacts, f -> f.row().id(), allShadow ? null : shadowIds);
            slugs = newSlugs;
            targets = newTargets;
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces the entries of {@code asked} ids (all when null) by {@code fresh}: ids not found are gone. */
    private static <T> void replace(
            Map<Long, T> map, List<T> fresh, Function<T, Long> id, @Nullable Collection<Long> asked) {
        if (asked == null) {
            map.clear();
        } else {
            asked.forEach(map::remove);
        }
        fresh.forEach(f -> map.put(id.apply(f), f));
    }

    /** Adds a numeric entity id; false when the entry names none (the whole kind is read again then). */
    private static boolean addId(Set<Long> ids, @Nullable String entityId) {
        if (entityId == null) {
            return false;
        }
        try {
            ids.add(Long.parseLong(entityId));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Incidents with their teams and, once resolved, their wall time. */
    private List<IncidentFact> readIncidents(@Nullable List<Long> ids) {
        List<MetricsStore.IncidentRow> rows = new ArrayList<>();
        Map<Long, List<Long>> teams = new HashMap<>();
        tx.executeRead(status -> {
            store.incidents(ids, rows::add);
            store.incidentTeams(
                    ids,
                    l -> teams.computeIfAbsent(l.ownerId(), k -> new ArrayList<>())
                            .add(l.linkedId()));
            return null;
        });
        Map<Long, IncidentWallTime.WallTime> walls = tx.executeRead(status -> wallTime.of(rows.stream()
                .filter(r -> r.resolvedAt() != null)
                .map(r -> new IncidentWallTime.Span(r.id(), r.detectedAt(), r.resolvedAt()))
                .toList()));
        List<IncidentFact> facts = new ArrayList<>(rows.size());
        for (MetricsStore.IncidentRow r : rows) {
            facts.add(new IncidentFact(
                    r.id(),
                    r.detectedAt(),
                    r.rootCauseAt(),
                    r.resolvedAt(),
                    teams.getOrDefault(r.id(), List.of()).stream()
                            .mapToLong(Long::longValue)
                            .toArray(),
                    walls.get(r.id())));
        }
        return facts;
    }

    private List<ShadowFact> readShadow(@Nullable List<Long> ids) {
        List<MetricsStore.ShadowRow> rows = new ArrayList<>();
        Map<Long, List<Long>> links = new HashMap<>();
        tx.executeRead(status -> {
            store.shadowSystems(ids, rows::add);
            store.shadowLinks(
                    ids,
                    l -> links.computeIfAbsent(l.ownerId(), k -> new ArrayList<>())
                            .add(l.linkedId()));
            return null;
        });
        List<ShadowFact> facts = new ArrayList<>(rows.size());
        for (MetricsStore.ShadowRow r : rows) {
            facts.add(new ShadowFact(
                    r,
                    links.getOrDefault(r.id(), List.of()).stream()
                            .mapToLong(Long::longValue)
                            .sorted()
                            .toArray()));
        }
        return facts;
    }
}
