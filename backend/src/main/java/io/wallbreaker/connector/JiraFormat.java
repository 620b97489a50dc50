package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Jira Cloud / Data Center / Service Management payloads: webhook deliveries ({@code
 * jira:issue_created}, {@code jira:issue_updated}, {@code jira:issue_deleted}, {@code
 * comment_created}) and search results with {@code expand=changelog} (backfill). Issues are
 * matched by their id, which survives a move to another project (the key does not).
 */
final class JiraFormat {

    static final List<String> EVENTS =
            List.of("jira:issue_created", "jira:issue_updated", "jira:issue_deleted", "comment_created");

    private JiraFormat() {}

    /** The event a webhook body names ({@code webhookEvent}). */
    static @Nullable String event(JsonNode root) {
        return Tree.text(root, "webhookEvent");
    }

    /** The changes one webhook delivery brings; empty for an event that changes nothing we read. */
    static List<ParsedTicket> webhook(JsonNode root, String deliveryKey) {
        String event = event(root);
        JsonNode issue = Tree.at(root, "issue");
        if (issue == null) {
            throw new Tree.Malformed("the issue is missing (issue)");
        }
        String id = Tree.required(issue, "the issue id", "id");
        String key = Tree.required(issue, "the issue key", "key");
        Instant at = timestamp(root);
        List<TicketChange> changes = new ArrayList<>();
        switch (event) {
            case "jira:issue_created" -> {
                Instant created = Tree.time(Tree.text(issue, "fields", "created"), "fields.created");
                changes.add(change(
                        "created",
                        TicketChange.Kind.CREATED,
                        created == null ? at : created,
                        0,
                        snapshot(issue),
                        null,
                        null,
                        event));
            }
            case "jira:issue_updated" -> {
                JsonNode changelog = Tree.at(root, "changelog");
                JsonNode comment = Tree.at(root, "comment");
                if (changelog != null && !Tree.array(changelog, "items").isEmpty()) {
                    String historyId = Tree.text(changelog, "id");
                    changes.add(change(
                            historyId == null ? "d:" + deliveryKey : "h:" + historyId,
                            TicketChange.Kind.CHANGE,
                            at,
                            Tree.ordinal(historyId),
                            snapshot(issue),
                            deltas(Tree.array(changelog, "items")),
                            null,
                            event));
                } else if (comment != null) {
                    changes.add(comment(comment, at, event));
                } else {
                    changes.add(change(
                            "d:" + deliveryKey,
                            TicketChange.Kind.SNAPSHOT,
                            at,
                            Long.MAX_VALUE,
                            snapshot(issue),
                            null,
                            null,
                            event));
                }
            }
            case "jira:issue_deleted" ->
                changes.add(change("deleted", TicketChange.Kind.DELETED, at, Long.MAX_VALUE, null, null, null, event));
            case "comment_created" -> {
                JsonNode comment = Tree.at(root, "comment");
                if (comment == null) {
                    throw new Tree.Malformed("the comment is missing (comment)");
                }
                changes.add(comment(comment, at, event));
            }
            default -> {
                return List.of();
            }
        }
        return List.of(new ParsedTicket(id, null, key, changes, List.of()));
    }

    /**
     * A search result page ({@code /rest/api/2/search} with {@code startAt}/{@code total}, or Cloud's
     * {@code /search/jql} with {@code nextPageToken}), each issue with {@code expand=changelog}. The
     * ticket as created is the current one with every history item undone, newest first.
     */
    static List<ParsedTicket> search(JsonNode root) {
        if (Tree.at(root, "issues") == null || !root.get("issues").isArray()) {
            throw new Tree.Malformed(
                    "a Jira search result has an array 'issues' (GET /rest/api/2/search?jql=…&expand=changelog)");
        }
        List<ParsedTicket> result = new ArrayList<>();
        for (JsonNode issue : Tree.array(root, "issues")) {
            result.add(searchIssue(issue));
        }
        return result;
    }

