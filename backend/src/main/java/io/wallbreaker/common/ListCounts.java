package io.wallbreaker.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Remembers the {@code total} of a list until something is written. Counting every matching row
 * is what a page of a large list costs most: at 1,000,000 requests PostgreSQL needs 130 ms for
 * the requests' {@code COUNT(*)} (a parallel scan) against 0.3 ms for the page itself. Every write
 * appends an audit entry in its transaction ({@code WritesReachTheMetricsTest} holds every write
 * route to that), so a count is reused only while the newest audit entry is the one it was counted
 * at, on any instance; one indexed look-up decides. A write whose audit id was taken before the
 * newest one but committed after it leaves the newest id unchanged, so a count is also forgotten
 * after {@link #KEEP_AT_MOST}.
 */
@Singleton
public class ListCounts {

    static final Duration KEEP_AT_MOST = Duration.ofSeconds(10);

    private record Key(String sql, List<Object> params) {}

    private record Counted(long auditHead, long total) {}

    private final JdbcOperations jdbc;
    private final Cache<Key, Counted> counted = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(KEEP_AT_MOST)
            .build();

    ListCounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The count {@code counter} gives for {@code sql} with {@code params}, counted again only after a write. */
    long total(String sql, List<Object> params, LongSupplier counter) {
        long head = auditHead();
        Key key = new Key(sql, List.copyOf(params));
        Counted known = counted.getIfPresent(key);
        if (known != null && known.auditHead() == head) {
            return known.total();
        }
        long total = counter.getAsLong();
        counted.put(key, new Counted(head, total));
        return total;
    }

    private long auditHead() {
        return jdbc.prepareStatement("SELECT MAX(id) FROM audit_entry", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
