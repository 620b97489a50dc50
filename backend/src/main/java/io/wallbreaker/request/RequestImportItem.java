package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** One request of a bulk import (e.g. exported from a ticket system), with its events. */
@Serdeable
public record RequestImportItem(
        @Nullable String title,
        @Nullable String kind,
        @Nullable String description,
        @Nullable String requesterTeam,
        @Nullable String responderTeam,
        @Nullable Long incidentId,
        @Nullable Instant openedAt,
        @Nullable String externalRef,
        @Nullable List<EventCreate> events) {

    RequestCreate request() {
        return new RequestCreate(
                title, kind, description, requesterTeam, responderTeam, incidentId, openedAt, externalRef);
    }
}
