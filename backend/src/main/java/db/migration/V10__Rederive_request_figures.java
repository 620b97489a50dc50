package db.migration;

import io.wallbreaker.request.EventType;
import io.wallbreaker.request.RequestLedger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Re-derives every stored request's figures from its events with the exact-duration rules (sum
 * exactly, round once) and fills the millisecond totals V9 added. Requests are read a thousand at a
 * time with their events, replayed through {@link RequestLedger} and written back in JDBC batches.
 * The UPDATE below lists the columns as they are at V10 (a copy, not the application's current
 * statement, so later schema changes cannot break this migration). Team ids stand in for slugs:
 * the ledger only compares team identities. Timestamps are read to the millisecond, as the
 * application keeps them.
 */
public class V10__Rederive_request_figures extends BaseJavaMigration {

    private static final int CHUNK = 1000;
    private static final String UPDATE = "UPDATE cross_request SET state = ?, current_responder_team_id = ?, "
            + "holder_team_id = ?, closed_at = ?, last_event_at = ?, lead_time_seconds = ?, "
            + "first_response_seconds = ?, waiting_responder_seconds = ?, waiting_requester_seconds = ?, "
            + "active_seconds = ?, handoffs = ?, bounces = ?, ping_pong = ?, reopened = ?, outcome = ?, "
            + "waiting_responder_ms = ?, waiting_requester_ms = ?, active_ms = ?, first_response_ms = ?, "
            + "version = version + 1, updated_at = ? WHERE id = ?";

    private record Request(long id, long requester, long responder, Instant openedAt) {}

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long after = 0;
        while (true) {
            List<Request> chunk = requests(c, after);
            if (chunk.isEmpty()) {
                return;
            }
            Instant now = Instant.now();
            try (PreparedStatement update = c.prepareStatement(UPDATE)) {
                List<List<RequestLedger.Event>> events = events(c, chunk);
                for (int i = 0; i < chunk.size(); i++) {
                    Request r = chunk.get(i);
                    RequestLedger ledger = RequestLedger.replay(
                            Long.toString(r.requester()), Long.toString(r.responder()), r.openedAt(), events.get(i));
                    RequestLedger.Totals t = ledger.totals();
                    RequestLedger.Figures f = t.figuresAt(t.lastEventAt(), List.of());
                    List<Object> params = Arrays.asList(
                            f.state(),
                            Long.parseLong(t.currentResponder()),
                            t.holder() == null ? null : Long.parseLong(t.holder()),
                            f.closedAt(),
                            t.lastEventAt(),
                            f.leadTimeSeconds(),
                            f.timeToFirstResponseSeconds(),
                            f.waitingOnResponderSeconds(),
                            f.waitingOnRequesterSeconds(),
                            f.activeSeconds(),
                            f.handoffs(),
                            f.bounces(),
                            f.pingPong(),
                            f.reopened(),
                            f.outcome(),
                            t.onResponder().toMillis(),
                            t.onRequester().toMillis(),
                            t.active().toMillis(),
                            t.firstResponse() == null ? null : t.firstResponse().toMillis(),
                            now,
                            r.id());
                    for (int p = 0; p < params.size(); p++) {
                        Object v = params.get(p);
                        if (v instanceof Instant instant) {
                            update.setTimestamp(p + 1, Timestamp.from(instant));
                        } else if (v instanceof Enum<?> e) {
                            update.setString(p + 1, e.name());
                        } else {
                            update.setObject(p + 1, v);
                        }
                    }
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private static List<Request> requests(Connection c, long after) throws SQLException {
        List<Request> found = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id, requester_team_id, responder_team_id, opened_at FROM cross_request "
                        + "WHERE id > ? ORDER BY id LIMIT " + CHUNK)) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Request(rs.getLong(1), rs.getLong(2), rs.getLong(3), millis(rs.getTimestamp(4))));
                }
            }
        }
        return found;
    }

    /** The events of the chunk's requests, in order, one list per request (same order as the chunk). */
    private static List<List<RequestLedger.Event>> events(Connection c, List<Request> chunk) throws SQLException {
        List<List<RequestLedger.Event>> lists = new ArrayList<>();
        chunk.forEach(r -> lists.add(new ArrayList<>()));
        try (PreparedStatement ps =
                c.prepareStatement("SELECT request_id, type, at, team_id, to_team_id FROM request_event "
                        + "WHERE request_id >= ? AND request_id <= ? ORDER BY request_id, seq")) {
            ps.setLong(1, chunk.get(0).id());
            ps.setLong(2, chunk.get(chunk.size() - 1).id());
            try (ResultSet rs = ps.executeQuery()) {
                int index = 0;
                while (rs.next()) {
                    long requestId = rs.getLong(1);
                    while (chunk.get(index).id() < requestId) {
                        index++;
                    }
                    Long toTeam = rs.getObject(5, Long.class);
                    lists.get(index)
                            .add(new RequestLedger.Event(
                                    EventType.valueOf(rs.getString(2)),
                                    millis(rs.getTimestamp(3)),
                                    Long.toString(rs.getLong(4)),
                                    toTeam == null ? null : Long.toString(toTeam)));
                }
            }
        }
        return lists;
    }

    private static Instant millis(Timestamp ts) {
        return ts.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
}
