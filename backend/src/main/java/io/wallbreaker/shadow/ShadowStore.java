package io.wallbreaker.shadow;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Set-at-a-time SQL for shadow systems: lookups by many keys in a few IN queries and JDBC batch
 * writes, so an import of 10,000 rows costs tens of statements, not tens of thousands. Runs on the
 * caller's transaction. Requests are read from {@code cross_request} by SQL only, so this feature
 * depends on the requests table, not on the requests code.
 */
@Singleton
class ShadowStore {

    static final String COLUMNS = "id, name, provider, url, owner_team_id, purpose, data_classification, "
            + "first_live_at, evidence, discovered_at, discovered_by_team_id, discovery_method, status, identity_key, "
            + "version, created_at, updated_at";

    private static final int CHUNK = 500;
    private static final int BATCH = 1000;
    private static final Set<String> CLOSED = Set.of("FULFILLED", "DECLINED", "WITHDRAWN");

    /** One status-history row to append. */
    record HistoryRow(long systemId, ShadowStatus status, Instant at, String actor) {}

    private final JdbcOperations jdbc;

    ShadowStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Team ids of the slugs and the requests among the ids that exist (unknown ones are simply absent). */
    ShadowRules.Known known(Collection<String> slugs, Collection<Long> requestIds) {
        Map<String, Long> teams = new HashMap<>();
        inChunks(slugs, "SELECT id, slug FROM team WHERE slug IN ", rs -> {
            teams.put(rs.getString("slug"), rs.getLong("id"));
            return null;
        });
        return new ShadowRules.Known(teams, requests(requestIds));
    }

    Map<Long, ShadowSystemView.RequestLink> requests(Collection<Long> ids) {
        Map<Long, ShadowSystemView.RequestLink> found = new HashMap<>();
        inChunks(ids, "SELECT id, title, state, opened_at FROM cross_request WHERE id IN ", rs -> {
            ShadowSystemView.RequestLink link = link(rs);
            found.put(link.id(), link);
            return null;
        });
        return found;
    }

    /** Stored systems by identity key. */
    Map<String, ShadowSystem> byIdentity(Collection<String> keys) {
        Map<String, ShadowSystem> found = new HashMap<>();
        inChunks(keys, "SELECT " + COLUMNS + " FROM shadow_system WHERE identity_key IN ", rs -> {
            ShadowSystem s = system(rs);
            found.put(s.identityKey(), s);
            return null;
        });
        return found;
    }

    Map<Long, List<ShadowSystemView.StatusChange>> histories(Collection<Long> systemIds) {
        Map<Long, List<ShadowSystemView.StatusChange>> result = new HashMap<>();
        inChunks(
                systemIds,
                "SELECT shadow_system_id, status, at, actor FROM shadow_system_status " + "WHERE shadow_system_id IN ",
                rs -> {
                    result.computeIfAbsent(rs.getLong("shadow_system_id"), k -> new ArrayList<>())
                            .add(new ShadowSystemView.StatusChange(
                                    ShadowStatus.valueOf(rs.getString("status")),
                                    SqlQuery.instant(rs, "at"),
                                    rs.getString("actor")));
                    return null;
                },
                " ORDER BY at, id");
        // Chunks are each ordered; a system's rows all fall in the chunk of its id, so order holds.
        return result;
    }

    Map<Long, List<ShadowSystemView.RequestLink>> links(Collection<Long> systemIds) {
        Map<Long, List<ShadowSystemView.RequestLink>> result = new HashMap<>();
        inChunks(
                systemIds,
                "SELECT l.shadow_system_id, r.id, r.title, r.state, r.opened_at FROM shadow_system_request l "
                        + "JOIN cross_request r ON r.id = l.request_id WHERE l.shadow_system_id IN ",
                rs -> {
                    result.computeIfAbsent(rs.getLong("shadow_system_id"), k -> new ArrayList<>())
                            .add(link(rs));
                    return null;
                },
                " ORDER BY r.id");
        return result;
    }

    /** The content columns shared by INSERT and UPDATE, in their column order (a mutable list). */
    private static List<Object> contentParams(ShadowSystem s) {
        return SqlQuery.params(
                s.name(),
                s.provider(),
                s.url(),
                s.ownerTeamId(),
                s.purpose(),
                s.dataClassification(),
                s.firstLiveAt(),
                s.evidence(),
                s.discoveredAt(),
                s.discoveredByTeamId(),
                s.discoveryMethod(),
                s.status(),
                s.identityKey());
    }

    /** Inserts the systems in batches and returns them with their new ids, in the same order. */
    List<ShadowSystem> insertSystems(List<ShadowSystem> systems) {
        if (systems.isEmpty()) {
            return List.of();
        }
        batch(
                "INSERT INTO shadow_system (name, provider, url, owner_team_id, purpose, data_classification, "
                        + "first_live_at, evidence, discovered_at, discovered_by_team_id, discovery_method, status, "
                        + "identity_key, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                systems,
                s -> {
                    List<Object> params = contentParams(s);
                    params.addAll(SqlQuery.params(s.version(), s.createdAt(), s.updatedAt()));
                    return params;
                },
                false);
        // Generated keys of batches differ between drivers; the unique identity key finds them portably.
        Map<String, ShadowSystem> stored =
                byIdentity(systems.stream().map(ShadowSystem::identityKey).toList());
        return systems.stream()
                .map(s -> s.withId(stored.get(s.identityKey()).id()))
                .toList();
    }

