package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/connectors/{id}}: {@code mapping} null goes back to the defaults; {@code version} as read. */
@Serdeable
public record ConnectorUpdate(
        @NotBlank @Size(max = 100) String name,
        @NotNull Boolean enabled,
        @Nullable ConnectorMapping mapping,
        @NotNull Long version) {}
