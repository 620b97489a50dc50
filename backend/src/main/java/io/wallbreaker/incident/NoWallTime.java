package io.wallbreaker.incident;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Used until a feature that knows about linked requests supplies a {@code @Primary} {@link IncidentWallTime}. */
@Singleton
@Secondary
class NoWallTime implements IncidentWallTime {

    private static final WallTime NONE = new WallTime(0, 0.0);

    @Override
    public WallTime of(long incidentId, Instant detectedAt, @Nullable Instant resolvedAt) {
        return NONE;
    }
}