    /**
     * Updates the systems in batches, each guarded by the version it was read at (a concurrent edit
     * fails the whole import with 409 rather than being overwritten). Returns them as stored.
     */
    List<ShadowSystem> updateSystems(List<ShadowSystem> systems) {
        batch(
                "UPDATE shadow_system SET name = ?, provider = ?, url = ?, owner_team_id = ?, purpose = ?, "
                        + "data_classification = ?, first_live_at = ?, evidence = ?, discovered_at = ?, "
                        + "discovered_by_team_id = ?, discovery_method = ?, status = ?, identity_key = ?, "
                        + "version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                systems,
                s -> {
                    List<Object> params = contentParams(s);
                    params.addAll(SqlQuery.params(s.updatedAt(), s.id(), s.version()));
                    return params;
                },
                true);
        return systems.stream()
                .map(s -> new ShadowSystem(
                        s.id(),
                        s.name(),
                        s.provider(),
                        s.url(),
                        s.ownerTeamId(),
                        s.purpose(),
                        s.dataClassification(),
                        s.firstLiveAt(),
                        s.evidence(),
                        s.discoveredAt(),
                        s.discoveredByTeamId(),
                        s.discoveryMethod(),
                        s.status(),
                        s.identityKey(),
                        s.version() + 1,
                        s.createdAt(),
                        s.updatedAt()))
                .toList();
    }

    void insertHistory(List<HistoryRow> rows) {
        batch(
                "INSERT INTO shadow_system_status (shadow_system_id, status, at, actor) VALUES (?, ?, ?, ?)",
                rows,
                r -> SqlQuery.params(r.systemId(), r.status(), r.at(), r.actor()),
                false);
    }

    /** Replaces the links of the given systems. */
    void replaceLinks(Map<Long, List<Long>> linksBySystem) {
        inChunksUpdate(linksBySystem.keySet(), "DELETE FROM shadow_system_request WHERE shadow_system_id IN ");
        List<long[]> pairs = new ArrayList<>();
        linksBySystem.forEach((system, requests) -> requests.forEach(r -> pairs.add(new long[] {system, r})));
        batch(
                "INSERT INTO shadow_system_request (shadow_system_id, request_id) VALUES (?, ?)",
                pairs,
                p -> SqlQuery.params(p[0], p[1]),
                false);
    }

    static ShadowSystem system(ResultSet rs) throws SQLException {
        return new ShadowSystem(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("provider"),
                rs.getString("url"),
                rs.getLong("owner_team_id"),
                rs.getString("purpose"),
                DataClassification.valueOf(rs.getString("data_classification")),
                SqlQuery.instant(rs, "first_live_at"),
                rs.getString("evidence"),
                SqlQuery.instant(rs, "discovered_at"),
                rs.getLong("discovered_by_team_id"),
                DiscoveryMethod.valueOf(rs.getString("discovery_method")),
                ShadowStatus.valueOf(rs.getString("status")),
                rs.getString("identity_key"),
                rs.getLong("version"),
                SqlQuery.instant(rs, "created_at"),
                SqlQuery.instant(rs, "updated_at"));
    }

    private static ShadowSystemView.RequestLink link(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String state = rs.getString("state");
        return new ShadowSystemView.RequestLink(
                id,
                "REQ-" + id,
                rs.getString("title"),
                CLOSED.contains(state) ? state : "OPEN",
                SqlQuery.instant(rs, "opened_at"));
    }

    private <T> void batch(String sql, List<T> items, Function<T, List<Object>> params, boolean mustChangeRow) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            for (int start = 0; start < items.size(); start += BATCH) {
                List<T> slice = items.subList(start, Math.min(items.size(), start + BATCH));
                for (T item : slice) {
                    SqlQuery.bind(ps, params.apply(item));
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                if (mustChangeRow) {
                    checkEveryRowChanged(counts);
                }
            }
            return null;
        });
    }

    private static void checkEveryRowChanged(int[] counts) {
        for (int count : counts) {
            // SUCCESS_NO_INFO (-2) is a driver that does not count; only an explicit 0 is a lost race.
            if (count == 0) {
                throw new OptimisticLockException("A shadow system was changed by someone else during the import.");
            }
        }
    }

    private <K> void inChunks(Collection<K> keys, String sqlUpToIn, SqlQuery.RowMapper<Void> rowHandler) {
        inChunks(keys, sqlUpToIn, rowHandler, "");
    }

    private <K> void inChunks(
            Collection<K> keys, String sqlUpToIn, SqlQuery.RowMapper<Void> rowHandler, String suffix) {
        List<K> all = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<K> slice = all.subList(start, Math.min(all.size(), start + CHUNK));
            String sql = sqlUpToIn + placeholders(slice.size()) + suffix;
            SqlQuery.list(jdbc, sql, new ArrayList<>(slice), rowHandler);
        }
    }

    private <K> void inChunksUpdate(Collection<K> keys, String sqlUpToIn) {
        List<K> all = new ArrayList<>(keys);
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<K> slice = all.subList(start, Math.min(all.size(), start + CHUNK));
            SqlQuery.update(jdbc, sqlUpToIn + placeholders(slice.size()), new ArrayList<>(slice));
        }
    }

    private static String placeholders(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }
}
