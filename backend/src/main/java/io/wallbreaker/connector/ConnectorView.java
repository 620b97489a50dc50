package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A connector as administrators see it: never its secret. */
@Serdeable
public record ConnectorView(
        long id,
        ConnectorKind kind,
        String name,
        boolean enabled,
        ConnectorMapping mapping,
        boolean customMapping,
        String webhookUrl,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastDeliveryAt,
        Last24h last24h,
        long requests) {

    /** Deliveries of the last 24 hours by what became of them. */
    @Serdeable
    public record Last24h(long processed, long unmapped, long ignored, long rejected) {}
}
