package io.wallbreaker.bare;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One row of the yardstick's list, about as wide as a Wallbreaker list row's stored columns. */
@Serdeable
@MappedEntity("bare_item")
public record Item(
        @Id @GeneratedValue Long id,
        String title,
        String kind,
        String state,
        String team,
        Instant openedAt,
        @Nullable Instant closedAt,
        @Nullable Long leadTimeSeconds,
        long version) {}
