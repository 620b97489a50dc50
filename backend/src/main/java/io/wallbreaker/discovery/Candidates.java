package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
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
import io.wallbreaker.shadow.ShadowSystemCreate;
import io.wallbreaker.shadow.ShadowSystemService;
import io.wallbreaker.shadow.ShadowSystemView;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shadow-system candidates: inventory items that matched neither a known system nor a registered
 * shadow system, and their triage — confirm as a shadow system, known (into the catalog), or
 * ignore. A triaged candidate keeps its status on every later import.
 */
@Singleton
public class Candidates {

    static final AuditedType ENTITY = AuditedType.SHADOW_CANDIDATE;

    /** Where a candidate stands. */
    public enum Status {
        OPEN,
        CONFIRMED,
        KNOWN,
        IGNORED
    }

    static final int MAX_REASON = 2000;

    private static final String SELECT = "SELECT c.id, c.status, c.unmatched_because, c.ignore_reason, "
            + "c.shadow_system_id, c.known_system_id, c.created_at, c.triaged_at, c.triaged_by, c.owner_team_id, "
            + "c.team_id, i.source, i.identifier, i.name, i.provider, i.url, i.owner_hint, i.first_seen_at, "
            + "CASE WHEN i.present THEN ls.latest_at ELSE i.last_seen_at END AS last_seen_at, i.present, "
            + "i.first_snapshot_id, CASE WHEN i.present THEN ls.latest_id ELSE i.last_snapshot_id END AS "
            + "last_snapshot_id, i.raw, i.identifiers, "
            + "i.id AS item_id, t.slug AS team, o.slug AS owner FROM shadow_candidate c "
            + "JOIN inventory_item i ON i.id = c.item_id LEFT JOIN team t ON t.id = c.team_id "
            // While an item is present, its source's latest snapshot is the last that listed it.
            + "LEFT JOIN (SELECT source, MAX(id) AS latest_id, MAX(imported_at) AS latest_at FROM inventory_snapshot "
            + "GROUP BY source) ls ON ls.source = i.source "
            + "LEFT JOIN team o ON o.id = c.owner_team_id";

    private record Row(DiscoveryViews.Candidate view, long itemId, List<Identifier> ids) {}

