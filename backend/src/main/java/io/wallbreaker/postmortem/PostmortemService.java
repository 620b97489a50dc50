package io.wallbreaker.postmortem;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Problem;
import io.wallbreaker.common.Readable;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.Validator;
import io.wallbreaker.common.markdown.MarkdownRenderer;
import io.wallbreaker.incident.ActionItemService;
import io.wallbreaker.incident.ActionItemStatus;
import io.wallbreaker.incident.ActionItemView;
import io.wallbreaker.incident.ContributingFactorView;
import io.wallbreaker.incident.ContributingFactors;
import io.wallbreaker.incident.IncidentService;
import io.wallbreaker.incident.IncidentView;
import io.wallbreaker.incident.TimelineEntryView;
import io.wallbreaker.incident.TimelineService;
import io.wallbreaker.notify.Notices;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Postmortems: template, optimistic saves, sanitised rendering, the Markdown export and the blameless check. */
@Singleton
public class PostmortemService {

    static final AuditedType ENTITY = AuditedType.POSTMORTEM;
    static final int MAX_MARKDOWN = 200_000;

    /** Where a new postmortem starts: the sections of a blameless review, each with a prompt. */
    static final String TEMPLATE = """
            ## Summary

            _What happened, in two or three sentences, and what people using the service saw._

            ## Impact

            _Who and what was affected, for how long, and how we know._

            ## Timeline

            _The key moments in UTC. The incident's timeline entries are included in the export._

            ## Contributing factors

            _The conditions that made this possible: systems, access, information, hand-offs. \
            Ask how each decision made sense at the time._

            ## What went well

            ## What went wrong

            _Gaps in systems and processes rather than in people._

            ## Where we got lucky

            ## Action items

            _Recorded as action items on the incident, each with an owner team and a due date._
            """;

    /** The seed story's postmortem (the data-corruption race condition), for the demo loader. */
    public static final String STORY_RESOURCE = "demo/postmortem-data-corruption.md";

    /** The date of the story's log excerpt; the demo loader moves it to the incident's own days. */
    public static final String STORY_LOG_DATE = "2026-01-14";

    /**
     * What the audit trail keeps of a save: the Markdown as written, the status (HTML is derived) and
     * how many blameless findings the publisher acknowledged.
     */
    @Introspected
    record Audited(
            String markdown,
            PostmortemStatus status,
            @Nullable Integer acknowledgedFindings) {}

    private static Audited audited(Postmortem p) {
        return new Audited(p.markdown(), p.status(), p.findingsAcknowledged());
    }

    private static AuditLog.Parent parent(long incidentId) {
        return new AuditLog.Parent(AuditedType.INCIDENT, incidentId);
    }

    /** The acknowledgement a save records: nothing unless it is published with open findings. */
    private record Acknowledged(
            @Nullable Integer count,
            @Nullable String by,
            @Nullable Instant at) {}

