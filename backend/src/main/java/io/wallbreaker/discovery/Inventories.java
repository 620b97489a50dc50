package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
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
import io.wallbreaker.notify.Notices;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inventory snapshots: each import is a source's complete list at that moment. Items new since the
 * last snapshot, still present, gone; each item matched against what is known (see {@link Matcher});
 * an item nothing matches becomes a shadow-system candidate. A repeated import of the same content
 * answers the previous snapshot again and changes nothing.
 */
@Singleton
public class Inventories {

    static final AuditedType ENTITY = AuditedType.INVENTORY_SNAPSHOT;
    private static final Pattern FEED = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    /** A stored item of the source, as the import compares it. */
    private record Existing(
            long id,
            boolean present,
            Instant firstSeenAt,
            String fingerprint,
            @Nullable String candidateStatus,
            @Nullable Long confirmedAs,
            @Nullable Long knownAs,
            @Nullable Long candidateId) {}

    private static final Map<String, Object> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Imports of one source run one after another in this instance (across instances: see the controller). */
    static Object lock(String key) {
        return LOCKS.computeIfAbsent(key, k -> new Object());
    }

    private final JdbcOperations jdbc;
    private final InventoryParser parser;
    private final Candidates candidates;
    private final Notices notices;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Inventories(
            JdbcOperations jdbc, JsonMapper json, Candidates candidates, Notices notices, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.parser = new InventoryParser(json);
        this.candidates = candidates;
        this.notices = notices;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Checks the path and query parameters; answers the snapshot key ({@code heroku}, {@code csv:billing}). */
    static String key(@Nullable InventorySource source, String path, @Nullable String feed) {
        Validator v = new Validator();
        if (source == null) {
            v.add("source", "must be one of " + InventorySource.allowed() + " (was '" + path + "')");
        }
        if (feed != null && !feed.isBlank()) {
            if (source != InventorySource.CSV) {
                v.add("feed", "only a csv inventory has feeds");
            } else if (!FEED.matcher(feed).matches()) {
                v.add("feed", "must be 1–40 lowercase letters, digits, dots, dashes or underscores");
            }
        }
        v.throwIfInvalid();
        return feed == null || feed.isBlank() ? source.path() : source.path() + ":" + feed;
    }

    /** Reads the file (a 400 naming the line when it cannot be read) before any transaction starts. */
    InventoryParser.Parsed parse(InventorySource source, String text, @Nullable String origin) {
        return parser.parse(source, text, origin);
    }

    @Transactional
    public DiscoveryViews.SnapshotReport importSnapshot(
            String key, InventoryParser.Parsed parsed, String text, @Nullable String teamSlug, Actor actor) {
        Owners owners = new Owners(jdbc);
        Long triageTeamId = triageTeam(owners, teamSlug);
        String hash = sha256(key + "\n" + (teamSlug == null ? "" : teamSlug) + "\n" + text);
        Optional<Object[]> latest = SqlQuery.list(
                        jdbc,
                        "SELECT id, content_hash, report, imported_at FROM inventory_snapshot WHERE source = ? "
                                + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                        List.of(key),
                        rs -> new Object[] {
                            rs.getLong(1), rs.getString(2), rs.getString(3), SqlQuery.instant(rs, "imported_at")
                        })
                .stream()
                .findFirst();
        if (latest.isPresent() && latest.get()[1].equals(hash)) {
            DiscoveryViews.SnapshotReport previous = readReport((String) latest.get()[2]);
            return new DiscoveryViews.SnapshotReport(
                    previous.snapshotId(),
                    previous.source(),
                    previous.importedAt(),
                    previous.importedBy(),
                    previous.items(),
                    previous.newItems(),
                    previous.stillPresent(),
                    previous.gone(),
                    previous.candidates(),
                    previous.matched(),
                    true,
                    previous.owners(),
                    previous.errors());
        }
        Instant now = clock.instant();
        Matcher matcher = Candidates.matcher(jdbc);
        Map<String, Existing> existing = new HashMap<>();
        SqlQuery.forEach(
                jdbc,
                "SELECT i.id, i.identifier, i.present, i.first_seen_at, i.fingerprint, c.status, c.shadow_system_id, "
                        + "c.known_system_id, c.id AS candidate_id FROM inventory_item i "
                        + "LEFT JOIN shadow_candidate c ON c.item_id = i.id WHERE i.source = ?",
                List.of(key),
                rs -> existing.put(
                        rs.getString("identifier"),
                        new Existing(
                                rs.getLong("id"),
                                rs.getBoolean("present"),
                                SqlQuery.instant(rs, "first_seen_at"),
                                rs.getString("fingerprint"),
                                rs.getString("status"),
                                SqlQuery.nullableLong(rs, "shadow_system_id"),
                                SqlQuery.nullableLong(rs, "known_system_id"),
                                SqlQuery.nullableLong(rs, "candidate_id"))));
        long snapshotId = SqlQuery.insert(
                jdbc,
                "INSERT INTO inventory_snapshot (source, content_hash, items, new_items, still_present, gone, "
                        + "candidates, report, imported_at, imported_by) VALUES (?, ?, 0, 0, 0, 0, 0, '{}', ?, ?)",
                SqlQuery.params(key, hash, now, actor.name()));

        Map<String, DiscoveryViews.OwnerGuess> guesses = new LinkedHashMap<>();
        List<List<Object>> inserts = new ArrayList<>();
        List<List<Object>> updates = new ArrayList<>();
        List<List<Object>> closes = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        Map<Long, String> closedCandidates = new LinkedHashMap<>();
        Map<String, Object[]> newCandidates = new LinkedHashMap<>(); // identifier -> {reason, ownerTeamId}
        Map<Long, Object[]> candidatesForOld = new LinkedHashMap<>(); // item id -> {reason, ownerTeamId}
        int fresh = 0;
        int still = 0;
        int matched = 0;
        for (InventoryParser.Item item : parsed.items()) {
            listed.add(item.identifier());
            Existing old = existing.get(item.identifier());
            Matcher.Match match = matcher.match(item.ids());
            if (match == null && old != null && old.confirmedAs() != null) {
                // Confirmed as a shadow system under another name or URL: it stays that system's item.
                match = new Matcher.Match(null, old.confirmedAs(), "confirmed");
            } else if (match == null && old != null && old.knownAs() != null) {
                match = new Matcher.Match(old.knownAs(), null, "triaged-known");
            }
            Long ownerTeamId = null;
            if (item.ownerHint() != null && !item.ownerHint().isBlank()) {
                DiscoveryViews.OwnerGuess g = guesses.computeIfAbsent(item.ownerHint(), owners::guess);
                ownerTeamId = owners.idOf(g.team());
            }
            if (match != null) {
                matched++;
            }
            String ids = Identifier.write(item.ids());
            String fingerprint = sha256(String.join(
                    "\u0000",
                    item.name(),
                    item.provider(),
                    String.valueOf(item.url()),
                    String.valueOf(item.ownerHint()),
                    ids,
                    item.raw(),
                    match == null ? "" : match.knownSystemId() + "/" + match.shadowSystemId() + "/" + match.rule()));
            if (old == null) {
                fresh++;
                Instant firstSeen = item.createdAt() != null && item.createdAt().isBefore(now) ? item.createdAt() : now;
                inserts.add(SqlQuery.params(
                        key,
                        item.identifier(),
                        clip(item.name(), 300),
                        clip(item.provider(), 100),
                        clip(item.url(), 2000),
                        clip(item.ownerHint(), 300),
                        firstSeen,
                        now,
                        snapshotId,
                        snapshotId,
                        match == null ? null : match.knownSystemId(),
                        match == null ? null : match.shadowSystemId(),
                        match == null ? null : match.rule(),
                        fingerprint,
                        clip(ids, 4000),
                        item.raw()));
                if (match == null) {
                    newCandidates.put(
                            item.identifier(), new Object[] {Matcher.unmatchedBecause(item.ids()), ownerTeamId});
                }
                continue;
            }
            if (old.present()) {
                still++;
            } else {
                fresh++; // back after it was gone
            }
            Instant firstSeen = item.createdAt() != null && item.createdAt().isBefore(old.firstSeenAt())
                    ? item.createdAt()
                    : old.firstSeenAt();
            // An item listed again as it was needs no write: while present, it was last seen by the latest snapshot.
            if (!old.present() || !old.fingerprint().equals(fingerprint) || !firstSeen.equals(old.firstSeenAt())) {
                updates.add(SqlQuery.params(
                        clip(item.name(), 300),
                        clip(item.provider(), 100),
                        clip(item.url(), 2000),
                        clip(item.ownerHint(), 300),
                        firstSeen,
                        now,
                        snapshotId,
                        match == null ? null : match.knownSystemId(),
                        match == null ? null : match.shadowSystemId(),
                        match == null ? null : match.rule(),
                        fingerprint,
                        clip(ids, 4000),
                        item.raw(),
                        old.id()));
            }
            if (match == null && old.candidateStatus() == null) {
                candidatesForOld.put(old.id(), new Object[] {Matcher.unmatchedBecause(item.ids()), ownerTeamId});
            } else if (match != null && "OPEN".equals(old.candidateStatus())) {
                closedCandidates.put(old.candidateId(), match.shadowSystemId() != null ? "CONFIRMED" : "KNOWN");
                closes.add(SqlQuery.params(
                        match.shadowSystemId() != null ? "CONFIRMED" : "KNOWN",
                        now,
                        match.shadowSystemId(),
                        match.knownSystemId(),
                        old.id()));
            }
        }
        SqlQuery.batch(
                jdbc,
                "INSERT INTO inventory_item (source, identifier, name, provider, url, owner_hint, first_seen_at, "
                        + "last_seen_at, first_snapshot_id, last_snapshot_id, present, known_system_id, "
                        + "shadow_system_id, match_rule, fingerprint, identifiers, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, TRUE, ?, ?, ?, ?, ?, ?)",
                inserts);
        SqlQuery.batch(
                jdbc,
                "UPDATE inventory_item SET name = ?, provider = ?, url = ?, owner_hint = ?, first_seen_at = ?, "
                        + "last_seen_at = ?, last_snapshot_id = ?, present = TRUE, gone_at = NULL, known_system_id = ?, "
                        + "shadow_system_id = ?, match_rule = ?, fingerprint = ?, identifiers = ?, raw = ? WHERE id = ?",
                updates);
        SqlQuery.batch(
                jdbc,
                "UPDATE shadow_candidate SET status = ?, triaged_at = ?, shadow_system_id = ?, known_system_id = ? "
                        + "WHERE item_id = ? AND status = 'OPEN'",
                closes);
        closedCandidates.forEach((candidateId, status) -> audit.append(
                actor,
                "CLOSE",
                Candidates.ENTITY,
                candidateId,
                List.of(
                        new Change("status", "OPEN", status),
                        new Change("by", null, "a match in snapshot " + snapshotId))));
        // Gone: present until now, not in this snapshot; last seen by the previous one.
        List<List<Object>> goneRows = new ArrayList<>();
        existing.forEach((identifier, old) -> {
            if (old.present() && !listed.contains(identifier)) {
                goneRows.add(SqlQuery.params(now, latest.get()[3], latest.get()[0], old.id()));
            }
        });
        SqlQuery.batch(
                jdbc,
                "UPDATE inventory_item SET present = FALSE, gone_at = ?, last_seen_at = ?, last_snapshot_id = ? "
                        + "WHERE id = ?",
                goneRows);
        int gone = goneRows.size();
        // Candidates: the new items nothing matched (and old ones that lost their match).
        List<List<Object>> candidateRows = new ArrayList<>();
        if (!newCandidates.isEmpty()) {
            SqlQuery.forEach(
                    jdbc,
                    "SELECT id, identifier FROM inventory_item WHERE source = ? AND first_snapshot_id = ?",
                    SqlQuery.params(key, snapshotId),
                    rs -> {
                        Object[] c = newCandidates.get(rs.getString(2));
                        if (c != null) {
                            candidateRows.add(SqlQuery.params(rs.getLong(1), c[0], triageTeamId, c[1], now));
                        }
                    });
        }
        candidatesForOld.forEach(
                (itemId, c) -> candidateRows.add(SqlQuery.params(itemId, c[0], triageTeamId, c[1], now)));
        SqlQuery.batch(
                jdbc,
                "INSERT INTO shadow_candidate (item_id, status, unmatched_because, team_id, owner_team_id, created_at) "
                        + "VALUES (?, 'OPEN', ?, ?, ?, ?)",
                candidateRows);
        DiscoveryViews.SnapshotReport report = new DiscoveryViews.SnapshotReport(
                snapshotId,
                key,
                now,
                actor.name(),
                parsed.items().size(),
                fresh,
                still,
                gone,
                candidateRows.size(),
                matched,
                false,
                List.copyOf(guesses.values()),
                parsed.errors());
        SqlQuery.update(
                jdbc,
                "UPDATE inventory_snapshot SET items = ?, new_items = ?, still_present = ?, gone = ?, candidates = ?, "
                        + "report = ? WHERE id = ?",
                SqlQuery.params(report.items(), fresh, still, gone, candidateRows.size(), write(report), snapshotId));
        audit.append(
                actor,
                "IMPORT",
                ENTITY,
                snapshotId,
                List.of(
                        new Change("source", null, key),
                        new Change(
                                "items",
                                null,
                                report.items() + " (" + fresh + " new, " + still + " still present, " + gone + " gone, "
                                        + candidateRows.size() + " new candidates)")));
        if (!candidateRows.isEmpty() && triageTeamId != null) {
            notices.shadowCandidates(slugOf(triageTeamId), key, candidateRows.size(), now);
        }
        return report;
    }

    @Transactional(readOnly = true)
    public PageOf<DiscoveryViews.SnapshotReport> snapshots(
            @Nullable String source, @Nullable Integer page, @Nullable Integer size) {
        Validator v = new Validator();
        Paging.Window w = Paging.window(v, page, size);
        v.throwIfInvalid();
        String where = source == null || source.isBlank() ? "" : " WHERE source = ? OR source LIKE ?";
        List<Object> params = source == null || source.isBlank() ? List.of() : List.of(source, source + ":%");
        long total = SqlQuery.list(jdbc, "SELECT COUNT(*) FROM inventory_snapshot" + where, params, rs -> rs.getLong(1))
                .get(0);
        List<DiscoveryViews.SnapshotReport> items = SqlQuery.list(
                jdbc,
                "SELECT report FROM inventory_snapshot" + where + " ORDER BY id DESC OFFSET "
                        + ((long) w.page() * w.size()) + " ROWS FETCH NEXT " + w.size() + " ROWS ONLY",
                params,
                rs -> readReport(rs.getString(1)));
        return new PageOf<>(items, w.page(), w.size(), total);
    }

    /**
     * Registered shadow systems (not decommissioned or migrated) whose inventory item is gone: a hint
     * to mark them decommissioned, never done automatically.
     */
    @Transactional(readOnly = true)
    public List<DiscoveryViews.Gone> gone() {
        return SqlQuery.list(
                jdbc,
                "SELECT s.id, s.name, s.status, i.source, i.identifier, i.last_seen_at, i.gone_at FROM shadow_system s "
                        + "JOIN inventory_item i ON i.shadow_system_id = s.id WHERE i.present = FALSE "
                        + "AND s.status NOT IN ('DECOMMISSIONED', 'MIGRATED') AND NOT EXISTS (SELECT 1 FROM "
                        + "inventory_item p WHERE p.shadow_system_id = s.id AND p.present = TRUE) ORDER BY i.gone_at DESC, s.id",
                List.of(),
                Inventories::gone);
    }

    private static DiscoveryViews.Gone gone(ResultSet rs) throws SQLException {
        return new DiscoveryViews.Gone(
                rs.getLong("id"),
                "SHD-" + rs.getLong("id"),
                rs.getString("name"),
                rs.getString("status"),
                rs.getString("source"),
                rs.getString("identifier"),
                SqlQuery.instant(rs, "last_seen_at"),
                SqlQuery.instant(rs, "gone_at"));
    }

    /** The team that triages the candidates: the one asked for, else the first operations team. */
    private @Nullable Long triageTeam(Owners owners, @Nullable String slug) {
        if (slug != null && !slug.isBlank()) {
            Long id = owners.idOf(slug.trim());
            if (id == null) {
                throw ApiException.invalid("team", "unknown team '" + slug + "'");
            }
            return id;
        }
        return SqlQuery.list(
                        jdbc,
                        "SELECT id FROM team WHERE kind = 'OPS' ORDER BY slug FETCH FIRST 1 ROWS ONLY",
                        List.of(),
                        rs -> rs.getLong(1))
                .stream()
                .findFirst()
                .orElse(null);
    }

    private String slugOf(long teamId) {
        return SqlQuery.list(jdbc, "SELECT slug FROM team WHERE id = ?", List.of(teamId), rs -> rs.getString(1))
                .get(0);
    }

    private DiscoveryViews.SnapshotReport readReport(String text) {
        try {
            return json.readValue(text, Argument.of(DiscoveryViews.SnapshotReport.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
