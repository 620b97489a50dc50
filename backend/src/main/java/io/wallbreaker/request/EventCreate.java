package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of {@code POST /api/requests/{id}/events}: what {@code team} did; {@code at} defaults to now. */
@Serdeable
public record EventCreate(
        @Nullable String type,
        @Nullable Instant at,
        @Size(max = 40) @Nullable String team,
        @Size(max = 40) @Nullable String toTeam,
        @Size(max = 10_000) @Nullable String note) {}
