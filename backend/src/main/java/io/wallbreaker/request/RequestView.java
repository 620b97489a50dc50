package io.wallbreaker.request;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A request with everything the request page shows: the fields and figures of its
 * {@link RequestSummary} (flat in JSON), its Markdown description (and that rendered to sanitised
 * HTML, as postmortems are), its events, who had the ball
 * when, and which events each side may record now.
 */
@Serdeable
public record RequestView(
        @JsonUnwrapped RequestSummary summary,
        @Nullable String description,
        @Nullable String descriptionHtml,
        List<EventView> events,
        List<RequestLedger.CourtSegment> court,
        List<RequestLedger.Allowed> allowedEvents) {

    /** One recorded event. */
    @Serdeable
    public record EventView(
            long id,
            int seq,
            EventType type,
            Instant at,
            String team,
            @Nullable String toTeam,
            @Nullable String note,
            String recordedBy) {}

    /** The answer to an appended event: the event as stored and the request's figures after it. */
    @Serdeable
    public record EventAppended(EventView event, RequestSummary request) {}
}
