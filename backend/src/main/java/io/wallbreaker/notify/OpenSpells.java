package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Open requests and the spell their current holder has had the ball for, in one query: a spell
 * starts at the request's last hand-off (NEEDS_INFO, INFO_PROVIDED, REASSIGNED, REOPENED — the
 * events that change the holder while a request is open) or at its opening. The same start as
 * the request's court timeline, without replaying events, so "your court" and the OLA checks stay
 * cheap at a million requests.
 */
@Singleton
class OpenSpells {

    /** An open request with the ball at {@code holder} since {@code since}; {@code targetSeconds}: its OLA target. */
    record Spell(
            long requestId,
            String title,
            String holder,
            Instant since,
            @Nullable Long targetSeconds,
            String state) {}

    private static final String SELECT = "SELECT r.id, r.title, r.state, h.slug AS holder, o.target_seconds, "
            + "COALESCE((SELECT MAX(e.at) FROM request_event e WHERE e.request_id = r.id "
            + "AND e.type IN ('NEEDS_INFO', 'INFO_PROVIDED', 'REASSIGNED', 'REOPENED')), r.opened_at) AS since "
            + "FROM cross_request r JOIN team h ON h.id = r.holder_team_id ";
    private static final String OLA = "ola_target o ON o.requester_team_id = r.requester_team_id "
            + "AND o.responder_team_id = r.responder_team_id AND o.kind = r.kind ";

    private final JdbcOperations jdbc;

    OpenSpells(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The open requests whose ball is with one of the teams {@code teamIds}. */
    List<Spell> heldBy(List<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", teamIds.stream().map(id -> "?").toList());
        return SqlQuery.list(
                jdbc,
                SELECT + "LEFT JOIN " + OLA + "WHERE r.outcome = 'OPEN' AND r.holder_team_id IN (" + in + ")",
                List.copyOf(teamIds),
                OpenSpells::spell);
    }

    /** The open requests that have an OLA target. */
    List<Spell> withTargets() {
        return SqlQuery.list(jdbc, SELECT + "JOIN " + OLA + "WHERE r.outcome = 'OPEN'", List.of(), OpenSpells::spell);
    }

    private static Spell spell(java.sql.ResultSet rs) throws java.sql.SQLException {
        long target = rs.getLong("target_seconds");
        Long targetSeconds = rs.wasNull() ? null : target;
        return new Spell(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("holder"),
                SqlQuery.instant(rs, "since"),
                targetSeconds,
                rs.getString("state"));
    }
}
