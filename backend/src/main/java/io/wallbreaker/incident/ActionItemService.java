package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Constraints;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Sorting;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Action items of incidents: owner team, due date, status, and which ones are overdue. */
@Singleton
public class ActionItemService {

    static final AuditedType ENTITY = AuditedType.ACTION_ITEM;

    private static final String SELECT = "a.id, a.incident_id, a.title, t.slug, a.due_date, a.status, a.version";
    private static final String FROM = "action_item a JOIN team t ON t.id = a.owner_team_id";

    /** What action-item lists sort by; soonest due first by default, items without a due date last. */
    public static final Sorting.Fields SORT = Sorting.Fields.tieBreak("a.id")
            .add("incidentKey", "a.incident_id")
            .text("title", "a.title")
            .add("ownerTeam", "t.slug")
            .add("dueDate", "a.due_date")
            .ordinal("status", "a.status", ActionItemStatus.class)
            .byDefault("dueDate,asc");

    private final ActionItemRepository items;
    private final JdbcOperations jdbc;
    private final IncidentService incidents;
    private final TeamDirectory teams;
    private final AuditLog audit;
    private final Constraints constraints;
    private final Clock clock;

    ActionItemService(
            ActionItemRepository items,
            JdbcOperations jdbc,
            IncidentService incidents,
            TeamDirectory teams,
            AuditLog audit,
            Constraints constraints,
            Clock clock) {
        this.items = items;
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.teams = teams;
        this.audit = audit;
        this.constraints = constraints;
        this.clock = clock;
    }

    /** Every action item of one incident in the default order (the postmortem export lists them all). */
    @Transactional(readOnly = true)
    public List<ActionItemView> list(long incidentId) {
        incidents.requireExists(incidentId);
        LocalDate today = today();
        return new SqlQuery(SELECT, FROM)
                .where("a.incident_id = ?", incidentId)
                .all(jdbc, SORT.defaultOrder().orderBy(), rs -> view(rs, today));
    }

    /** One page of an incident's action items. */
    @Transactional(readOnly = true)
    public PageOf<ActionItemView> page(long incidentId, Paging paging) {
        incidents.requireExists(incidentId);
        LocalDate today = today();
        return new SqlQuery(SELECT, FROM)
                .where("a.incident_id = ?", incidentId)
                .page(jdbc, paging, rs -> view(rs, today));
    }

    @Transactional(readOnly = true)
    public ActionItemView get(long incidentId, long itemId) {
        LocalDate today = today();
        return new SqlQuery(SELECT, FROM)
                        .where("a.incident_id = ?", incidentId)
                        .where("a.id = ?", itemId)
                        .all(jdbc, "a.id", rs -> view(rs, today))
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> notFound(incidentId, itemId));
    }

    /** Every incident's action items, optionally only the overdue (or not overdue) ones of one owner team. */
    @Transactional(readOnly = true)
    public PageOf<ActionItemView> search(@Nullable Boolean overdue, @Nullable String team, Paging paging) {
        LocalDate today = today();
        SqlQuery query = new SqlQuery(SELECT, FROM);
        if (team != null && !team.isBlank()) {
            query.where(
                    "a.owner_team_id = ?",
                    teams.requireIds("team", List.of(team.trim())).get(team.trim()));
        }
        if (Boolean.TRUE.equals(overdue)) {
            query.where("a.status = 'OPEN' AND a.due_date < ?", today);
        } else if (Boolean.FALSE.equals(overdue)) {
            query.where("(a.status <> 'OPEN' OR a.due_date IS NULL OR a.due_date >= ?)", today);
        }
        return query.page(jdbc, paging, rs -> view(rs, today));
    }

    @Transactional
    public ActionItemView add(long incidentId, ActionItemCreate body, Actor actor) {
        Checked c = check(body, new Validator());
        incidents.requireExists(incidentId);
        Instant now = clock.instant();
        ActionItem saved =
                items.save(new ActionItem(null, incidentId, c.title, c.ownerTeamId, c.dueDate, c.status, 0L, now, now));
        ActionItemView view = get(incidentId, saved.id());
        audit.created(actor, ENTITY, saved.id(), view, TimelineService.parent(incidentId));
        return view;
    }

    @Transactional
    public ActionItemView update(long incidentId, long itemId, ActionItemUpdate body, Actor actor) {
        Validator v = new Validator();
        v.require("version", body.version());
        Checked c = check(body.fields(), v);
        ActionItem current = items.findById(itemId)
                .filter(i -> i.incidentId() == incidentId)
                .orElseThrow(() -> notFound(incidentId, itemId));
        if (current.version() != body.version().longValue()) {
            throw ApiException.staleVersion("Action item " + itemId);
        }
        ActionItemView before = get(incidentId, itemId);
        // The repository's UPDATE also checks the version, which closes the race between this read and the write.
        items.update(new ActionItem(
                itemId,
                incidentId,
                c.title,
                c.ownerTeamId,
                c.dueDate,
                c.status,
                body.version(),
                current.createdAt(),
                clock.instant()));
        ActionItemView after = get(incidentId, itemId);
        audit.updated(actor, ENTITY, itemId, before, after, TimelineService.parent(incidentId));
        return after;
    }

    /** Removes an action item read at {@code version} (else 409); the audit trail keeps what it said. */
    @Transactional
    public void delete(long incidentId, long itemId, @Nullable Long version, Actor actor) {
        if (version == null) {
            throw ApiException.invalid("version", "is required");
        }
        ActionItem current = items.findById(itemId)
                .filter(i -> i.incidentId() == incidentId)
                .orElseThrow(() -> notFound(incidentId, itemId));
        ActionItemView before = get(incidentId, itemId);
        if (current.version() != version.longValue()
                || SqlQuery.update(
                                jdbc, "DELETE FROM action_item WHERE id = ? AND version = ?", List.of(itemId, version))
                        != 1) {
            throw ApiException.staleVersion("Action item " + itemId);
        }
        audit.deleted(actor, ENTITY, itemId, before, TimelineService.parent(incidentId));
    }

    private record Checked(
            String title, Long ownerTeamId, @Nullable LocalDate dueDate, ActionItemStatus status) {}

    private Checked check(ActionItemCreate body, Validator v) {
        constraints.check(v, body, "");
        String title = body.title();
        String ownerTeam = body.ownerTeam();
        String status = body.status();
        LocalDate due = v.date("dueDate", body.dueDate());
        ActionItemStatus parsed =
                status == null ? ActionItemStatus.OPEN : v.enumValue("status", status, ActionItemStatus.class);
        v.throwIfInvalid();
        Long teamId = teams.requireIds("ownerTeam", List.of(ownerTeam.trim())).get(ownerTeam.trim());
        return new Checked(title.trim(), teamId, due, parsed);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static ActionItemView view(ResultSet rs, LocalDate today) throws SQLException {
        long incidentId = rs.getLong("incident_id");
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        ActionItemStatus status = ActionItemStatus.valueOf(rs.getString("status"));
        boolean overdue = status == ActionItemStatus.OPEN && due != null && due.isBefore(today);
        return new ActionItemView(
                rs.getLong("id"),
                incidentId,
                IncidentView.key(incidentId),
                rs.getString("title"),
                rs.getString("slug"),
                due,
                status,
                overdue,
                rs.getLong("version"));
    }

    private static ApiException notFound(long incidentId, long itemId) {
        return ApiException.notFound("Action item " + itemId + " of " + IncidentView.key(incidentId));
    }
}