    private static ParsedTicket searchIssue(JsonNode issue) {
        String id = Tree.required(issue, "the issue id", "id");
        String key = Tree.required(issue, "the issue key", "key");
        List<String> problems = new ArrayList<>();
        TicketChange.Snapshot current = snapshot(issue);
        Instant created = Tree.requiredTime(issue, "fields.created", "fields", "created");
        List<JsonNode> histories = new ArrayList<>(Tree.array(issue, "changelog", "histories"));
        long total = Tree.ordinal(Tree.text(issue, "changelog", "total"));
        if (Tree.at(issue, "changelog") == null) {
            problems.add("no changelog: search with expand=changelog to import its history");
        } else if (total > histories.size()) {
            problems.add("changelog has " + histories.size() + " of " + total
                    + " entries; the rest is at /rest/api/2/issue/" + key + "/changelog");
        }
        Map<JsonNode, Instant> times = new LinkedHashMap<>();
        for (JsonNode h : histories) {
            times.put(h, Tree.requiredTime(h, "changelog.histories[].created", "created"));
        }
        histories.sort(Comparator.comparing((JsonNode h) -> times.get(h))
                .thenComparingLong(h -> Tree.ordinal(Tree.text(h, "id"))));
        // Undo the history, newest first, to find the ticket as it was created.
        TicketState state = new TicketState(TicketState.categoriesOf(
                List.of(change("current", TicketChange.Kind.SNAPSHOT, created, 0, current, null, null, "search"))));
        state.apply(change("current", TicketChange.Kind.SNAPSHOT, created, 0, current, null, null, "search"));
        for (int i = histories.size() - 1; i >= 0; i--) {
            List<TicketChange.Delta> deltas = deltas(Tree.array(histories.get(i), "items"));
            for (int j = deltas.size() - 1; j >= 0; j--) {
                state.applyDelta(undo(deltas.get(j)));
            }
        }
        List<TicketChange> changes = new ArrayList<>();
        changes.add(change("created", TicketChange.Kind.CREATED, created, 0, state.toSnapshot(), null, null, "search"));
        for (JsonNode h : histories) {
            String historyId = Tree.text(h, "id");
            changes.add(change(
                    "h:" + historyId,
                    TicketChange.Kind.CHANGE,
                    times.get(h),
                    Tree.ordinal(historyId),
                    null,
                    deltas(Tree.array(h, "items")),
                    null,
                    "search"));
        }
        for (JsonNode c : Tree.array(issue, "fields", "comment", "comments")) {
            changes.add(comment(c, created, "search"));
        }
        // The ticket as it is now, last: search results give the category of the current status only
        // (past statuses get theirs from webhooks, Jira's defaults, or the mapping's statuses by name).
        Instant updated = Tree.time(Tree.text(issue, "fields", "updated"), "fields.updated");
        if (updated != null) {
            changes.add(change(
                    "s:" + updated.toEpochMilli(),
                    TicketChange.Kind.SNAPSHOT,
                    updated,
                    Long.MAX_VALUE,
                    current,
                    null,
                    null,
                    "search"));
        }
        return new ParsedTicket(id, null, key, changes, problems);
    }

    private static TicketChange.Delta undo(TicketChange.Delta d) {
        return switch (d.field()) {
            case "component+" -> new TicketChange.Delta("component-", d.to(), null);
            case "component-" -> new TicketChange.Delta("component+", null, d.from());
            default -> new TicketChange.Delta(d.field(), d.to(), d.from());
        };
    }

    private static TicketChange comment(JsonNode comment, Instant fallback, String source) {
        String id = Tree.required(comment, "the comment id", "id");
        Instant created = Tree.time(Tree.text(comment, "created"), "comment.created");
        return change(
                "c:" + id,
                TicketChange.Kind.COMMENT,
                created == null ? fallback : created,
                Tree.ordinal(id),
                null,
                null,
                new TicketChange.Comment(id, Tree.person(Tree.at(comment, "author"))),
                source);
    }

    /** The top-level {@code timestamp} (epoch milliseconds) is when the change happened. */
    private static Instant timestamp(JsonNode root) {
        JsonNode ts = Tree.at(root, "timestamp");
        if (ts == null || !ts.isNumber()) {
            throw new Tree.Malformed("the event time is missing (timestamp, epoch milliseconds)");
        }
        return Instant.ofEpochMilli(ts.getLongValue());
    }

