package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One entry of a connector's delivery log and what became of it. */
@Serdeable
public record DeliveryView(
        long id,
        String deliveryId,
        String event,
        Instant receivedAt,
        @Nullable Instant processedAt,
        DeliveryStatus status,
        @Nullable String reason,
        @Nullable String ticket,
        @Nullable Long requestId) {}
