package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Body of {@code POST /api/requests}; {@code openedAt} may lie in the past (recorded after the fact). */
@Serdeable
public record RequestCreate(
        @Nullable String title,
        @Nullable String kind,
        @Nullable String description,
        @Nullable String requesterTeam,
        @Nullable String responderTeam,
        @Nullable Long incidentId,
        @Nullable Instant openedAt,
        @Nullable String externalRef) {}
