package io.wallbreaker.shadow;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.ListCounts;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Set-at-a-time SQL for what hangs off shadow systems — status history and request links — and
 * the filtered list, whose rows are read with Micronaut Data's own mapping of {@link ShadowSystem}.
 * Lookups of many keys go in a few IN queries and writes in JDBC batches, so an import of 10,000
 * rows costs tens of statements. Runs on the caller's transaction.
 */
@Singleton
class ShadowStore {

    private static final int CHUNK = 500;
    private static final int BATCH = 1000;

    /** One status-history row to append. */
    record HistoryRow(long systemId, ShadowStatus status, Instant at, String actor) {}

    private final JdbcOperations jdbc;
    private final ListCounts counts;
    private final ShadowSystemRepository systems;

    ShadowStore(JdbcOperations jdbc, ShadowSystemRepository systems, ListCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.systems = systems;
    }

    /** What the registry sorts by; newest discovery first by default. */
    static final Sorting.Fields SORT = Sorting.Fields.tieBreak("id")
            .required("key", "id")
            .text("name", "name")
            .text("provider", "provider")
            .add("ownerTeam", "(SELECT t.slug FROM team t WHERE t.id = shadow_system.owner_team_id)")
            .ordinal("dataClassification", "data_classification", DataClassification.class)
            .required("firstLiveAt", "first_live_at")
            .required("discoveredAt", "discovered_at")
            .add("discoveryLagSeconds", "(discovered_at - first_live_at)")
            .ordinal("discoveryMethod", "discovery_method", DiscoveryMethod.class)
            .ordinal("status", "status", ShadowStatus.class)
            .byDefault("discoveredAt,desc");

    /** One page of systems matching {@code query}'s conditions, in the caller's order. */
    PageOf<ShadowSystem> page(SqlQuery query, Paging paging) {
        return query.page(jdbc, paging, rs -> jdbc.readEntity(rs, ShadowSystem.class), counts);
    }

    static SqlQuery query() {
        return new SqlQuery("*", "shadow_system");
    }

    /** Stored systems by identity key. */
    Map<String, ShadowSystem> byIdentity(Collection<String> keys) {
        Map<String, ShadowSystem> found = new HashMap<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(keys));
        for (int start = 0; start < all.size(); start += CHUNK) {
            systems.findByIdentityKeyIn(all.subList(start, Math.min(all.size(), start + CHUNK)))
                    .forEach(s -> found.put(s.identityKey(), s));
        }
        return found;
    }

    Map<Long, List<ShadowSystemView.StatusChange>> histories(Collection<Long> systemIds) {
        Map<Long, List<ShadowSystemView.StatusChange>> result = new HashMap<>();
        // Chunks are each ordered; a system's rows all fall in the chunk of its id, so order holds.
        inChunks(
                systemIds,
                "SELECT shadow_system_id, status, at, actor FROM shadow_system_status WHERE shadow_system_id IN ",
                " ORDER BY at, id",
                rs -> result.computeIfAbsent(rs.getLong("shadow_system_id"), k -> new ArrayList<>())
                        .add(new ShadowSystemView.StatusChange(
                                ShadowStatus.valueOf(rs.getString("status")),
                                SqlQuery.instant(rs, "at"),
                                rs.getString("actor"))));
        return result;
    }

    /** The ids of the requests linked to each system, in id order. */
    Map<Long, List<Long>> links(Collection<Long> systemIds) {
        Map<Long, List<Long>> result = new HashMap<>();
        inChunks(
                systemIds,
                "SELECT shadow_system_id, request_id FROM shadow_system_request WHERE shadow_system_id IN ",
                " ORDER BY request_id",
                rs -> result.computeIfAbsent(rs.getLong("shadow_system_id"), k -> new ArrayList<>())
                        .add(rs.getLong("request_id")));
        return result;
    }

    void insertHistory(List<HistoryRow> rows) {
        batch(
                "INSERT INTO shadow_system_status (shadow_system_id, status, at, actor) VALUES (?, ?, ?, ?)",
                rows,
                r -> SqlQuery.params(r.systemId(), r.status(), r.at(), r.actor()));
    }

    /** Replaces the links of the given systems. */
    void replaceLinks(Map<Long, List<Long>> linksBySystem) {
        List<Long> ids = new ArrayList<>(linksBySystem.keySet());
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> slice = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            SqlQuery.update(
                    jdbc,
                    "DELETE FROM shadow_system_request WHERE shadow_system_id IN " + placeholders(slice.size()),
                    new ArrayList<>(slice));
        }
        List<long[]> pairs = new ArrayList<>();
        linksBySystem.forEach((system, requests) -> requests.forEach(r -> pairs.add(new long[] {system, r})));
        batch(
                "INSERT INTO shadow_system_request (shadow_system_id, request_id) VALUES (?, ?)",
                pairs,
                p -> SqlQuery.params(p[0], p[1]));
    }

    private <T> void batch(String sql, List<T> items, Function<T, List<Object>> params) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            for (int start = 0; start < items.size(); start += BATCH) {
                for (T item : items.subList(start, Math.min(items.size(), start + BATCH))) {
                    SqlQuery.bind(ps, params.apply(item));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private <K> void inChunks(Collection<K> keys, String sqlUpToIn, String suffix, SqlQuery.RowConsumer rowHandler) {
        List<K> all = new ArrayList<>(new LinkedHashSet<>(keys));
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<K> slice = all.subList(start, Math.min(all.size(), start + CHUNK));
            SqlQuery.forEach(jdbc, sqlUpToIn + placeholders(slice.size()) + suffix, new ArrayList<>(slice), rowHandler);
        }
    }

    private static String placeholders(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }
}
