package io.wallbreaker.shadow;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.common.SqlQuery;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test data for shadow systems: create bodies, and cross-team requests written straight to their table. */
final class ShadowFixtures {

    private ShadowFixtures() {}

    /** A valid create body owned by {@code owner}, found by {@code discoverer} through a billing audit. */
    static Map<String, Object> aSystem(String name, String provider, String owner, String discoverer) {
        return io.wallbreaker.support.Fixtures.aShadowSystem(name, provider, owner, discoverer);
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    /** Inserts a cross-team request in {@code state} from {@code requester} to {@code responder}; returns its id. */
    static long aRequest(
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            String title,
            String requester,
            String responder,
            String state) {
        return tx.executeWrite(s -> {
            long from = teamId(jdbc, requester);
            long to = teamId(jdbc, responder);
            Instant opened = Instant.parse("2025-01-10T09:00:00Z");
            boolean closed = List.of("FULFILLED", "DECLINED", "WITHDRAWN").contains(state);
            return SqlQuery.insert(
                    jdbc,
                    "INSERT INTO cross_request (title, kind, requester_team_id, "
                            + "responder_team_id, current_responder_team_id, holder_team_id, opened_at, state, "
                            + "closed_at, last_event_at, lead_time_seconds, waiting_responder_seconds, "
                            + "waiting_requester_seconds, active_seconds, handoffs, bounces, ping_pong, outcome, version, "
                            + "created_at, updated_at) "
                            + "VALUES (?, 'LOG_ACCESS', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, FALSE, ?, 0, ?, ?)",
                    SqlQuery.params(
                            title,
                            from,
                            to,
                            to,
                            closed ? null : to,
                            opened,
                            state,
                            closed ? opened : null,
                            opened,
                            closed ? 0L : null,
                            closed ? state : "OPEN",
                            opened,
                            opened));
        });
    }

    private static long teamId(JdbcOperations jdbc, String slug) {
        return SqlQuery.list(jdbc, "SELECT id FROM team WHERE slug = ?", SqlQuery.params(slug), rs -> rs.getLong(1))
                .get(0);
    }

    /** A CSV line from cells, quoting every cell (RFC 4180). */
    static String csvLine(String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(cells[i].replace("\"", "\"\"")).append('"');
        }
        return b.append("\r\n").toString();
    }
}
