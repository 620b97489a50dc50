package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.wallbreaker.request.EventType;
import io.wallbreaker.request.Outcome;
import io.wallbreaker.request.RequestKind;
import io.wallbreaker.request.RequestState;
import java.time.Instant;
import java.util.List;

/** Answers of the import, preview and re-derive endpoints. */
public final class SyncReport {

    private SyncReport() {}

    /** What became of one ticket of an import: CREATED, UPDATED, UNCHANGED, UNMAPPED or REJECTED. */
    @Serdeable
    public record TicketResult(
            String ticket, SyncOutcome result, @Nullable Long requestId, List<String> reasons) {}

    @Serdeable
    public record ImportResult(
            List<TicketResult> tickets, int created, int updated, int unchanged, int unmapped, int rejected) {

        static ImportResult of(List<TicketResult> tickets) {
            return new ImportResult(
                    tickets,
                    count(tickets, SyncOutcome.CREATED),
                    count(tickets, SyncOutcome.UPDATED),
                    count(tickets, SyncOutcome.UNCHANGED),
                    count(tickets, SyncOutcome.UNMAPPED),
                    count(tickets, SyncOutcome.REJECTED));
        }

        private static int count(List<TicketResult> tickets, SyncOutcome result) {
            return (int) tickets.stream().filter(t -> t.result() == result).count();
        }
    }

    @Serdeable
    public record PreviewEvent(
            EventType type,
            Instant at,
            String team,
            @Nullable String toTeam) {}

    @Serdeable
    public record PreviewFigures(
            @Nullable Long leadTimeSeconds,
            @Nullable Long ageSeconds,
            @Nullable Long timeToFirstResponseSeconds,
            long waitingOnResponderSeconds,
            long waitingOnRequesterSeconds,
            int handoffs,
            int bounces,
            boolean pingPong) {}

    /** A ticket as the mapping would make it, with the changes already stored for it. */
    @Serdeable
    public record PreviewRequest(
            String ticket,
            @Nullable String title,
            @Nullable String url,
            @Nullable String requesterTeam,
            @Nullable String responderTeam,
            @Nullable RequestKind kind,
            @Nullable Instant openedAt,
            List<PreviewEvent> events,
            @Nullable RequestState state,
            @Nullable Outcome outcome,
            @Nullable PreviewFigures figures,
            @Nullable String unmapped,
            List<String> notes) {}

    @Serdeable
    public record Preview(List<PreviewRequest> requests) {}

    @Serdeable
    public record Rederived(int tickets, int changed) {}
}
