package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads GitHub Issues payloads: webhook deliveries ({@code issues}, {@code issue_comment}) and a
 * backfill of the issues list with each issue's timeline. Every {@code issues} delivery carries the
 * whole issue as it is after the action (labels, state, {@code state_reason}), so it is stored as a
 * snapshot: the two deliveries of one label edit, or the {@code labeled} deliveries sent with
 * {@code opened}, then make one change, not several.
 */
final class GitHubFormat {

    static final List<String> EVENTS = List.of("issues", "issue_comment");

    private GitHubFormat() {}

    /** The changes of one delivery of {@code event}; empty when there is nothing to read (pull requests…). */
    static List<ParsedTicket> webhook(String event, JsonNode root, String deliveryKey) {
        JsonNode issue = Tree.at(root, "issue");
        if (issue == null) {
            throw new Tree.Malformed("the issue is missing (issue)");
        }
        if (Tree.at(issue, "pull_request") != null) {
            return List.of();
        }
        String action = Tree.required(root, "the action", "action");
        String repository = Tree.text(root, "repository", "full_name");
        TicketChange.Snapshot snapshot = snapshot(issue, repository);
        String id = Tree.required(issue, "the issue id", "id");
        String source = event + "." + action;
        if (event.equals("issue_comment")) {
            if (!action.equals("created")) {
                return List.of();
            }
            JsonNode comment = Tree.at(root, "comment");
            if (comment == null) {
                throw new Tree.Malformed("the comment is missing (comment)");
            }
            String commentId = Tree.required(comment, "the comment id", "id");
            TicketChange change = new TicketChange(
                    "c:" + commentId,
                    TicketChange.Kind.COMMENT,
                    Tree.requiredTime(comment, "comment.created_at", "created_at"),
                    0,
                    null,
                    null,
                    new TicketChange.Comment(commentId, Tree.person(Tree.at(comment, "user"))),
                    source);
            return List.of(new ParsedTicket(id, null, snapshot.ticketKey(), List.of(change), List.of()));
        }
        String oldId = Tree.text(root, "changes", "old_issue", "id");
        String newId = Tree.text(root, "changes", "new_issue", "id");
        TicketChange change;
        switch (action) {
            case "opened" -> {
                if (oldId != null) {
                    // The target repository's side of a transfer: the same ticket, now known by a new id.
                    TicketChange moved = new TicketChange(
                            "d:" + deliveryKey,
                            TicketChange.Kind.SNAPSHOT,
                            Tree.requiredTime(issue, "issue.updated_at", "updated_at"),
                            0,
                            snapshot,
                            null,
                            null,
                            source);
                    return List.of(new ParsedTicket(oldId, id, snapshot.ticketKey(), List.of(moved), List.of()));
                }
                change = new TicketChange(
                        "created",
                        TicketChange.Kind.CREATED,
                        Tree.requiredTime(issue, "issue.created_at", "created_at"),
                        0,
                        snapshot,
                        null,
                        null,
                        source);
            }
            case "deleted" ->
                change = new TicketChange(
                        "deleted",
                        TicketChange.Kind.DELETED,
                        Tree.requiredTime(issue, "issue.updated_at", "updated_at"),
                        Long.MAX_VALUE,
                        null,
                        null,
                        null,
                        source);
            case "transferred" -> {
                JsonNode newIssue = Tree.at(root, "changes", "new_issue");
                String newRepository = Tree.text(root, "changes", "new_repository", "full_name");
                TicketChange.Snapshot moved = newIssue == null || newRepository == null
                        ? snapshot
                        : new TicketChange.Snapshot(
                                newRepository + "#" + Tree.text(newIssue, "number"),
                                Tree.text(newIssue, "html_url"),
                                snapshot.title(),
                                snapshot.description(),
                                null,
                                newRepository,
                                null,
                                null,
                                snapshot.status(),
                                null,
                                snapshot.resolution(),
                                snapshot.labels(),
                                List.of(),
                                snapshot.reporter(),
                                snapshot.assignee(),
                                Map.of());
                change = new TicketChange(
                        "d:" + deliveryKey,
                        TicketChange.Kind.SNAPSHOT,
                        Tree.requiredTime(issue, "issue.updated_at", "updated_at"),
                        0,
                        moved,
                        null,
                        null,
                        source);
                return List.of(new ParsedTicket(id, newId, moved.ticketKey(), List.of(change), List.of()));
            }
            default -> {
                Instant at = action.equals("closed") && Tree.text(issue, "closed_at") != null
                        ? Tree.requiredTime(issue, "issue.closed_at", "closed_at")
                        : Tree.requiredTime(issue, "issue.updated_at", "updated_at");
                change = new TicketChange(
                        "d:" + deliveryKey, TicketChange.Kind.SNAPSHOT, at, 0, snapshot, null, null, source);
            }
        }
        return List.of(new ParsedTicket(id, null, snapshot.ticketKey(), List.of(change), List.of()));
    }

    /**
     * A backfill: {@code {"issues": [...], "timelines": {"42": [...]}}} (the issues list, and each
     * issue's timeline by number) or the bare issues list. Pull requests in the list are skipped.
     */
    static List<ParsedTicket> backfill(JsonNode root) {
        JsonNode issues = root.isArray() ? root : Tree.at(root, "issues");
        if (issues == null || !issues.isArray()) {
            throw new Tree.Malformed("a GitHub backfill is the issues list (a JSON array) or "
                    + "{\"issues\": [...], \"timelines\": {\"<number>\": [...]}}");
        }
        JsonNode timelines = root.isArray() ? null : Tree.at(root, "timelines");
        List<ParsedTicket> result = new ArrayList<>();
        for (JsonNode issue : issues.values()) {
            if (Tree.at(issue, "pull_request") != null) {
                continue;
            }
            String number = Tree.required(issue, "the issue number", "number");
            JsonNode timeline = timelines == null ? null : Tree.at(timelines, number);
            result.add(backfillIssue(issue, timeline));
        }
        return result;
    }

