package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.Validator;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog of known systems: imported from Backstage catalog files or CSV (idempotent by entity
 * ref), or added from a candidate triaged as known. An import adds and updates; it never deletes
 * (catalogs come from many repositories, one file at a time).
 */
@Singleton
public class Catalog {

    static final AuditedType ENTITY = AuditedType.KNOWN_SYSTEM;

    private final JdbcOperations jdbc;
    private final Candidates candidates;
    private final AuditLog audit;
    private final Clock clock;

    Catalog(JdbcOperations jdbc, Candidates candidates, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.audit = audit;
        this.clock = clock;
    }

    private record Stored(
            long id,
            String kind,
            String name,
            @Nullable String title,
            @Nullable String specType,
            @Nullable String owner,
            @Nullable Long ownerTeamId,
            Set<Identifier> ids) {}

    @Transactional
    public DiscoveryViews.CatalogReport importEntities(CatalogParser.Parsed parsed, Actor actor) {
        Owners owners = new Owners(jdbc);
        Instant now = clock.instant();
        List<DiscoveryViews.EntityResult> results = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<String, Integer> seen = new HashMap<>();
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        AuditLog.Batch log = audit.batch();
        Map<String, Stored> stored = storedByRef();
        for (CatalogParser.Entity e : parsed.entities()) {
            Integer earlier = seen.putIfAbsent(e.ref(), e.line());
            if (earlier != null) {
                errors.add(ImportError.atLine(
                        e.line(), "metadata.name", e.ref() + " is in the file twice (first at line " + earlier + ")"));
                continue;
            }
            DiscoveryViews.OwnerGuess guess = e.owner() == null ? null : owners.guess(e.owner());
            String team = guess == null ? null : guess.team();
            Long teamId = owners.idOf(team);
            Set<Identifier> ids = new LinkedHashSet<>(e.ids());
            Optional<Stored> current = Optional.ofNullable(stored.get(e.ref()));
            String action;
            if (current.isEmpty()) {
                long id = SqlQuery.insert(
                        jdbc,
                        "INSERT INTO known_system (entity_ref, kind, name, title, spec_type, owner, owner_team_id, "
                                + "origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'CATALOG', ?, ?)",
                        SqlQuery.params(
                                e.ref(), e.kind(), e.name(), e.title(), e.specType(), e.owner(), teamId, now, now));
                insertIds(id, ids);
                log.created(actor, ENTITY, id, summary(e, team, ids));
                action = "CREATED";
                created++;
            } else {
                Stored s = current.get();
                boolean same = s.kind().equals(e.kind())
                        && s.name().equals(e.name())
                        && Objects.equals(s.title(), e.title())
                        && Objects.equals(s.specType(), e.specType())
                        && Objects.equals(s.owner(), e.owner())
                        && Objects.equals(s.ownerTeamId(), teamId)
                        && s.ids().equals(ids);
                if (same) {
                    action = "UNCHANGED";
                    unchanged++;
                } else {
                    SqlQuery.update(
                            jdbc,
                            "UPDATE known_system SET kind = ?, name = ?, title = ?, spec_type = ?, owner = ?, "
                                    + "owner_team_id = ?, updated_at = ? WHERE id = ?",
                            SqlQuery.params(
                                    e.kind(), e.name(), e.title(), e.specType(), e.owner(), teamId, now, s.id()));
                    SqlQuery.update(jdbc, "DELETE FROM known_identifier WHERE known_system_id = ?", List.of(s.id()));
                    insertIds(s.id(), ids);
                    audit.append(
                            actor,
                            "UPDATE",
                            ENTITY,
                            s.id(),
                            List.of(new Change(
                                    "entity", e.ref(), summary(e, team, ids).toString())));
                    action = "UPDATED";
                    updated++;
                }
            }
            results.add(new DiscoveryViews.EntityResult(
                    e.line(),
                    e.ref(),
                    action,
                    e.owner(),
                    team,
                    ids.stream().map(i -> i.kind().name() + " " + i.value()).toList(),
                    guess != null && team == null ? "owner '" + e.owner() + "': " + guess.rule() : null));
        }
        for (CatalogParser.Skipped s : parsed.skipped()) {
            results.add(
                    new DiscoveryViews.EntityResult(s.line(), s.ref(), "SKIPPED", null, null, List.of(), s.reason()));
        }
        log.flush();
        // Open candidates the catalog now covers are closed as known.
        int closed = candidates.closeMatched(now, actor);
        return new DiscoveryViews.CatalogReport(
                parsed.entities().size(),
                created,
                updated,
                unchanged,
                parsed.skipped().size(),
                closed,
                results,
                errors);
    }

    @Transactional(readOnly = true)
    public PageOf<DiscoveryViews.KnownSystem> list(@Nullable String q, @Nullable Integer page, @Nullable Integer size) {
        Validator v = new Validator();
        Paging.Window w = Paging.window(v, page, size);
        v.throwIfInvalid();
        String where = q == null || q.isBlank() ? "" : " WHERE LOWER(k.name) LIKE ? OR k.entity_ref LIKE ?";
        List<Object> params = q == null || q.isBlank()
                ? List.of()
                : List.of(
                        "%" + q.trim().toLowerCase(java.util.Locale.ROOT) + "%",
                        "%" + q.trim().toLowerCase(java.util.Locale.ROOT) + "%");
        long total = SqlQuery.list(jdbc, "SELECT COUNT(*) FROM known_system k" + where, params, rs -> rs.getLong(1))
                .get(0);
        List<DiscoveryViews.KnownSystem> items = SqlQuery.list(
                jdbc,
                "SELECT k.*, t.slug AS team FROM known_system k LEFT JOIN team t ON t.id = k.owner_team_id" + where
                        + " ORDER BY k.entity_ref OFFSET " + ((long) w.page() * w.size()) + " ROWS FETCH NEXT "
                        + w.size() + " ROWS ONLY",
                params,
                this::view);
        return new PageOf<>(withIds(items), w.page(), w.size(), total);
    }