    private final JdbcOperations jdbc;
    private final ShadowSystemService shadows;
    private final TeamDirectory teams;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Candidates(
            JdbcOperations jdbc,
            ShadowSystemService shadows,
            TeamDirectory teams,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.shadows = shadows;
        this.teams = teams;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The matcher over everything known now: the catalog's identifiers and the registered shadow systems. */
    static Matcher matcher(JdbcOperations jdbc) {
        List<Matcher.Known> known = SqlQuery.list(
                jdbc,
                "SELECT known_system_id, kind, id_value FROM known_identifier",
                List.of(),
                rs -> new Matcher.Known(rs.getLong(1), IdKind.valueOf(rs.getString(2)), rs.getString(3)));
        List<Matcher.Shadow> shadows = SqlQuery.list(
                jdbc,
                "SELECT id, name, url FROM shadow_system",
                List.of(),
                rs -> new Matcher.Shadow(rs.getLong(1), rs.getString(2), rs.getString(3)));
        return new Matcher(known, shadows);
    }

    @Transactional(readOnly = true)
    public PageOf<DiscoveryViews.Candidate> list(
            @Nullable String status,
            @Nullable String source,
            @Nullable String team,
            @Nullable Integer page,
            @Nullable Integer size) {
        Validator v = new Validator();
        Status s = v.optionalEnum("status", status, Status.class);
        Paging.Window w = Paging.window(v, page, size);
        if (source != null && !source.isBlank() && InventorySource.ofPath(source.split(":")[0]) == null) {
            v.add("source", "must be one of " + InventorySource.allowed());
        }
        v.throwIfInvalid();
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (s != null) {
            where.add("c.status = ?");
            params.add(s.name());
        }
        if (source != null && !source.isBlank()) {
            // "csv" covers every CSV feed (csv, csv:billing, …)
            where.add("(i.source = ? OR i.source LIKE ?)");
            params.add(source);
            params.add(source + ":%");
        }
        if (team != null && !team.isBlank()) {
            where.add("t.slug = ?");
            params.add(team);
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = SqlQuery.list(
                        jdbc,
                        "SELECT COUNT(*) FROM shadow_candidate c JOIN inventory_item i ON i.id = c.item_id "
                                + "LEFT JOIN team t ON t.id = c.team_id" + clause,
                        params,
                        rs -> rs.getLong(1))
                .get(0);
        List<DiscoveryViews.Candidate> items = SqlQuery.list(
                        jdbc,
                        SELECT + clause + " ORDER BY i.first_seen_at, c.id OFFSET " + ((long) w.page() * w.size())
                                + " ROWS FETCH NEXT " + w.size() + " ROWS ONLY",
                        params,
                        this::row)
                .stream()
                .map(Row::view)
                .toList();
        return new PageOf<>(items, w.page(), w.size(), total);
    }

    @Transactional(readOnly = true)
    public DiscoveryViews.Candidate get(long id) {
        return find(id).view();
    }

    /**
     * Confirms a candidate as a shadow system, pre-filled from the evidence (provider, URL, first
     * live = first seen, the source's discovery method, the guessed owner, the triaging team as
     * discoverer, discovered now); {@code overrides} replace any of them. Answers the new shadow
     * system. Its discovery lag is first seen → today: how long nobody knew.
     */
    @Transactional
    public ShadowSystemView confirm(long id, @Nullable ShadowSystemCreate overrides, Actor actor) {
        Row row = claim(id, Status.CONFIRMED, actor);
        DiscoveryViews.Candidate c = row.view();
        ShadowSystemCreate o = overrides == null
                ? new ShadowSystemCreate(null, null, null, null, null, null, null, null, null, null, null, null, null)
                : overrides;
        InventorySource source = InventorySource.ofKey(c.source());
        String evidence = "Found by inventory discovery: " + c.source() + " snapshot "
                + c.evidence().firstSnapshotId() + " listed " + c.identifier() + ", first seen " + c.firstSeenAt()
                + ".";
        ShadowSystemCreate body = new ShadowSystemCreate(
                or(o.name(), c.name()),
                or(o.provider(), c.provider()),
                or(o.url(), c.url()),
                or(o.ownerTeam(), c.ownerGuess()),
                o.purpose(),
                o.dataClassification(),
                or(o.firstLiveAt(), c.firstSeenAt().toString()),
                or(o.evidence(), evidence),
                or(o.discoveredAt(), clock.instant().toString()),
                or(o.discoveredBy(), c.team()),
                or(o.discoveryMethod(), source.method().name()),
                o.status(),
                o.motivatedBy());
        ShadowSystemView created = shadows.create(body, actor);
        SqlQuery.update(
                jdbc, "UPDATE shadow_candidate SET shadow_system_id = ? WHERE id = ?", List.of(created.id(), id));
        SqlQuery.update(
                jdbc,
                "UPDATE inventory_item SET shadow_system_id = ?, known_system_id = NULL, match_rule = 'confirmed' "
                        + "WHERE id = ?",
                List.of(created.id(), row.itemId()));
        audit.append(
                actor,
                "CONFIRM",
                ENTITY,
                id,
                List.of(new Change("status", "OPEN", "CONFIRMED"), new Change("shadowSystem", null, created.key())));
        return created;
    }

    /** The candidate is known after all: it goes into the catalog (one step), and stays known on re-import. */
    @Transactional
    public DiscoveryViews.Candidate known(long id, @Nullable DiscoveryViews.KnownBody body, Actor actor) {
        String ownerTeam = body == null ? null : body.ownerTeam();
        Long ownerTeamId = null;
        if (ownerTeam != null && !ownerTeam.isBlank()) {
            ownerTeamId =
                    teams.requireIds("ownerTeam", List.of(ownerTeam.trim())).get(ownerTeam.trim());
        }
        Row row = claim(id, Status.KNOWN, actor);
        DiscoveryViews.Candidate c = row.view();
        if (ownerTeamId == null && c.ownerGuess() != null) {
            ownerTeamId = teams.idOf(c.ownerGuess()).orElse(null);
        }
        String ref = "resource:discovered/" + refName(c.source() + "-" + c.identifier());
        Instant now = clock.instant();
        long knownId = SqlQuery.list(
                        jdbc, "SELECT id FROM known_system WHERE entity_ref = ?", List.of(ref), rs -> rs.getLong(1))
                .stream()
                .findFirst()
                .orElseGet(() -> {
                    long newId = SqlQuery.insert(
                            jdbc,
                            "INSERT INTO known_system (entity_ref, kind, name, title, spec_type, owner, owner_team_id, "
                                    + "origin, created_at, updated_at) VALUES (?, 'Resource', ?, ?, NULL, NULL, ?, "
                                    + "'CANDIDATE', ?, ?)",
                            SqlQuery.params(ref, c.name(), c.provider() + " " + c.name(), null, now, now));
                    return newId;
                });
        SqlQuery.update(
                jdbc, "UPDATE known_system SET owner_team_id = ? WHERE id = ?", SqlQuery.params(ownerTeamId, knownId));
        Set<Identifier> known = new LinkedHashSet<>();
        for (Identifier i : row.ids()) {
            switch (i.kind()) {
                case HOST, HEROKU_APP, AWS_ACCOUNT -> known.add(i);
                case IDENTIFIER -> known.add(new Identifier(IdKind.NAME, i.value()));
                default -> {} // a CNAME target is the provider's host, not this system's
            }
        }
        SqlQuery.update(jdbc, "DELETE FROM known_identifier WHERE known_system_id = ?", List.of(knownId));
        Catalog.insertIds(jdbc, knownId, known);
        audit.append(actor, "CREATE", Catalog.ENTITY, knownId, List.of(new Change("entity", null, ref)));
        SqlQuery.update(jdbc, "UPDATE shadow_candidate SET known_system_id = ? WHERE id = ?", List.of(knownId, id));
        SqlQuery.update(
                jdbc,
                "UPDATE inventory_item SET known_system_id = ?, match_rule = 'triaged-known' WHERE id = ?",
                List.of(knownId, row.itemId()));
        audit.append(
                actor,
                "KNOWN",
                ENTITY,
                id,
                List.of(new Change("status", "OPEN", "KNOWN"), new Change("knownSystem", null, ref)));
        return find(id).view();
    }

    /** Not a shadow system (a test app, a parked domain): ignored, with the reason, also on re-import. */
    @Transactional
    public DiscoveryViews.Candidate ignore(long id, @Nullable DiscoveryViews.IgnoreBody body, Actor actor) {
        String reason =
                body == null || body.reason() == null ? null : body.reason().trim();
        Validator v = new Validator();
        v.require("reason", reason == null || reason.isEmpty() ? null : reason);
        v.maxLength("reason", reason, MAX_REASON);
        v.throwIfInvalid();
        claim(id, Status.IGNORED, actor);
        SqlQuery.update(jdbc, "UPDATE shadow_candidate SET ignore_reason = ? WHERE id = ?", List.of(reason, id));
        audit.append(
                actor,
                "IGNORE",
                ENTITY,
                id,
                List.of(new Change("status", "OPEN", "IGNORED"), new Change("reason", null, reason)));
        return find(id).view();
    }

    /**
     * Open candidates that something known now matches (after a catalog import; a shadow system
     * registered by hand closes its candidate at the next import of the source) are closed: KNOWN or
     * CONFIRMED, with no one as the triager, audited as CLOSE. Caller's transaction.
     */
    int closeMatched(Instant now, Actor actor) {
        Matcher matcher = matcher(jdbc);
        List<Object[]> open = SqlQuery.list(
                jdbc,
                "SELECT c.id, c.item_id, i.identifiers FROM shadow_candidate c JOIN inventory_item i ON i.id = c.item_id "
                        + "WHERE c.status = 'OPEN'",
                List.of(),
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)});
        List<List<Object>> candidates = new ArrayList<>();
        List<List<Object>> items = new ArrayList<>();
        for (Object[] o : open) {
            Matcher.Match m = matcher.match(Identifier.read((String) o[2]));
            if (m != null) {
                candidates.add(SqlQuery.params(
                        m.shadowSystemId() != null ? "CONFIRMED" : "KNOWN",
                        now,
                        m.shadowSystemId(),
                        m.knownSystemId(),
                        o[0]));
                items.add(SqlQuery.params(m.knownSystemId(), m.shadowSystemId(), m.rule(), o[1]));
            }
        }
        SqlQuery.batch(
                jdbc,
                "UPDATE shadow_candidate SET status = ?, triaged_at = ?, shadow_system_id = ?, known_system_id = ? "
                        + "WHERE id = ? AND status = 'OPEN'",
                candidates);
        for (List<Object> c : candidates) {
            audit.append(
                    actor,
                    "CLOSE",
                    ENTITY,
                    c.get(4),
                    List.of(new Change("status", "OPEN", (String) c.get(0)), new Change("by", null, "the catalog")));
        }
        SqlQuery.batch(
                jdbc,
                "UPDATE inventory_item SET known_system_id = ?, shadow_system_id = ?, match_rule = ? WHERE id = ?",
                items);
        return candidates.size();
    }

