package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/connectors}: a connector without {@code mapping} uses the documented defaults. */
@Serdeable
public record ConnectorCreate(
        @Nullable String kind,
        @NotBlank @Size(max = 100) String name,
        @Nullable ConnectorMapping mapping,
        @Nullable Boolean enabled) {}
