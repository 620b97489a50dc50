package io.wallbreaker.incident;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/incidents/{id}}: the create fields plus the version they were read at. */
@Serdeable
public record IncidentUpdate(
        @JsonUnwrapped IncidentCreate fields, @Nullable Long version) {}
