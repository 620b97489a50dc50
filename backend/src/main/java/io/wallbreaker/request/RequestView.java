package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A request with its events, state, holder and every figure of DOMAIN.md. */
@Serdeable
public record RequestView(
        long id,
        String key,
        String title,
        RequestKind kind,
        @Nullable String description,
        String requesterTeam,
        String responderTeam,
        String currentResponderTeam,
        @Nullable Long incidentId,
        @Nullable String incidentKey,
        Instant openedAt,
        @Nullable String externalRef,
        RequestState state,
        @Nullable String holder,
        @Nullable Instant closedAt,
        long version,
        List<EventView> events,
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
        String outcome,
        @Nullable Long olaTargetSeconds,
        @Nullable Boolean olaBreached,
        List<RequestLedger.CourtSegment> court,
        List<RequestLedger.Allowed> allowedEvents) {

    /** One recorded event. */
    @Serdeable
    public record EventView(
            long id,
            int seq,
            EventType type,
            Instant at,
            String team,
            @Nullable String toTeam,
            @Nullable String note,
            String recordedBy) {}
}
