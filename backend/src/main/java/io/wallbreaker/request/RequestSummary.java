package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A request in lists: its figures as stored at the last event, with age running to now. */
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
        String outcome,
        @Nullable Long olaTargetSeconds,
        @Nullable Boolean olaBreached,
        long version) {}