    static TicketChange.Snapshot snapshot(JsonNode issue) {
        JsonNode f = Tree.at(issue, "fields");
        String key = Tree.required(issue, "the issue key", "key");
        Map<String, String> custom = new LinkedHashMap<>();
        String requestType = null;
        if (f != null) {
            for (Map.Entry<String, JsonNode> e : f.entries()) {
                if (!e.getKey().startsWith("customfield_")
                        || e.getValue() == null
                        || e.getValue().isNull()) {
                    continue;
                }
                JsonNode v = e.getValue();
                String rt = Tree.text(v, "requestType", "name");
                if (rt != null) {
                    requestType = rt;
                }
                JsonNode single = v.isArray() && v.size() > 0 ? v.get(0) : v;
                String value = single.isValueNode()
                        ? single.coerceStringValue()
                        : Tree.text(single, "value") != null ? Tree.text(single, "value") : Tree.text(single, "name");
                if (value != null) {
                    custom.put(e.getKey(), value);
                }
            }
        }
        JsonNode description = Tree.at(f, "description");
        return new TicketChange.Snapshot(
                key,
                browseUrl(Tree.text(issue, "self"), key),
                Tree.text(f, "summary"),
                description != null && description.isString() ? Tree.text(f, "description") : null,
                Tree.text(f, "project", "key"),
                null,
                Tree.text(f, "issuetype", "name"),
                requestType,
                Tree.text(f, "status", "name"),
                Tree.text(f, "status", "statusCategory", "key"),
                Tree.text(f, "resolution", "name"),
                Tree.names(f, "name", "labels"),
                Tree.names(f, "name", "components"),
                Tree.person(Tree.at(f, "reporter")),
                Tree.person(Tree.at(f, "assignee")),
                custom);
    }

    /** {@code https://acme.atlassian.net/rest/api/2/10482} → {@code https://acme.atlassian.net/browse/OPS-1234}. */
    private static @Nullable String browseUrl(@Nullable String self, String key) {
        if (self == null) {
            return null;
        }
        int rest = self.indexOf("/rest/api/");
        return rest < 0 ? null : self.substring(0, rest) + "/browse/" + key;
    }

    /** Changelog items → deltas; fields nothing here reads (priority, description…) are left out. */
    static List<TicketChange.Delta> deltas(List<JsonNode> items) {
        List<TicketChange.Delta> result = new ArrayList<>();
        for (JsonNode item : items) {
            String field = Tree.text(item, "field");
            String fieldId = Tree.text(item, "fieldId");
            String from = Tree.text(item, "fromString");
            String to = Tree.text(item, "toString");
            if (field == null) {
                continue;
            }
            switch (field.toLowerCase(java.util.Locale.ROOT)) {
                case "status" -> result.add(new TicketChange.Delta("status", from, to));
                case "resolution" -> result.add(new TicketChange.Delta("resolution", from, to));
                case "labels" -> result.add(new TicketChange.Delta("labels", from, to));
                case "key" -> result.add(new TicketChange.Delta("key", from, to));
                case "summary" -> result.add(new TicketChange.Delta("title", from, to));
                case "issuetype" -> result.add(new TicketChange.Delta("issueType", from, to));
                case "assignee", "reporter" ->
                    result.add(new TicketChange.Delta(
                            field.toLowerCase(java.util.Locale.ROOT),
                            firstNonNull(Tree.text(item, "tmpFromAccountId"), Tree.text(item, "from")),
                            firstNonNull(Tree.text(item, "tmpToAccountId"), Tree.text(item, "to"))));
                case "component" -> {
                    if (to != null) {
                        result.add(new TicketChange.Delta("component+", null, to));
                    } else if (from != null) {
                        result.add(new TicketChange.Delta("component-", from, null));
                    }
                }
                default -> {
                    String id = fieldId != null && fieldId.startsWith("customfield_") ? fieldId : null;
                    if (id != null) {
                        result.add(new TicketChange.Delta(id, from, to));
                    }
                }
            }
        }
        return result;
    }

    private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    private static TicketChange change(
            String key,
            TicketChange.Kind kind,
            Instant at,
            long ord,
            @Nullable TicketChange.Snapshot snapshot,
            @Nullable List<TicketChange.Delta> deltas,
            @Nullable TicketChange.Comment comment,
            String source) {
        return new TicketChange(key, kind, at, ord, snapshot, deltas, comment, source);
    }
}