    @Transactional(readOnly = true)
    public DiscoveryViews.KnownSystem get(long id) {
        return withIds(SqlQuery.list(
                        jdbc,
                        "SELECT k.*, t.slug AS team FROM known_system k LEFT JOIN team t ON t.id = k.owner_team_id "
                                + "WHERE k.id = ?",
                        List.of(id),
                        this::view))
                .stream()
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Known system " + id));
    }

    @Transactional
    public void delete(long id, Actor actor) {
        DiscoveryViews.KnownSystem k = get(id);
        // Items and candidates that matched it keep their history; they just no longer point at it.
        SqlQuery.update(
                jdbc, "UPDATE inventory_item SET known_system_id = NULL WHERE known_system_id = ?", List.of(id));
        SqlQuery.update(jdbc, "DELETE FROM known_system WHERE id = ?", List.of(id));
        audit.append(actor, "DELETE", ENTITY, id, List.of(new Change("entity", k.ref(), null)));
    }

    private List<DiscoveryViews.KnownSystem> withIds(List<DiscoveryViews.KnownSystem> systems) {
        if (systems.isEmpty()) {
            return systems;
        }
        Map<Long, List<DiscoveryViews.IdentifierView>> ids = new HashMap<>();
        SqlQuery.forEach(
                jdbc,
                "SELECT known_system_id, kind, id_value FROM known_identifier WHERE known_system_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(systems.size(), "?"))
                        + ") ORDER BY kind, id_value",
                new ArrayList<>(
                        systems.stream().map(DiscoveryViews.KnownSystem::id).toList()),
                rs -> ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new DiscoveryViews.IdentifierView(rs.getString(2), rs.getString(3))));
        return systems.stream()
                .map(k -> new DiscoveryViews.KnownSystem(
                        k.id(),
                        k.ref(),
                        k.kind(),
                        k.name(),
                        k.title(),
                        k.type(),
                        k.owner(),
                        k.ownerTeam(),
                        k.origin(),
                        ids.getOrDefault(k.id(), List.of()),
                        k.createdAt(),
                        k.updatedAt()))
                .toList();
    }

    private DiscoveryViews.KnownSystem view(ResultSet rs) throws SQLException {
        return new DiscoveryViews.KnownSystem(
                rs.getLong("id"),
                rs.getString("entity_ref"),
                rs.getString("kind"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getString("spec_type"),
                rs.getString("owner"),
                rs.getString("team"),
                rs.getString("origin"),
                List.of(),
                SqlQuery.instant(rs, "created_at"),
                SqlQuery.instant(rs, "updated_at"));
    }

    /** Every known system with its identifiers, by entity ref: two queries, whatever the catalog's size. */
    private Map<String, Stored> storedByRef() {
        Map<Long, Stored> byId = new HashMap<>();
        Map<String, Stored> byRef = new HashMap<>();
        SqlQuery.forEach(
                jdbc,
                "SELECT id, entity_ref, kind, name, title, spec_type, owner, owner_team_id FROM known_system",
                List.of(),
                rs -> {
                    Stored s = new Stored(
                            rs.getLong("id"),
                            rs.getString("kind"),
                            rs.getString("name"),
                            rs.getString("title"),
                            rs.getString("spec_type"),
                            rs.getString("owner"),
                            SqlQuery.nullableLong(rs, "owner_team_id"),
                            new LinkedHashSet<>());
                    byId.put(s.id(), s);
                    byRef.put(rs.getString("entity_ref"), s);
                });
        SqlQuery.forEach(jdbc, "SELECT known_system_id, kind, id_value FROM known_identifier", List.of(), rs -> {
            Stored s = byId.get(rs.getLong(1));
            if (s != null) {
                s.ids().add(new Identifier(IdKind.valueOf(rs.getString(2)), rs.getString(3)));
            }
        });
        return byRef;
    }

    private void insertIds(long id, Set<Identifier> ids) {
        insertIds(jdbc, id, ids);
    }

    static void insertIds(JdbcOperations jdbc, long id, Set<Identifier> ids) {
        List<List<Object>> rows = new ArrayList<>();
        for (Identifier i : ids) {
            rows.add(SqlQuery.params(id, i.kind().name(), i.value()));
        }
        SqlQuery.batch(jdbc, "INSERT INTO known_identifier (known_system_id, kind, id_value) VALUES (?, ?, ?)", rows);
    }

    /** What the audit trail keeps of an imported entity. */
    @io.micronaut.serde.annotation.Serdeable
    record Summary(
            String ref,
            String kind,
            String name,
            @Nullable String owner,
            @Nullable String ownerTeam,
            String identifiers) {}

    private static Summary summary(CatalogParser.Entity e, @Nullable String team, Set<Identifier> ids) {
        return new Summary(
                e.ref(),
                e.kind(),
                e.name(),
                e.owner(),
                team,
                String.join(
                        ", ",
                        ids.stream().map(i -> i.kind().name() + " " + i.value()).toList()));
    }
}
