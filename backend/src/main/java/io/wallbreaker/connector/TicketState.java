package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A ticket's fields as of some change: the changes before it folded in time order. */
final class TicketState {

    /** Jira's default status categories by status name, for changelog items that carry only the name. */
    private static final Map<String, String> KNOWN_CATEGORIES = known();

    @Nullable
    String key;

    @Nullable
    String url;

    @Nullable
    String title;

    @Nullable
    String description;

    @Nullable
    String project;

    @Nullable
    String repository;

    @Nullable
    String issueType;

    @Nullable
    String requestType;

    @Nullable
    String status;

    @Nullable
    String statusCategory;

    @Nullable
    String resolution;

    Set<String> labels = new LinkedHashSet<>();
    List<String> components = new ArrayList<>();
    List<String> reporter = List.of();
    List<String> assignee = List.of();
    Map<String, String> fields = new HashMap<>();

    @Nullable
    Instant createdAt;

    boolean deleted;

    /** Status name (lower case) → category, learnt from the snapshots of the ticket. */
    private final Map<String, String> categories;

    TicketState(Map<String, String> learntCategories) {
        this.categories = learntCategories;
    }

    /** What every snapshot among {@code changes} says about status categories, over Jira's defaults. */
    static Map<String, String> categoriesOf(List<TicketChange> changes) {
        Map<String, String> result = new HashMap<>(KNOWN_CATEGORIES);
        for (TicketChange c : changes) {
            TicketChange.Snapshot s = c.snapshot();
            if (s != null && s.status() != null && s.statusCategory() != null) {
                result.put(ConnectorMapping.lower(s.status()), s.statusCategory());
            }
        }
        return result;
    }

    void apply(TicketChange change) {
        if (change.kind() == TicketChange.Kind.CREATED && createdAt == null) {
            createdAt = change.at();
        }
        if (change.deltas() != null) {
            change.deltas().forEach(this::applyDelta);
        }
        if (change.snapshot() != null) {
            apply(change.snapshot());
        }
        if (change.kind() == TicketChange.Kind.DELETED) {
            deleted = true;
        }
    }

    private void apply(TicketChange.Snapshot s) {
        key = s.ticketKey();
        url = s.url() != null ? s.url() : url;
        title = s.title();
        description = s.description();
        project = s.project();
        repository = s.repository();
        issueType = s.issueType();
        requestType = s.requestType();
        status = s.status();
        statusCategory = s.statusCategory() != null ? s.statusCategory() : categoryOf(s.status());
        resolution = s.resolution();
        labels = new LinkedHashSet<>(s.labels());
        components = new ArrayList<>(s.components());
        reporter = s.reporter();
        assignee = s.assignee();
        fields = new HashMap<>(s.fields());
    }

    void applyDelta(TicketChange.Delta d) {
        String to = d.to();
        switch (d.field()) {
            case "status" -> {
                status = to;
                statusCategory = categoryOf(to);
            }
            case "state" -> {
                // GitHub: open / closed; a reopened issue has no resolution any more.
                status = to;
                statusCategory = "closed".equals(to) ? "done" : "new";
                if (!"closed".equals(to)) {
                    resolution = null;
                }
            }
            case "resolution" -> resolution = to;
            case "labels" -> labels = new LinkedHashSet<>(split(to));
            case "label+" -> {
                if (to != null) {
                    labels.add(to);
                }
            }
            case "label-" -> labels.remove(d.from());
            case "key" -> {
                key = to;
                if (to != null && to.indexOf('-') > 0) {
                    project = to.substring(0, to.indexOf('-'));
                }
            }
            case "assignee" -> assignee = to == null ? List.of() : List.of(to);
            case "assignee+" -> {
                List<String> more = new ArrayList<>(assignee);
                if (to != null && !more.contains(to)) {
                    more.add(to);
                }
                assignee = List.copyOf(more);
            }
            case "assignee-" ->
                assignee = assignee.stream().filter(a -> !a.equals(d.from())).toList();
            case "reporter" -> reporter = to == null ? List.of() : List.of(to);
            case "component+" -> {
                if (to != null) {
                    components.add(to);
                }
            }
            case "component-" -> components.remove(d.from());
            case "title" -> title = to;
            case "issueType" -> issueType = to;
            case "url" -> url = to;
            case "repository" -> repository = to;
            default -> {
                if (to == null) {
                    fields.remove(d.field());
                } else {
                    fields.put(d.field(), to);
                }
            }
        }
    }

    /** The state as a snapshot (the ticket as created, when the history has been undone). */
    TicketChange.Snapshot toSnapshot() {
        return new TicketChange.Snapshot(
                key == null ? "" : key,
                url,
                title,
                description,
                project,
                repository,
                issueType,
                requestType,
                status,
                statusCategory,
                resolution,
                List.copyOf(labels),
                List.copyOf(components),
                reporter,
                assignee,
                Map.copyOf(fields));
    }

    private @Nullable String categoryOf(@Nullable String statusName) {
        return statusName == null ? null : categories.get(ConnectorMapping.lower(statusName));
    }

    static List<String> split(@Nullable String labels) {
        return labels == null || labels.isBlank()
                ? List.of()
                : Arrays.stream(labels.trim().split("\\s+")).toList();
    }

    private static Map<String, String> known() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of(
                "to do",
                "open",
                "backlog",
                "new",
                "selected for development",
                "reopened",
                "waiting for support",
                "waiting for triage")) {
            m.put(s, "new");
        }
        for (String s : List.of(
                "in progress",
                "in review",
                "waiting for customer",
                "waiting for reporter",
                "pending",
                "escalated",
                "work in progress",
                "waiting for approval")) {
            m.put(s, "indeterminate");
        }
        for (String s :
                List.of("done", "closed", "resolved", "canceled", "cancelled", "declined", "won't do", "completed")) {
            m.put(s, "done");
        }
        m.put("closed", "done");
        return m;
    }
}