    /** Open candidates waiting on the given teams (their court). */
    public List<DiscoveryViews.Candidate> openFor(List<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return SqlQuery.list(
                        jdbc,
                        SELECT + " WHERE c.status = 'OPEN' AND c.team_id IN ("
                                + String.join(", ", Collections.nCopies(teamIds.size(), "?"))
                                + ") ORDER BY c.created_at, c.id",
                        new ArrayList<>(teamIds),
                        this::row)
                .stream()
                .map(Row::view)
                .toList();
    }

    /** Discovery figures for the shadow metrics: open candidates, triage time, how discoveries came about. */
    @Transactional(readOnly = true)
    public DiscoveryViews.Stats stats(Instant from, Instant to) {
        Map<String, Integer> bySource = new LinkedHashMap<>();
        SqlQuery.forEach(
                jdbc,
                "SELECT i.source, COUNT(*) FROM shadow_candidate c JOIN inventory_item i ON i.id = c.item_id "
                        + "WHERE c.status = 'OPEN' GROUP BY i.source ORDER BY i.source",
                List.of(),
                rs -> bySource.put(rs.getString(1), rs.getInt(2)));
        List<Long> triage = SqlQuery.list(
                jdbc,
                "SELECT c.triaged_at, i.first_seen_at FROM shadow_candidate c JOIN inventory_item i ON i.id = c.item_id "
                        + "WHERE c.triaged_by IS NOT NULL AND c.triaged_at >= ? AND c.triaged_at < ?",
                SqlQuery.params(from, to),
                rs -> Math.max(
                        0,
                        Duration.between(SqlQuery.instant(rs, "first_seen_at"), SqlQuery.instant(rs, "triaged_at"))
                                .toSeconds()));
        Collections.sort(triage);
        int[] counts = new int[3];
        SqlQuery.forEach(
                jdbc,
                "SELECT s.discovery_method, (SELECT COUNT(*) FROM shadow_candidate c WHERE c.shadow_system_id = s.id "
                        + "AND c.status = 'CONFIRMED' AND c.triaged_by IS NOT NULL) AS found FROM shadow_system s WHERE s.discovered_at >= ? "
                        + "AND s.discovered_at < ?",
                SqlQuery.params(from, to),
                rs -> {
                    String method = rs.getString(1);
                    if (rs.getLong(2) > 0) {
                        counts[0]++;
                    } else if (method.equals("SELF_REPORTED") || method.equals("INCIDENT")) {
                        counts[1]++;
                    } else {
                        counts[2]++;
                    }
                });
        int discovered = counts[0] + counts[1] + counts[2];
        return new DiscoveryViews.Stats(
                bySource.values().stream().mapToInt(Integer::intValue).sum(),
                bySource,
                triage.size(),
                median(triage),
                discovered,
                counts[0],
                counts[1],
                counts[2],
                discovered == 0 ? null : (double) counts[0] / discovered,
                discovered == 0 ? null : (double) counts[1] / discovered);
    }

