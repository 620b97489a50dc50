package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A request in lists, and the common part of every request answer: its fields and every figure
 * as of now, all computed by {@link RequestLedger} (from the stored totals in lists).
 */
@Serdeable
public record RequestSummary(
        long id,
        String key,
        String title,
        RequestKind kind,
        String requesterTeam,
        String responderTeam,
        String currentResponderTeam,
        @Nullable Long incidentId,
        @Nullable String incidentKey,
        Instant openedAt,
        @Nullable String externalRef,
        @Nullable RequestSource source,
        RequestState state,
        @Nullable String holder,
        @Nullable Instant closedAt,
        @Nullable Long leadTimeSeconds,
        @Nullable Long ageSeconds,
        @Nullable Long timeToFirstResponseSeconds,
        long waitingOnResponderSeconds,
        long waitingOnRequesterSeconds,
        long activeSeconds,
        @Nullable Double flowEfficiency,
        int handoffs,
        int bounces,
        boolean pingPong,
        Outcome outcome,
        @Nullable Long olaTargetSeconds,
        @Nullable Boolean olaBreached,
        long version) {

    static String key(long id) {
        return "REQ-" + id;
    }

    /** The stored request {@code row} with the figures {@code f} (at {@code version}, after any write). */
    static RequestSummary of(RequestStore.Row row, RequestLedger.Figures f, long version) {
        return new RequestSummary(
                row.id(),
                key(row.id()),
                row.title(),
                row.kind(),
                row.totals().requester(),
                row.responder(),
                f.currentResponder(),
                row.incidentId(),
                row.incidentId() == null ? null : io.wallbreaker.incident.IncidentDirectory.key(row.incidentId()),
                row.totals().openedAt(),
                row.externalRef(),
                row.source(),
                f.state(),
                f.holder(),
                f.closedAt(),
                f.leadTimeSeconds(),
                f.ageSeconds(),
                f.timeToFirstResponseSeconds(),
                f.waitingOnResponderSeconds(),
                f.waitingOnRequesterSeconds(),
                f.activeSeconds(),
                f.flowEfficiency(),
                f.handoffs(),
                f.bounces(),
                f.pingPong(),
                f.outcome(),
                row.olaTarget(),
                breached(row.olaTarget(), f.leadTimeSeconds(), f.ageSeconds()),
                version);
    }

    /** A closed request breached its target when its lead time exceeded it; an open one once its age does. */
    private static @Nullable Boolean breached(@Nullable Long target, @Nullable Long leadTime, @Nullable Long age) {
        if (target == null) {
            return null;
        }
        return leadTime != null ? leadTime > target : age != null && age > target;
    }
}
