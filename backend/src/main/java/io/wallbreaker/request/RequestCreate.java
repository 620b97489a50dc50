package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Body of {@code POST /api/requests}; {@code openedAt} may lie in the past (recorded after the
 * fact). Enumerations and team slugs are checked by the service, which names the allowed values.
 */
@Serdeable
public record RequestCreate(
        @NotBlank @Size(max = 300) @Nullable String title,
        @Nullable String kind,
        @Size(max = 20_000) @Nullable String description,
        @Size(max = 40) @Nullable String requesterTeam,
        @Size(max = 40) @Nullable String responderTeam,
        @Nullable Long incidentId,
        @Nullable Instant openedAt,
        @Size(max = 200) @Nullable String externalRef) {}
