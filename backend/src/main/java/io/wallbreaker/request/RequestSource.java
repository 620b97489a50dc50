package io.wallbreaker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a synced request comes from: the ticket system, the connector (null once it was deleted)
 * and the ticket's address. A request with a source follows its ticket: its events are derived,
 * never recorded by hand.
 */
@Serdeable
public record RequestSource(
        String kind,
        @Nullable Long connectorId,
        @Nullable String connectorName,
        @Nullable String url) {

    static @Nullable RequestSource of(
            @Nullable String kind, @Nullable Long connectorId, @Nullable String connectorName, @Nullable String url) {
        return kind == null ? null : new RequestSource(kind, connectorId, connectorName, url);
    }
}
