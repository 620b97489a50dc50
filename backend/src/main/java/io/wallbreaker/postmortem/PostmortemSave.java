package io.wallbreaker.postmortem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Body of {@code PUT /api/incidents/{id}/postmortem}; {@code version} is null for the first save.
 * Saving it PUBLISHED while the blameless check has findings needs {@code acknowledgeFindings: true}.
 */
@Serdeable
public record PostmortemSave(
        @Nullable String markdown,
        @Nullable String status,
        @Nullable Long version,
        @Nullable Boolean acknowledgeFindings) {

    public PostmortemSave(@Nullable String markdown, @Nullable String status, @Nullable Long version) {
        this(markdown, status, version, null);
    }
}
