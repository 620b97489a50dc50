package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Constraints;
import io.wallbreaker.common.Durations;
import io.wallbreaker.common.ListCounts;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.TimeParams;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Incident rules: required fields, the timestamp order rule, controlled factors, optimistic locking, audit. */
@Singleton
public class IncidentService {

    static final AuditedType ENTITY = AuditedType.INCIDENT;
    /** Teams, services, tags and factors of one incident: a list, not a dump. */
    static final int MAX_LIST_ENTRIES = 100;

    private final IncidentRepository incidents;
    private final JdbcOperations jdbc;
    private final TeamDirectory teams;
    private final ContributingFactors factors;
    private final IncidentWallTime wallTime;
    private final IncidentPostmortems postmortems;
    private final AuditLog audit;
    private final Constraints constraints;
    private final ListCounts counts;
    private final Clock clock;
    private final Sorting.Fields sortFields;

    IncidentService(
            IncidentRepository incidents,
            JdbcOperations jdbc,
            TeamDirectory teams,
            ContributingFactors factors,
            IncidentWallTime wallTime,
            IncidentPostmortems postmortems,
            AuditLog audit,
            Constraints constraints,
            ListCounts counts,
            Clock clock) {
        this.counts = counts;
        this.incidents = incidents;
        this.jdbc = jdbc;
        this.teams = teams;
        this.factors = factors;
        this.wallTime = wallTime;
        this.postmortems = postmortems;
        this.audit = audit;
        this.constraints = constraints;
        this.clock = clock;
        this.sortFields = Sorting.Fields.tieBreak("i.id")
                .required("key", "i.id")
                .text("title", "i.title")
                .ordinal("severity", "i.severity", Severity.class)
                .ordinal("status", "i.status", IncidentStatus.class)
                .add("startedAt", "i.started_at")
                .required("detectedAt", "i.detected_at")
                .add("resolvedAt", "i.resolved_at")
                .add("timeToResolveSeconds", "(i.resolved_at - i.detected_at)")
                .add("postmortemStatus", postmortems.statusOrder())
                .byDefault("detectedAt,desc");
    }

    /** What {@code GET /api/incidents} sorts by (the postmortem state comes from the postmortem feature). */
    public Sorting.Fields sortFields() {
        return sortFields;
    }

    /** Query-string filters of {@code GET /api/incidents}; every one optional. */
    public record Filter(
            @Nullable String status,
            @Nullable String severity,
            @Nullable String team,
            @Nullable String tag,
            @Nullable String factor,
            @Nullable String q,
            @Nullable String from,
            @Nullable String to) {}

    @Transactional(readOnly = true)
    public PageOf<IncidentView> list(Filter filter, Paging paging) {
        Validator v = new Validator();
        IncidentStatus status =
                filter.status() == null ? null : v.enumValue("status", filter.status(), IncidentStatus.class);
        Severity severity =
                filter.severity() == null ? null : v.enumValue("severity", filter.severity(), Severity.class);
        v.throwIfInvalid();
        TimeParams.Range range = TimeParams.range("from", filter.from(), "to", filter.to());
        Long teamId = blank(filter.team())
                ? null
                : teams.requireIds("team", List.of(filter.team().trim()))
                        .get(filter.team().trim());
        SqlQuery query = new SqlQuery("i.id", "incident i")
                .where("i.status = ?", status)
                .where("i.severity = ?", severity)
                .where("EXISTS (SELECT 1 FROM incident_team x WHERE x.incident_id = i.id AND x.team_id = ?)", teamId)
                .where(
                        "EXISTS (SELECT 1 FROM incident_tag x WHERE x.incident_id = i.id AND x.tag = ?)",
                        blank(filter.tag()) ? null : filter.tag().trim().toLowerCase(Locale.ROOT))
                .where(
                        "EXISTS (SELECT 1 FROM incident_factor x WHERE x.incident_id = i.id AND x.factor_code = ?)",
                        blank(filter.factor()) ? null : filter.factor().trim())
                .where("i.detected_at >= ?", range.from())
                .where("i.detected_at < ?", range.to());
        if (!blank(filter.q())) {
            String like = SqlQuery.containsPattern(filter.q().trim());
            query.where("(LOWER(i.title) LIKE ? ESCAPE '\\' OR " + postmortems.textMatches() + ")", like, like);
        }
        PageOf<Long> ids = query.page(jdbc, paging, rs -> rs.getLong(1), counts);
        Map<Long, IncidentView> views =
                views(ids.items()).stream().collect(Collectors.toMap(IncidentView::id, Function.identity()));
        return ids.map(views::get);
    }

