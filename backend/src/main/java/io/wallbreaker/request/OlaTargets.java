package io.wallbreaker.request;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** OLA targets: one lead-time goal per (requester, responder, kind), replaced as a whole by an admin. */
@Singleton
public class OlaTargets {

    private final RequestStore store;
    private final TeamDirectory teams;
    private final AuditLog audit;
    private final JdbcOperations jdbc;
    private final Clock clock;

    OlaTargets(RequestStore store, TeamDirectory teams, AuditLog audit, JdbcOperations jdbc, Clock clock) {
        this.store = store;
        this.teams = teams;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How {@code GET /api/ola-targets} may be sorted. */
    public static Sorting.Fields sortFields() {
        return RequestStore.OLA_SORT;
    }

    /** Every target, in the default order. */
    @Transactional(readOnly = true)
    public List<OlaTarget> all() {
        return store.olaTargets();
    }

    @Transactional(readOnly = true)
    public PageOf<OlaTarget> page(Paging paging) {
        return store.olaTargets(paging);
    }

    /** Every target with the requests it applies to; see {@link OlaTargetUsage}. */
    @Transactional(readOnly = true)
    public List<OlaTargetUsage> usage() {
        long now = clock.instant().getEpochSecond();
        return SqlQuery.list(
                jdbc,
                "SELECT rq.slug AS rq, rs.slug AS rs, o.kind, o.target_seconds, COUNT(r.id) AS requests, "
                        + "SUM(CASE WHEN r.id IS NOT NULL AND r.closed_at IS NULL THEN 1 ELSE 0 END) AS open_count, "
                        + "SUM(CASE WHEN r.closed_at IS NOT NULL AND r.lead_time_seconds > o.target_seconds "
                        + "THEN 1 ELSE 0 END) AS breached_closed, "
                        + "SUM(CASE WHEN r.id IS NOT NULL AND r.closed_at IS NULL "
                        + "AND ? - EXTRACT(EPOCH FROM r.opened_at) > o.target_seconds THEN 1 ELSE 0 END) AS breached_open "
                        + "FROM ola_target o JOIN team rq ON rq.id = o.requester_team_id "
                        + "JOIN team rs ON rs.id = o.responder_team_id "
                        + "LEFT JOIN cross_request r ON r.requester_team_id = o.requester_team_id "
                        + "AND r.responder_team_id = o.responder_team_id AND r.kind = o.kind "
                        + "GROUP BY rq.slug, rs.slug, o.kind, o.target_seconds "
                        + "ORDER BY rq.slug, rs.slug, o.kind",
                List.of(now),
                rs -> new OlaTargetUsage(
                        rs.getString("rq"),
                        rs.getString("rs"),
                        RequestKind.valueOf(rs.getString("kind")),
                        rs.getLong("target_seconds"),
                        rs.getLong("requests"),
                        rs.getLong("open_count"),
                        rs.getLong("breached_closed"),
                        rs.getLong("breached_open")));
    }

    /** "product-dev → operations, LOG_ACCESS: 172800 s" per target, for the audit trail. */
    private static String describe(List<OlaTarget> targets) {
        return targets.isEmpty()
                ? "none"
                : targets.stream()
                        .map(t -> t.requesterTeam() + " → " + t.responderTeam() + ", " + t.kind() + ": "
                                + t.targetSeconds() + " s")
                        .collect(Collectors.joining("; "));
    }

    @Transactional
    public List<OlaTarget> replace(List<OlaTarget> targets, Actor actor) {
        Validator v = new Validator();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            OlaTarget t = targets.get(i);
            String at = "[" + i + "].";
            v.require(at + "requesterTeam", t.requesterTeam()).require(at + "responderTeam", t.responderTeam());
            RequestKind kind = v.enumValue(at + "kind", t.kind(), RequestKind.class);
            if (t.targetSeconds() == null || t.targetSeconds() <= 0) {
                v.add(at + "targetSeconds", "must be a positive number of seconds");
            }
            if (!seen.add(t.requesterTeam() + "|" + t.responderTeam() + "|" + kind)) {
                v.add(at + "kind", "duplicate target for this requester, responder and kind");
            }
        }
        v.throwIfInvalid();
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            OlaTarget t = targets.get(i);
            Map<String, Long> ids = teams.requireIds("[" + i + "].team", List.of(t.requesterTeam(), t.responderTeam()));
            pairs.add(new long[] {ids.get(t.requesterTeam()), ids.get(t.responderTeam())});
        }
        List<OlaTarget> before = store.olaTargets();
        store.replaceOlaTargets(pairs, targets);
        List<OlaTarget> after = store.olaTargets();
        audit.append(
                actor,
                "UPDATE",
                AuditedType.OLA_TARGET,
                null,
                List.of(new Change("targets", describe(before), describe(after))));
        return after;
    }
}
