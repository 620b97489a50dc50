package io.wallbreaker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One field of an update, with its old and new value as text. */
@Serdeable
public record Change(
        String field, @Nullable String oldValue, @Nullable String newValue) {}
