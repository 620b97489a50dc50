package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rest of the application tells the outbox, in words people read in Slack or an e-mail.
 * Every method runs in the caller's transaction (the one of the change). The unit is always the
 * team: no notice names or blames a person.
 */
@Singleton
public class Notices {

    private final Outbox outbox;
    private final JdbcOperations jdbc;

    Notices(Outbox outbox, JdbcOperations jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /** A request's ball moved to {@code to} (from {@code from}, null when it was just opened) by {@code cause}. */
    public void ballMoved(
            long requestId,
            String title,
            String requester,
            String responder,
            @Nullable String from,
            String to,
            String cause,
            Instant at) {
        String key = "REQ-" + requestId;
        String text = switch (cause) {
            case "OPENED" -> requester + " asked " + responder + ": " + title + ".";
            case "NEEDS_INFO" -> responder + " needs information from " + requester + " before going on.";
            case "INFO_PROVIDED" -> requester + " answered; the ball is back with " + responder + ".";
            case "REASSIGNED" -> (from == null ? "The request" : from) + " passed the request to " + to + ".";
            case "REOPENED" -> requester + " reopened the request; it is with " + responder + " again.";
            default -> "The ball is now with " + to + ".";
        };
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "request");
        record.put("id", requestId);
        record.put("key", key);
        record.put("title", title);
        record.put("requesterTeam", requester);
        record.put("responderTeam", responder);
        record.put("holder", to);
        record.put("previousHolder", from);
        record.put("event", cause);
        record.put("at", at.toString());
        outbox.publish(new Outbox.Message(
                NotificationType.REQUEST_BALL_MOVED,
                List.of(to),
                at,
                key + " is in " + to + "'s court: " + title,
                text,
                "/requests/" + requestId,
                record));
    }

    /** An incident's postmortem was published: its teams hear of it. */
    public void postmortemPublished(long incidentId, Instant at) {
        String incidentTitle = SqlQuery.list(
                        jdbc, "SELECT title FROM incident WHERE id = ?", List.of(incidentId), rs -> rs.getString(1))
                .get(0);
        List<String> teams = SqlQuery.list(
                jdbc,
                "SELECT t.slug FROM incident_team it JOIN team t ON t.id = it.team_id WHERE it.incident_id = ? "
                        + "ORDER BY t.slug",
                List.of(incidentId),
                rs -> rs.getString(1));
        String key = "INC-" + incidentId;
        outbox.publish(new Outbox.Message(
                NotificationType.POSTMORTEM_PUBLISHED,
                teams,
                at,
                "Postmortem published: " + key + " " + incidentTitle,
                "The blameless postmortem of " + key + " is published; read what the walls cost and what changes.",
                "/incidents/" + incidentId + "/postmortem",
                Map.of("type", "postmortem", "incidentId", incidentId, "key", key, "title", incidentTitle)));
    }

    /** An inventory import of {@code source} found {@code count} new shadow-system candidates for {@code team} to triage. */
    public void shadowCandidates(String team, String source, int count, Instant at) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "shadow-candidates");
        record.put("source", source);
        record.put("count", count);
        record.put("team", team);
        outbox.publish(new Outbox.Message(
                NotificationType.SHADOW_CANDIDATES_FOUND,
                List.of(team),
                at,
                count + (count == 1 ? " shadow-system candidate" : " shadow-system candidates") + " found in the "
                        + source + " inventory",
                "Running, but in no catalog and no registry: " + team + " triages " + (count == 1 ? "it" : "them")
                        + " (confirm as a shadow system, known, or ignore).",
                // The app filters by source (a CSV feed "csv:billing" by "csv").
                "/discovery?status=OPEN&source="
                        + (source.contains(":") ? source.substring(0, source.indexOf(':')) : source),
                record));
    }

    /** A shadow system holding customer data was registered ({@code previous} null) or changed status. */
    public void shadowSystem(
            long id,
            String name,
            @Nullable String ownerTeam,
            String dataClassification,
            @Nullable String previous,
            String status,
            Instant at) {
        boolean registered = previous == null;
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "shadow-system");
        record.put("id", id);
        record.put("name", name);
        record.put("ownerTeam", ownerTeam);
        record.put("dataClassification", dataClassification);
        record.put("status", status);
        record.put("previousStatus", previous);
        outbox.publish(new Outbox.Message(
                registered ? NotificationType.SHADOW_SYSTEM_REGISTERED : NotificationType.SHADOW_SYSTEM_STATUS_CHANGED,
                ownerTeam == null ? List.of() : List.of(ownerTeam),
                at,
                registered
                        ? "Shadow system with customer data registered: " + name
                        : "Shadow system " + name + " is now " + status,
                registered
                        ? name + " (" + dataClassification + ") runs outside the shared platform; status " + status
                                + "."
                        : name + " (" + dataClassification + ") went from " + previous + " to " + status + ".",
                "/shadow-systems/" + id,
                record));
    }
}