    private static @Nullable Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Moves an OPEN candidate to {@code to}; 404 when there is none, 409 when it was triaged already. */
    private Row claim(long id, Status to, Actor actor) {
        Row row = find(id);
        int changed = SqlQuery.update(
                jdbc,
                "UPDATE shadow_candidate SET status = ?, triaged_at = ?, triaged_by = ? WHERE id = ? AND status = 'OPEN'",
                SqlQuery.params(to.name(), clock.instant(), actor.name(), id));
        if (changed == 0) {
            throw ApiException.conflict("Candidate " + id + " is "
                    + find(id).view().status() + " already; only an OPEN candidate can be triaged.");
        }
        return row;
    }

    private Row find(long id) {
        return SqlQuery.list(jdbc, SELECT + " WHERE c.id = ?", List.of(id), this::row).stream()
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Shadow-system candidate " + id));
    }

    private Row row(ResultSet rs) throws SQLException {
        JsonNode record;
        try {
            record = json.readValue(rs.getString("raw"), JsonNode.class);
        } catch (IOException e) {
            record = JsonNode.nullNode();
        }
        DiscoveryViews.Candidate view = new DiscoveryViews.Candidate(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("identifier"),
                rs.getString("name"),
                rs.getString("provider"),
                rs.getString("url"),
                SqlQuery.instant(rs, "first_seen_at"),
                SqlQuery.instant(rs, "last_seen_at"),
                rs.getBoolean("present"),
                new DiscoveryViews.Evidence(
                        rs.getString("source"),
                        rs.getLong("first_snapshot_id"),
                        rs.getLong("last_snapshot_id"),
                        rs.getString("owner_hint"),
                        record),
                rs.getString("status"),
                rs.getString("unmatched_because"),
                rs.getString("team"),
                rs.getString("owner"),
                rs.getString("ignore_reason"),
                SqlQuery.nullableLong(rs, "shadow_system_id"),
                SqlQuery.nullableLong(rs, "known_system_id"),
                SqlQuery.instant(rs, "created_at"),
                SqlQuery.instant(rs, "triaged_at"),
                rs.getString("triaged_by"));
        return new Row(view, rs.getLong("item_id"), Identifier.read(rs.getString("identifiers")));
    }

    private static @Nullable String or(@Nullable String given, @Nullable String prefilled) {
        return given == null || given.isBlank() ? prefilled : given;
    }

    /** A Backstage-style entity name (63 characters at most) for an inventory item. */
    static String refName(String text) {
        String s =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 63) {
            s = s.substring(0, 54) + "-" + Integer.toHexString(text.hashCode());
        }
        return s.isEmpty() ? "item" : s;
    }
}
