package io.wallbreaker.incident;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/incidents/{id}/action-items/{itemId}}: the create fields plus the version read. */
@Serdeable
public record ActionItemUpdate(
        @JsonUnwrapped ActionItemCreate fields, @Nullable Long version) {}
