package io.wallbreaker.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the audit trail as a change feed: every write appends an audit entry naming what it
 * changed, in the same transaction (a test walks every write route to keep it so). Entry ids come
 * from an identity column, so a transaction can take a lower id and commit after a higher one has
 * been read — on PostgreSQL and H2 alike. Ids skipped over are therefore remembered as gaps and
 * asked for again on every poll until they show up or are older than {@link #GAP_PATIENCE} (a
 * rolled-back transaction leaves a gap forever). Not thread-safe: {@link MetricsMirror} guards it.
 */
final class ChangeFeed {

    /** One audit entry: what kind of record changed and which one (null when the entry names none), and when. */
    record Change(long id, String type, String entityId, long atMs) {}

    /** Reads entries above an id, and entries by id. */
    interface Source {
        List<Change> after(long id);

        List<Change> byIds(List<Long> ids);
    }

    /** Longer than any write transaction of this application takes. */
    static final Duration GAP_PATIENCE = Duration.ofMinutes(5);

    private static final int MAX_GAPS = 10_000;

    private final Source source;
    private long last;
    private long lastAtMs;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();

    /**
     * Starts after entry {@code last}; {@code present} are the ids that exist in {@code (last -
     * lookBack, last]}: the missing ones may belong to transactions still running, so they start as gaps.
     */
    ChangeFeed(Source source, long last, long lastAtMs, List<Long> present, int lookBack, Instant now) {
        this.source = source;
        this.last = last;
        this.lastAtMs = lastAtMs;
        java.util.Set<Long> seen = new java.util.HashSet<>(present);
        for (long id = Math.max(1, last - lookBack + 1); id <= last; id++) {
            if (!seen.contains(id)) {
                gaps.put(id, now);
            }
        }
    }

    /** Resumes a feed saved by {@link MirrorSnapshot}: after {@code last}, with its gaps asked for again from {@code now}. */
    ChangeFeed(Source source, long last, long lastAtMs, java.util.Collection<Long> gaps, Instant now) {
        this.source = source;
        this.last = last;
        this.lastAtMs = lastAtMs;
        gaps.forEach(id -> this.gaps.put(id, now));
    }

    long last() {
        return last;
    }

    /** When the entry {@link #last()} was written: with its id, it identifies the database's audit trail. */
    long lastAtMs() {
        return lastAtMs;
    }

    /** The ids skipped over that may still commit. */
    List<Long> gapIds() {
        return new ArrayList<>(gaps.keySet());
    }

    int gaps() {
        return gaps.size();
    }

    /** The entries committed since the previous poll (gaps that filled included), in id order. */
    List<Change> poll(Instant now) {
        List<Change> changes = new ArrayList<>();
        if (!gaps.isEmpty()) {
            for (Change c : source.byIds(new ArrayList<>(gaps.keySet()))) {
                gaps.remove(c.id());
                changes.add(c);
            }
            Instant giveUp = now.minus(GAP_PATIENCE);
            for (Iterator<Map.Entry<Long, Instant>> it = gaps.entrySet().iterator(); it.hasNext(); ) {
                if (it.next().getValue().isBefore(giveUp)) {
                    it.remove();
                }
            }
        }
        for (Change c : source.after(last)) {
            for (long missing = last + 1; missing < c.id(); missing++) {
                gaps.put(missing, now);
            }
            last = c.id();
            lastAtMs = c.atMs();
            changes.add(c);
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
        changes.sort(java.util.Comparator.comparingLong(Change::id));
        return changes;
    }
}
