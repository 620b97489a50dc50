package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One notification to one channel, in the channel's delivery log. {@code deliveryId}: the idempotency id sent with it. */
@Serdeable
public record NotificationDeliveryView(
        long id,
        String deliveryId,
        String type,
        DeliveryState status,
        int attempts,
        @Nullable String lastError,
        @Nullable Long latencyMs,
        Instant createdAt,
        @Nullable Instant sentAt,
        Instant nextAttemptAt) {}
