package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.common.SqlQuery;
import java.time.Instant;
import java.util.List;

/**
 * How a request's derived figures are written to its row: one statement for the service and the
 * benchmark's data generator, so the columns are listed in one place (the V10 migration keeps a
 * frozen copy of it, as a migration must).
 * The row holds the rounded figures as of the last event (what metrics read) and the exact
 * running sums in milliseconds (what {@link RequestLedger.Totals#figuresAt} extends to "now").
 */
public final class StoredFigures {

    /** Parameters: see {@link #params}; the row's {@code version} goes up by one. */
    public static final String UPDATE_SQL = "UPDATE cross_request SET state = ?, current_responder_team_id = ?, "
            + "holder_team_id = ?, closed_at = ?, last_event_at = ?, lead_time_seconds = ?, "
            + "first_response_seconds = ?, waiting_responder_seconds = ?, waiting_requester_seconds = ?, "
            + "active_seconds = ?, handoffs = ?, bounces = ?, ping_pong = ?, reopened = ?, outcome = ?, "
            + "waiting_responder_ms = ?, waiting_requester_ms = ?, active_ms = ?, first_response_ms = ?, "
            + "version = version + 1, updated_at = ? WHERE id = ?";

    private StoredFigures() {}

    /** The parameters of {@link #UPDATE_SQL} for a request whose ledger is {@code ledger}. */
    public static List<Object> params(
            long requestId, RequestLedger ledger, long currentResponderId, @Nullable Long holderId, Instant now) {
        RequestLedger.Totals t = ledger.totals();
        RequestLedger.Figures f = t.figuresAt(t.lastEventAt(), List.of());
        return SqlQuery.params(
                f.state(),
                currentResponderId,
                holderId,
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
                requestId);
    }
}
