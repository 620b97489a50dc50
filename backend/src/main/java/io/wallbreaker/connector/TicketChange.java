package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One stored fact about a ticket, in a form common to Jira and GitHub: what the ticket looked like
 * ({@code snapshot}), which fields changed ({@code deltas}), a comment, its deletion or its move.
 * Stored as JSON in {@code connector_change}; a request's events are derived from all of a ticket's
 * changes in time order ({@link Derivation}), so the order deliveries arrive in does not matter.
 *
 * @param key unique per ticket: a Jira changelog id, a comment id, a delivery id. A second change
 *     with the same key is the same fact and is not stored again.
 * @param at when it happened in the ticket system
 * @param ord orders changes at the same instant (Jira changelog ids grow; 0 where there is none)
 */
@Serdeable
public record TicketChange(
        String key,
        Kind kind,
        Instant at,
        long ord,
        @Nullable Snapshot snapshot,
        @Nullable List<Delta> deltas,
        @Nullable Comment comment,
        @Nullable String source) {

    /** What kind of fact; a CREATED snapshot sorts before anything else at its instant. */
    public enum Kind {
        CREATED,
        SNAPSHOT,
        CHANGE,
        COMMENT,
        DELETED
    }

    /**
     * The ticket's fields at {@code at}. {@code status} is the Jira status name or GitHub's
     * {@code open} / {@code closed}; {@code statusCategory} Jira's {@code new} / {@code
     * indeterminate} / {@code done} (GitHub: {@code new} / {@code done}); {@code resolution} the Jira
     * resolution name or GitHub's {@code state_reason}. People are lists of every id they are known
     * by (account id, e-mail, login, name) so the people mapping can name any of them.
     */
    @Serdeable
    public record Snapshot(
            String ticketKey,
            @Nullable String url,
            @Nullable String title,
            @Nullable String description,
            @Nullable String project,
            @Nullable String repository,
            @Nullable String issueType,
            @Nullable String requestType,
            @Nullable String status,
            @Nullable String statusCategory,
            @Nullable String resolution,
            List<String> labels,
            List<String> components,
            List<String> reporter,
            List<String> assignee,
            Map<String, String> fields) {}

    /**
     * One changed field: {@code status}, {@code resolution}, {@code labels} (whole space-separated
     * sets, as Jira sends them), {@code label+} / {@code label-} (one label, as GitHub's timeline
     * does), {@code key}, {@code assignee}, {@code component+} / {@code component-}, {@code title},
     * {@code issueType}, {@code state} (GitHub), or a custom field's id.
     */
    @Serdeable
    public record Delta(
            String field, @Nullable String from, @Nullable String to) {}

    /** A comment and every id its author is known by. */
    @Serdeable
    public record Comment(String id, List<String> author) {}
}
