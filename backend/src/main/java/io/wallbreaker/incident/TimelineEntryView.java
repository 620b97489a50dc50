package io.wallbreaker.incident;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A timeline entry as the API shows it. */
@Serdeable
public record TimelineEntryView(
        long id, Instant at, String text, TimelineKind kind, String recordedBy, Instant createdAt, long version) {

    static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.id(), e.at(), e.text(), e.kind(), e.recordedBy(), e.createdAt(), e.version());
    }
}