    /**
     * Publishing with open blameless findings needs {@code acknowledgeFindings: true}; without it the
     * save is refused (400 naming {@code acknowledgeFindings}, the findings listed in the problem).
     */
    private Acknowledged acknowledged(PostmortemSave body, PostmortemStatus status, Actor actor, Instant now) {
        if (status != PostmortemStatus.PUBLISHED) {
            return new Acknowledged(null, null, null);
        }
        List<CheckResult.FindingView> findings = check(body.markdown()).findings();
        if (findings.isEmpty()) {
            return new Acknowledged(null, null, null);
        }
        if (!Boolean.TRUE.equals(body.acknowledgeFindings())) {
            String detail = findings.size() == 1
                    ? "The blameless check has 1 open finding"
                    : "The blameless check has " + findings.size() + " open findings";
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "Blameless findings not acknowledged",
                    detail + ": reword them, or publish with acknowledgeFindings: true (recorded).",
                    List.of(new Problem.FieldError(
                            "acknowledgeFindings",
                            "must be true to publish with " + findings.size() + " open findings")),
                    Map.of("findings", findings));
        }
        return new Acknowledged(findings.size(), actor.name(), now);
    }

    private final PostmortemRepository postmortems;
    private final IncidentService incidents;
    private final TimelineService timeline;
    private final ActionItemService actionItems;
    private final ContributingFactors factors;
    private final TeamDirectory teams;
    private final AuditLog audit;
    private final Notices notices;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final BlamelessChecker checker = BlamelessChecker.fromClasspath();

    PostmortemService(
            PostmortemRepository postmortems,
            IncidentService incidents,
            TimelineService timeline,
            ActionItemService actionItems,
            ContributingFactors factors,
            TeamDirectory teams,
            AuditLog audit,
            Notices notices,
            JdbcOperations jdbc,
            Clock clock) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.timeline = timeline;
        this.actionItems = actionItems;
        this.factors = factors;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PostmortemView get(long incidentId) {
        incidents.requireExists(incidentId);
        return postmortems
                .findById(incidentId)
                .map(this::view)
                .orElseGet(() -> new PostmortemView(
                        incidentId,
                        TEMPLATE,
                        renderer.render(TEMPLATE),
                        PostmortemStatus.DRAFT,
                        null,
                        null,
                        null,
                        null));
    }

    /** Saves the postmortem; the first save carries version null, every later one the version it was read at. */
    @Transactional
    public PostmortemView save(long incidentId, PostmortemSave body, Actor actor) {
        Validator v = new Validator();
        if (body.markdown() == null) {
            v.add("markdown", "is required");
        }
        v.maxLength("markdown", body.markdown(), MAX_MARKDOWN);
        PostmortemStatus status = v.enumValue("status", body.status(), PostmortemStatus.class);
        v.throwIfInvalid();
        incidents.requireExists(incidentId);
        Optional<Postmortem> current = postmortems.findById(incidentId);
        String what = "The postmortem of " + IncidentView.key(incidentId);
        Instant now = clock.instant();
        Acknowledged ack = acknowledged(body, status, actor, now);
        if (body.version() == null) {
            if (current.isPresent()) {
                throw ApiException.staleVersion(what);
            }
            Postmortem saved;
            try {
                saved = postmortems.save(new Postmortem(
                        incidentId, body.markdown(), status, 0L, now, actor.name(), ack.count, ack.by, ack.at));
            } catch (DataAccessException e) {
                // Two first saves raced and the other one's INSERT won the primary key.
                throw ApiException.staleVersion(what);
            }
            audit.created(actor, ENTITY, incidentId, audited(saved), parent(incidentId));
            if (saved.status() == PostmortemStatus.PUBLISHED) {
                notices.postmortemPublished(incidentId, now);
            }
            return view(saved);
        }
        Postmortem before = current.orElseThrow(() -> ApiException.staleVersion(what));
        if (before.version() != body.version().longValue()) {
            throw ApiException.staleVersion(what);
        }
        // The repository's UPDATE also checks the version, which closes the race between this read and the write.
        Postmortem saved = postmortems.update(new Postmortem(
                incidentId, body.markdown(), status, body.version(), now, actor.name(), ack.count, ack.by, ack.at));
        audit.updated(actor, ENTITY, incidentId, audited(before), audited(saved), parent(incidentId));
        if (saved.status() == PostmortemStatus.PUBLISHED && before.status() != PostmortemStatus.PUBLISHED) {
            notices.postmortemPublished(incidentId, now);
        }
        return view(saved);
    }

    @Transactional(readOnly = true)
    public CheckResult check(@Nullable String markdown) {
        requireMarkdown(markdown);
        return new CheckResult(checker.check(markdown, personNames()).stream()
                .map(f -> new CheckResult.FindingView(f.line(), f.column(), f.phrase(), f.reason(), f.suggestion()))
                .toList());
    }

    /** The users' display names and logins: the blameless check flags them as the subject of a failure. */
    private List<String> personNames() {
        List<String> names = new ArrayList<>();
        SqlQuery.forEach(jdbc, "SELECT login, display_name FROM app_user", List.of(), rs -> {
            names.add(rs.getString(1));
            names.add(rs.getString(2));
        });
        return names;
    }

    public String preview(@Nullable String markdown) {
        requireMarkdown(markdown);
        return renderer.render(markdown);
    }

    /** One Markdown document: title, facts, timeline, action items, then the postmortem body. */
    @Transactional(readOnly = true)
    public String export(long incidentId) {
        IncidentView i = incidents.get(incidentId);
        PostmortemView pm = get(incidentId);
        List<TimelineEntryView> entries = timeline.list(incidentId);
        List<ActionItemView> items = actionItems.list(incidentId);
        Map<String, String> labels = factors.all().stream()
                .collect(Collectors.toMap(ContributingFactorView::code, ContributingFactorView::label));
        StringBuilder md = new StringBuilder();
        md.append("# ")
                .append(i.key())
                .append(": ")
                .append(oneLine(i.facts().title()))
                .append("\n\n");
        md.append("## Facts\n\n");
        Set<String> slugs = new HashSet<>(i.teams());
        items.forEach(a -> slugs.add(a.ownerTeam()));
        Map<String, String> teamNames = teams.namesBySlug(slugs);
        fact(md, "Severity", i.facts().severity().name());
        fact(md, "Status", words(i.facts().status().name()));
        fact(
                md,
                "Postmortem",
                pm.version() == null ? "not written yet" : words(pm.status().name()));
        fact(md, "Started", text(i.facts().startedAt()));
        fact(md, "Detected", text(i.facts().detectedAt()));
        fact(md, "Root cause identified", text(i.facts().rootCauseAt()));
        fact(md, "Mitigated", text(i.facts().mitigatedAt()));
        fact(md, "Resolved", text(i.facts().resolvedAt()));
        fact(md, "Time to detect", duration(i.timeToDetectSeconds()));
        fact(md, "Time to root cause", duration(i.timeToRootCauseSeconds()));
        fact(md, "Time to resolve", duration(i.timeToResolveSeconds()));
        fact(
                md,
                "Wall time",
                i.wallTimeSeconds() == 0
                        ? "none"
                        : duration(i.wallTimeSeconds()) + " (" + Math.round(i.wallShare() * 100)
                                + "% of the incident)");
        fact(
                md,
                "Teams",
                list(i.teams().stream()
                        .map(slug -> teamNames.getOrDefault(slug, slug))
                        .toList()));
        fact(md, "Services", list(i.services()));
        fact(
                md,
                "Contributing factors",
                list(i.contributingFactors().stream()
                        .map(code -> labels.getOrDefault(code, code))
                        .toList()));
        fact(md, "Tags", list(i.tags()));
        if (i.facts().summary() != null) {
            md.append("\n").append(i.facts().summary().strip()).append("\n");
        }
        md.append("\n## Timeline\n\n");
        if (entries.isEmpty()) {
            md.append("_No timeline entries._\n");
        }
        for (TimelineEntryView e : entries) {
            md.append("- ")
                    .append(text(e.at()))
                    .append(" · ")
                    .append(words(e.kind().name()))
                    .append(" · ")
                    .append(oneLine(e.text()))
                    .append(" _(recorded by ")
                    .append(oneLine(e.recordedBy()))
                    .append(")_\n");
        }
        md.append("\n## Action items\n\n");
        if (items.isEmpty()) {
            md.append("_No action items._\n");
        }
        for (ActionItemView a : items) {
            md.append("- [")
                    .append(a.status() == ActionItemStatus.DONE ? "x" : " ")
                    .append("] ")
                    .append(oneLine(a.title()))
                    .append(" — ")
                    .append(teamNames.getOrDefault(a.ownerTeam(), a.ownerTeam()))
                    .append(a.dueDate() == null ? "" : ", due " + a.dueDate())
                    .append(" (")
                    .append(words(a.status().name()))
                    .append(a.overdue() ? ", overdue" : "")
                    .append(")\n");
        }
        md.append("\n---\n\n").append(pm.markdown().strip()).append("\n");
        return md.toString();
    }

    /** The Markdown of {@link #STORY_RESOURCE}. */
    public static String storyMarkdown() {
        try (InputStream in = PostmortemService.class.getClassLoader().getResourceAsStream(STORY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STORY_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PostmortemView view(Postmortem p) {
        return new PostmortemView(
                p.incidentId(),
                p.markdown(),
                renderer.render(p.markdown()),
                p.status(),
                p.version(),
                p.updatedAt(),
                p.updatedBy(),
                p.findingsAcknowledged() == null
                        ? null
                        : new PostmortemView.Acknowledgement(
                                p.findingsAcknowledged(), p.findingsAcknowledgedBy(), p.findingsAcknowledgedAt()));
    }

    private static void requireMarkdown(@Nullable String markdown) {
        Validator v = new Validator();
        if (markdown == null) {
            v.add("markdown", "is required");
        }
        v.maxLength("markdown", markdown, MAX_MARKDOWN);
        v.throwIfInvalid();
    }

    private static void fact(StringBuilder md, String name, String value) {
        md.append("- **").append(name).append(":** ").append(value).append("\n");
    }

    /** "2026-03-02 09:30 UTC": the export is read by people, often in another time zone. */
    private static String text(@Nullable Instant instant) {
        return instant == null ? "—" : Readable.instant(instant);
    }

    /** An enum constant as people write it: POSTMORTEM_PUBLISHED → "Postmortem published". */
    static String words(String constant) {
        String lower = Readable.words(constant);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String list(List<String> values) {
        return values.isEmpty()
                ? "—"
                : values.stream().map(PostmortemService::oneLine).collect(Collectors.joining(", "));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** "21d 4h (1828800 s)": readable, with the exact figure for anyone recomputing it. */
    static String duration(@Nullable Long seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = seconds;
        long days = s / 86_400;
        long hours = s % 86_400 / 3_600;
        long minutes = s % 3_600 / 60;
        String readable;
        if (days > 0) {
            readable = days + "d " + hours + "h";
        } else if (hours > 0) {
            readable = hours + "h " + minutes + "m";
        } else if (minutes > 0) {
            readable = minutes + "m " + s % 60 + "s";
        } else {
            readable = s + "s";
        }
        return readable + " (" + s + " s)";
    }
}
