package io.wallbreaker.request;

import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** OLA targets: one lead-time goal per (requester, responder, kind), replaced as a whole by an admin. */
@Singleton
public class OlaTargets {

    private final RequestStore store;
    private final TeamDirectory teams;
    private final AuditLog audit;

    OlaTargets(RequestStore store, TeamDirectory teams, AuditLog audit) {
        this.store = store;
        this.teams = teams;
        this.audit = audit;
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
                List.of(new Change("targets", before.toString(), after.toString())));
        return after;
    }
}
