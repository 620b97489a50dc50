package io.wallbreaker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import db.migration.V10__Rederive_request_figures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** V10 re-derives stored figures from the events: what an upgraded database shows equals what a new one does. */
@MicronautTest(transactional = false)
class RequestFiguresMigrationTest extends ApiTestBase {

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void shouldRestoreEveryDerivedColumnFromTheEvents() throws Exception {
        Api admin = admin();
        String dev = team(admin, "DEV");
        String ops = team(admin, "OPS");
        Instant t0 = Instant.now()
                .minus(3, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .plusMillis(500);
        long closed = open(admin, dev, ops, t0);
        event(admin, closed, "NEEDS_INFO", ops, t0.plusMillis(900));
        event(admin, closed, "INFO_PROVIDED", dev, t0.plusMillis(1800));
        event(admin, closed, "STARTED", ops, t0.plusSeconds(3600));
        event(admin, closed, "FULFILLED", ops, t0.plusSeconds(7200).plusMillis(700));
        long open = open(admin, dev, ops, t0);
        event(admin, open, "NEEDS_INFO", ops, t0.plusSeconds(60));
        Resp closedBefore = admin.get("/api/requests/" + closed);
        Resp listBefore = admin.get("/api/requests?requester=" + dev);

        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE cross_request SET waiting_responder_ms = 0, waiting_requester_ms = 0, "
                        + "active_ms = 0, first_response_ms = NULL, lead_time_seconds = NULL, "
                        + "waiting_responder_seconds = 0, handoffs = 0, bounces = 0 WHERE id IN (" + closed + ", "
                        + open + ")");
                new V10__Rederive_request_figures().migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return c;
                    }
                });
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        Resp closedAfter = admin.get("/api/requests/" + closed);
        for (String figure : List.of(
                "leadTimeSeconds",
                "timeToFirstResponseSeconds",
                "waitingOnResponderSeconds",
                "waitingOnRequesterSeconds",
                "activeSeconds",
                "handoffs",
                "bounces",
                "state",
                "holder")) {
            assertEquals(closedBefore.at(figure), closedAfter.at(figure), figure);
        }
        assertEquals(7201, closedAfter.num("leadTimeSeconds"), "7200.2 s, rounded once");
        Resp listAfter = admin.get("/api/requests?requester=" + dev);
        assertEquals(
                listBefore.at("items[1].waitingOnResponderSeconds"),
                listAfter.at("items[1].waitingOnResponderSeconds"));
        assertEquals(listBefore.at("items[0].handoffs"), listAfter.at("items[0].handoffs"));
    }

    private long open(Api admin, String dev, String ops, Instant at) {
        Resp r = admin.post(
                "/api/requests",
                Map.of(
                        "title",
                        "Logs",
                        "kind",
                        "LOG_ACCESS",
                        "requesterTeam",
                        dev,
                        "responderTeam",
                        ops,
                        "openedAt",
                        at.toString()));
        assertEquals(201, r.status(), r.toString());
        return r.num("id");
    }

    private void event(Api admin, long id, String type, String team, Instant at) {
        Resp r = admin.post("/api/requests/" + id + "/events", Map.of("type", type, "team", team, "at", at.toString()));
        assertEquals(201, r.status(), r.toString());
    }
}
