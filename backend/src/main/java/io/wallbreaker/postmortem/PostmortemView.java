package io.wallbreaker.postmortem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A postmortem with its sanitised HTML; {@code version} is null while only the template exists. */
@Serdeable
public record PostmortemView(
        long incidentId,
        String markdown,
        String html,
        PostmortemStatus status,
        @Nullable Long version,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        @Nullable Acknowledgement acknowledgement) {

    /** Who published it with how many open blameless findings, and when; null when it had none. */
    @Serdeable
    public record Acknowledgement(int findings, String by, Instant at) {}
}
