package io.wallbreaker.request;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
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

/** What other features may ask about requests, so none of them reads the request tables itself. */
@Singleton
public class RequestDirectory {

    private static final int CHUNK = 500;

    /** A request as another record links to it; {@code outcome} is its closing state, or OPEN. */
    @Serdeable
    public record RequestRef(long id, String key, String title, Outcome outcome, Instant openedAt) {}

    private final JdbcOperations jdbc;

    RequestDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests among {@code ids} that exist, by id (unknown ids are simply absent). */
    public Map<Long, RequestRef> refs(Collection<Long> ids) {
        Map<Long, RequestRef> found = new HashMap<>();
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<Long> slice = all.subList(start, Math.min(all.size(), start + CHUNK));
            SqlQuery.list(
                    jdbc,
                    "SELECT id, title, outcome, opened_at FROM cross_request WHERE id IN ("
                            + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")",
                    new ArrayList<>(slice),
                    rs -> found.put(
                            rs.getLong("id"),
                            new RequestRef(
                                    rs.getLong("id"),
                                    RequestSummary.key(rs.getLong("id")),
                                    rs.getString("title"),
                                    Outcome.valueOf(rs.getString("outcome")),
                                    SqlQuery.instant(rs, "opened_at"))));
        }
        return found;
    }
}