    private static ParsedTicket backfillIssue(JsonNode issue, @Nullable JsonNode timeline) {
        String id = Tree.required(issue, "the issue id", "id");
        TicketChange.Snapshot current = snapshot(issue, repositoryOf(issue));
        Instant created = Tree.requiredTime(issue, "created_at", "created_at");
        List<TicketChange> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (timeline == null || !timeline.isArray()) {
            problems.add("no timeline for #" + Tree.text(issue, "number")
                    + ": imported its opening with today's labels and its closing only");
            changes.add(new TicketChange(
                    "created",
                    TicketChange.Kind.CREATED,
                    created,
                    0,
                    withState(current, "open", null, current.labels()),
                    null,
                    null,
                    "backfill"));
            if ("closed".equals(current.status())) {
                changes.add(new TicketChange(
                        "closed",
                        TicketChange.Kind.CHANGE,
                        Tree.requiredTime(issue, "closed_at", "closed_at"),
                        0,
                        null,
                        List.of(
                                new TicketChange.Delta("state", "open", "closed"),
                                new TicketChange.Delta("resolution", null, current.resolution())),
                        null,
                        "backfill"));
            }
            return new ParsedTicket(id, null, current.ticketKey(), changes, problems);
        }
        changes.add(new TicketChange(
                "created",
                TicketChange.Kind.CREATED,
                created,
                0,
                withState(current, "open", null, List.of()),
                null,
                null,
                "backfill"));
        long ord = 1;
        for (JsonNode e : timeline.values()) {
            String type = Tree.text(e, "event");
            if (type == null) {
                continue;
            }
            String eventId = Tree.text(e, "id");
            Instant at = Tree.time(Tree.text(e, "created_at"), "timeline created_at");
            if (at == null) {
                continue;
            }
            String key = "e:" + eventId;
            List<TicketChange.Delta> deltas = switch (type) {
                case "labeled" -> List.of(new TicketChange.Delta("label+", null, Tree.text(e, "label", "name")));
                case "unlabeled" -> List.of(new TicketChange.Delta("label-", Tree.text(e, "label", "name"), null));
                case "closed" ->
                    List.of(
                            new TicketChange.Delta("state", "open", "closed"),
                            new TicketChange.Delta("resolution", null, Tree.text(e, "state_reason")));
                case "reopened" -> List.of(new TicketChange.Delta("state", "closed", "open"));
                case "renamed" ->
                    List.of(new TicketChange.Delta(
                            "title", Tree.text(e, "rename", "from"), Tree.text(e, "rename", "to")));
                case "assigned" ->
                    List.of(new TicketChange.Delta("assignee+", null, Tree.text(e, "assignee", "login")));
                case "unassigned" ->
                    List.of(new TicketChange.Delta("assignee-", Tree.text(e, "assignee", "login"), null));
                default -> null;
            };
            if (type.equals("commented")) {
                List<String> author = Tree.person(Tree.at(e, "user"));
                changes.add(new TicketChange(
                        "c:" + eventId,
                        TicketChange.Kind.COMMENT,
                        at,
                        ord++,
                        null,
                        null,
                        new TicketChange.Comment(eventId, author.isEmpty() ? Tree.person(Tree.at(e, "actor")) : author),
                        "timeline"));
            } else if (deltas != null) {
                changes.add(new TicketChange(key, TicketChange.Kind.CHANGE, at, ord++, null, deltas, null, "timeline"));
            }
        }
        return new ParsedTicket(id, null, current.ticketKey(), changes, problems);
    }

    private static TicketChange.Snapshot withState(
            TicketChange.Snapshot s, String state, @Nullable String reason, List<String> labels) {
        return new TicketChange.Snapshot(
                s.ticketKey(),
                s.url(),
                s.title(),
                s.description(),
                s.project(),
                s.repository(),
                s.issueType(),
                s.requestType(),
                state,
                null,
                reason,
                labels,
                s.components(),
                s.reporter(),
                List.of(),
                s.fields());
    }

    /** {@code https://api.github.com/repos/acme/ops-requests} → {@code acme/ops-requests}. */
    private static @Nullable String repositoryOf(JsonNode issue) {
        String url = Tree.text(issue, "repository_url");
        if (url == null || !url.contains("/repos/")) {
            return null;
        }
        return url.substring(url.indexOf("/repos/") + "/repos/".length());
    }

    static TicketChange.Snapshot snapshot(JsonNode issue, @Nullable String repository) {
        String repo = repository != null ? repository : repositoryOf(issue);
        String number = Tree.required(issue, "the issue number", "number");
        String state = Tree.text(issue, "state");
        return new TicketChange.Snapshot(
                (repo == null ? "" : repo) + "#" + number,
                Tree.text(issue, "html_url"),
                Tree.text(issue, "title"),
                Tree.text(issue, "body"),
                null,
                repo,
                null,
                null,
                state,
                null,
                "closed".equals(state) ? Tree.text(issue, "state_reason") : null,
                Tree.names(issue, "name", "labels"),
                List.of(),
                Tree.person(Tree.at(issue, "user")),
                Tree.names(issue, "login", "assignees"),
                Map.of());
    }
}