    @Transactional(readOnly = true)
    public IncidentView get(long id) {
        return views(List.of(find(id).id())).get(0);
    }

    /** Fails with 404 unless the incident exists; used by the features that hang off an incident. */
    @Transactional(readOnly = true)
    public void requireExists(long id) {
        if (!incidents.existsById(id)) {
            throw notFound(id);
        }
    }

    @Transactional
    public IncidentView create(IncidentCreate body, Actor actor) {
        Checked c = check(body);
        Instant now = clock.instant();
        Incident saved = incidents.save(new Incident(null, c.facts(), 0L, now, now));
        writeChildren(saved.id(), c);
        IncidentView view = get(saved.id());
        audit.created(actor, ENTITY, saved.id(), view);
        return view;
    }

    @Transactional
    public IncidentView update(long id, IncidentUpdate body, Actor actor) {
        Validator versionCheck = new Validator();
        versionCheck.require("version", body.version());
        Checked c = check(body.fields(), versionCheck);
        Incident current = find(id);
        if (current.version() != body.version().longValue()) {
            throw ApiException.staleVersion(IncidentView.key(id));
        }
        IncidentView before = get(id);
        // The repository's UPDATE also checks the version, which closes the race between this read and the write.
        incidents.update(new Incident(id, c.facts(), body.version(), current.createdAt(), clock.instant()));
        for (String table : List.of("incident_team", "incident_service", "incident_tag", "incident_factor")) {
            SqlQuery.update(jdbc, "DELETE FROM " + table + " WHERE incident_id = ?", List.of(id));
        }
        writeChildren(id, c);
        IncidentView after = get(id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** A create body after validation: parsed, trimmed, de-duplicated. */
    private record Checked(
            IncidentFacts facts,
            Collection<Long> teamIds,
            List<String> services,
            List<String> tags,
            List<String> factors) {}

    private Checked check(IncidentCreate body) {
        return check(body, new Validator());
    }

    private Checked check(IncidentCreate body, Validator v) {
        Instant now = clock.instant();
        constraints.check(v, body, "");
        Severity severity = v.enumValue("severity", body.severity(), Severity.class);
        IncidentStatus status = v.enumValue("status", body.status(), IncidentStatus.class);
        Instant started = v.happenedAt("startedAt", body.startedAt(), true, now);
        Instant detected = v.happenedAt("detectedAt", body.detectedAt(), true, now);
        Instant rootCause = v.happenedAt("rootCauseAt", body.rootCauseAt(), false, now);
        Instant mitigated = v.happenedAt("mitigatedAt", body.mitigatedAt(), false, now);
        Instant resolved = v.happenedAt("resolvedAt", body.resolvedAt(), false, now);
        // Order rule (docs/METRICS.md): started ≤ detected ≤ resolved; root cause and mitigation not before detection.
        if (started != null && detected != null && detected.isBefore(started)) {
            v.add("detectedAt", "must not be before startedAt");
        }
        if (detected != null) {
            notBefore(v, "rootCauseAt", rootCause, detected);
            notBefore(v, "mitigatedAt", mitigated, detected);
            notBefore(v, "resolvedAt", resolved, detected);
        }
        List<String> services = cleaned(v, "services", body.services(), 200, false);
        List<String> tags = cleaned(v, "tags", body.tags(), 100, true);
        List<String> factorCodes = cleaned(v, "contributingFactors", body.contributingFactors(), 40, true);
        factors.check(v, "contributingFactors", factorCodes);
        List<String> teamSlugs = cleaned(v, "teams", body.teams(), 40, false);
        v.throwIfInvalid();
        Map<String, Long> teamIds = teams.requireIds("teams", teamSlugs);
        IncidentFacts facts = new IncidentFacts(
                body.title().trim(),
                severity,
                status,
                started,
                detected,
                rootCause,
                mitigated,
                resolved,
                blank(body.summary()) ? null : body.summary());
        return new Checked(facts, teamIds.values(), services, tags, factorCodes);
    }

    private static void notBefore(Validator v, String field, @Nullable Instant value, Instant detected) {
        if (value != null && value.isBefore(detected)) {
            v.add(field, "must not be before detectedAt");
        }
    }

    private static List<String> cleaned(
            Validator v, String field, @Nullable List<String> values, int maxLength, boolean lowerCase) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_LIST_ENTRIES) {
            v.add(field, "must have at most " + MAX_LIST_ENTRIES + " entries");
            return List.of();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String value : values) {
            if (blank(value)) {
                v.add(field, "must not contain blank entries");
                continue;
            }
            String trimmed = value.trim();
            if (trimmed.length() > maxLength) {
                v.add(field, "entries must be at most " + maxLength + " characters");
                continue;
            }
            result.add(lowerCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed);
        }
        return List.copyOf(result);
    }

