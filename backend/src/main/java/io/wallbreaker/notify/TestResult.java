package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The answer to "send a test message": whether the channel took it, and if not, why. */
@Serdeable
public record TestResult(
        DeliveryState status,
        @Nullable Integer httpStatus,
        @Nullable String error,
        long latencyMs) {}