    private void writeChildren(long id, Checked c) {
        for (Long teamId : c.teamIds()) {
            SqlQuery.update(
                    jdbc, "INSERT INTO incident_team (incident_id, team_id) VALUES (?, ?)", List.of(id, teamId));
        }
        for (String service : c.services()) {
            SqlQuery.update(
                    jdbc, "INSERT INTO incident_service (incident_id, service) VALUES (?, ?)", List.of(id, service));
        }
        for (String tag : c.tags()) {
            SqlQuery.update(jdbc, "INSERT INTO incident_tag (incident_id, tag) VALUES (?, ?)", List.of(id, tag));
        }
        for (String factor : c.factors()) {
            SqlQuery.update(
                    jdbc, "INSERT INTO incident_factor (incident_id, factor_code) VALUES (?, ?)", List.of(id, factor));
        }
    }

    /** Views of the given incidents, in the given order, with their child lists loaded in one query each. */
    private List<IncidentView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Incident> rows =
                incidents.findByIdIn(ids).stream().collect(Collectors.toMap(Incident::id, Function.identity()));
        String in = ids.stream().map(x -> "?").collect(Collectors.joining(", "));
        // Teams, services, tags and factors in one round trip: a list page costs the same few queries at any size.
        List<Object> params = new ArrayList<>();
        for (int part = 0; part < 4; part++) {
            params.addAll(ids);
        }
        List<Map<Long, List<String>>> parts =
                List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        SqlQuery.forEach(
                jdbc,
                "SELECT 0 AS part, x.incident_id, t.slug AS item, 0 AS pos FROM incident_team x "
                        + "JOIN team t ON t.id = x.team_id WHERE x.incident_id IN (" + in + ") "
                        + "UNION ALL SELECT 1, incident_id, service, 0 FROM incident_service WHERE incident_id IN ("
                        + in + ") "
                        + "UNION ALL SELECT 2, incident_id, tag, 0 FROM incident_tag WHERE incident_id IN (" + in + ") "
                        + "UNION ALL SELECT 3, x.incident_id, x.factor_code, f.sort_order FROM incident_factor x "
                        + "JOIN contributing_factor f ON f.code = x.factor_code WHERE x.incident_id IN (" + in + ") "
                        + "ORDER BY part, pos, item",
                params,
                rs -> parts.get(rs.getInt(1))
                        .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(rs.getString(3)));
        Map<Long, List<String>> teamSlugs = parts.get(0);
        Map<Long, List<String>> services = parts.get(1);
        Map<Long, List<String>> tags = parts.get(2);
        Map<Long, List<String>> factorCodes = parts.get(3);
        Map<Long, String> postmortemStatus = postmortems.statuses(ids);
        Map<Long, IncidentWallTime.WallTime> walls = wallTime.of(rows.values().stream()
                .map(i -> new IncidentWallTime.Span(
                        i.id(), i.facts().detectedAt(), i.facts().resolvedAt()))
                .toList());
        List<IncidentView> result = new ArrayList<>();
        for (Long id : ids) {
            Incident i = rows.get(id);
            IncidentFacts f = i.facts();
            IncidentWallTime.WallTime wall = walls.get(id);
            result.add(new IncidentView(
                    id,
                    IncidentView.key(id),
                    f,
                    teamSlugs.getOrDefault(id, List.of()),
                    services.getOrDefault(id, List.of()),
                    tags.getOrDefault(id, List.of()),
                    factorCodes.getOrDefault(id, List.of()),
                    postmortemStatus.get(id),
                    i.version(),
                    i.createdAt(),
                    i.updatedAt(),
                    Durations.between(f.startedAt(), f.detectedAt()),
                    Durations.between(f.detectedAt(), f.rootCauseAt()),
                    Durations.between(f.detectedAt(), f.resolvedAt()),
                    wall.wallTimeSeconds(),
                    wall.wallShare()));
        }
        return result;
    }

    private Incident find(long id) {
        return incidents.findById(id).orElseThrow(() -> notFound(id));
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("Incident " + IncidentView.key(id));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
