package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Problem;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.TimeParams;
import io.wallbreaker.common.Validator;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Shadow-system rules in the database: create, edit with optimistic locking and the status state
 * machine, filtered lists, and the idempotent bulk import. Every write is audited in its transaction.
 */
@Singleton
public class ShadowSystemService {

    static final AuditedType ENTITY = AuditedType.SHADOW_SYSTEM;

    private final ShadowSystemRepository systems;
    private final ShadowStore store;
    private final TeamDirectory teams;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ShadowSystemService(
            ShadowSystemRepository systems,
            ShadowStore store,
            TeamDirectory teams,
            JdbcOperations jdbc,
            AuditLog audit,
            Clock clock) {
        this.systems = systems;
        this.store = store;
        this.teams = teams;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Filters of {@code GET /api/shadow-systems}; any may be null. */
    record Filter(
            @Nullable String ownerTeam,
            @Nullable String provider,
            @Nullable String status,
            @Nullable String dataClassification,
            @Nullable String discoveryMethod,
            @Nullable String discoveredFrom,
            @Nullable String discoveredTo) {}

    @Transactional(readOnly = true)
    PageOf<ShadowSystemView> list(Filter filter, Paging paging) {
        Validator v = new Validator();
        ShadowStatus status = optionalEnum(v, "status", filter.status(), ShadowStatus.class);
        DataClassification classification =
                optionalEnum(v, "dataClassification", filter.dataClassification(), DataClassification.class);
        DiscoveryMethod method = optionalEnum(v, "discoveryMethod", filter.discoveryMethod(), DiscoveryMethod.class);
        v.throwIfInvalid();
        TimeParams.Range range =
                TimeParams.range("discoveredFrom", filter.discoveredFrom(), "discoveredTo", filter.discoveredTo());
        Long ownerId = null;
        if (filter.ownerTeam() != null && !filter.ownerTeam().isBlank()) {
            ownerId = teams.requireIds("ownerTeam", List.of(ShadowRules.normaliseSlug(filter.ownerTeam())))
                    .values()
                    .iterator()
                    .next();
        }
        String provider =
                filter.provider() == null || filter.provider().isBlank() ? null : ShadowRules.fold(filter.provider());
        PageOf<ShadowSystem> page = new SqlQuery(ShadowStore.COLUMNS, "shadow_system")
                .where("owner_team_id = ?", ownerId)
                .where("LOWER(provider) = ?", provider)
                .where("status = ?", status)
                .where("data_classification = ?", classification)
                .where("discovery_method = ?", method)
                .where("discovered_at >= ?", range.from())
                .where("discovered_at < ?", range.to())
                .page(jdbc, "discovered_at DESC, id DESC", paging, ShadowStore::system);
        return new PageOf<>(views(page.items()), page.page(), page.size(), page.total());
    }

    @Transactional(readOnly = true)
    ShadowSystemView get(long id) {
        return views(List.of(find(id))).get(0);
    }

    /** Records one shadow system (also used by the demo loader). Status defaults to DISCOVERED. */
    @Transactional
    public ShadowSystemView create(ShadowSystemCreate body, Actor actor) {
        Instant now = now();
        ShadowRules.Draft draft = checkOrThrow(body, now);
        ShadowStatus initial = draft.status() == null ? ShadowStatus.DISCOVERED : draft.status();
        requireIdentityFree(draft.identityKey(), null);
        ShadowSystem saved = systems.save(draft.toNew(initial, now));
        store.insertHistory(List.of(new ShadowStore.HistoryRow(saved.id(), initial, now, actor.name())));
        store.replaceLinks(Map.of(saved.id(), draft.motivatedBy()));
        ShadowSystemView view = views(List.of(saved)).get(0);
        audit.created(actor, ENTITY, saved.id(), view);
        return view;
    }

    @Transactional
    ShadowSystemView update(long id, ShadowSystemUpdate body, Actor actor) {
        Instant now = now();
        List<Problem.FieldError> errors = new ArrayList<>();
        ShadowRules.Draft draft = ShadowRules.check(body.fields(), known(List.of(body.fields())), now, errors);
        if (body.version() == null) {
            errors.add(new Problem.FieldError("version", "is required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ShadowSystem current = find(id);
        if (current.version() != body.version().longValue()) {
            throw ApiException.staleVersion(ShadowSystemView.key(id));
        }
        ShadowStatus target = draft.status() == null ? current.status() : draft.status();
        String refused = ShadowRules.refusedMove(current.status(), target);
        if (refused != null) {
            throw statusConflict(current.status(), target, refused);
        }
        requireIdentityFree(draft.identityKey(), id);
        ShadowSystemView before = views(List.of(current)).get(0);
        // The repository's UPDATE also checks the version, which closes the race between this read and the write.
        ShadowSystem updated = systems.update(draft.replacing(current, target, body.version(), now));
        if (target != current.status()) {
            store.insertHistory(List.of(new ShadowStore.HistoryRow(id, target, now, actor.name())));
        }
        Set<Long> oldLinks = new HashSet<>(before.motivatedBy().stream()
                .map(ShadowSystemView.RequestLink::id)
                .toList());
        if (!oldLinks.equals(new HashSet<>(draft.motivatedBy()))) {
            store.replaceLinks(Map.of(id, draft.motivatedBy()));
        }
        ShadowSystemView after = views(List.of(updated)).get(0);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /**
     * Stores the valid rows and reports the invalid ones. Existing systems are found by identity in a
     * few IN queries and all writes are JDBC batches in this one transaction. Audit: one CREATE or
     * UPDATE entry per system plus one IMPORT summary entry.
     */
    @Transactional
    ImportResult importRows(List<ImportRow> rows, Actor actor) {
        Instant now = now();
        ShadowRules.Known known = known(rows.stream().map(ImportRow::body).toList());
        List<ImportResult.RowError> errors = new ArrayList<>();
        Map<Integer, ShadowRules.Draft> drafts = new java.util.LinkedHashMap<>();
        Map<String, Integer> firstRowOfIdentity = new HashMap<>();
        for (ImportRow row : rows) {
            List<Problem.FieldError> rowErrors = new ArrayList<>(row.readErrors());
            ShadowRules.Draft draft = rowErrors.stream().anyMatch(e -> e.field().equals("row"))
                    ? null
                    : ShadowRules.check(row.body(), known, now, rowErrors);
            if (draft != null && rowErrors.isEmpty()) {
                Integer earlier = firstRowOfIdentity.putIfAbsent(draft.identityKey(), row.row());
                if (earlier != null) {
                    rowErrors.add(new Problem.FieldError(
                            draft.url() != null ? "url" : "name", "describes the same system as row " + earlier));
                }
            }
            if (rowErrors.isEmpty()) {
                drafts.put(row.row(), draft);
            } else {
                rowErrors.forEach(e -> errors.add(new ImportResult.RowError(row.row(), e.field(), e.message())));
            }
        }

        Map<String, ShadowSystem> existing = store.byIdentity(
                drafts.values().stream().map(ShadowRules.Draft::identityKey).toList());
        List<Long> existingIds =
                existing.values().stream().map(ShadowSystem::id).toList();
        Map<Long, List<ShadowSystemView.StatusChange>> histories = store.histories(existingIds);
        Map<Long, List<ShadowSystemView.RequestLink>> links = store.links(existingIds);

        List<ShadowSystem> toCreate = new ArrayList<>();
        List<ShadowRules.Draft> createdDrafts = new ArrayList<>();
        List<ShadowSystem> toUpdate = new ArrayList<>();
        List<ShadowSystem> updateBefore = new ArrayList<>();
        Map<Long, List<Long>> newLinks = new HashMap<>();
        Set<Integer> rejected =
                new HashSet<>(errors.stream().map(ImportResult.RowError::row).toList());
        int unchanged = 0;
        for (Map.Entry<Integer, ShadowRules.Draft> entry : drafts.entrySet()) {
            ShadowRules.Draft draft = entry.getValue();
            ShadowSystem current = existing.get(draft.identityKey());
            if (current == null) {
                toCreate.add(draft.toNew(draft.status() == null ? ShadowStatus.DISCOVERED : draft.status(), now));
                createdDrafts.add(draft);
                continue;
            }
            ShadowSystem merged = draft.mergedInto(current, now);
            String refused = ShadowRules.refusedMove(current.status(), merged.status());
            if (refused != null) {
                errors.add(new ImportResult.RowError(entry.getKey(), "status", refused));
                rejected.add(entry.getKey());
                continue;
            }
            List<Long> currentLinks = links.getOrDefault(current.id(), List.of()).stream()
                    .map(ShadowSystemView.RequestLink::id)
                    .toList();
            boolean linksChange = !draft.motivatedBy().isEmpty()
                    && !new HashSet<>(currentLinks).equals(new HashSet<>(draft.motivatedBy()));
            if (merged.sameContent(current) && !linksChange) {
                unchanged++;
                continue;
            }
            toUpdate.add(merged);
            updateBefore.add(current);
            if (linksChange) {
                newLinks.put(current.id(), draft.motivatedBy());
            }
        }

        List<ShadowSystem> created = store.insertSystems(toCreate);
        List<ShadowSystem> updated = store.updateSystems(toUpdate);
        List<ShadowStore.HistoryRow> history = new ArrayList<>();
        Map<Long, List<ShadowSystemView.StatusChange>> newHistory = new HashMap<>();
        for (ShadowSystem s : created) {
            history.add(new ShadowStore.HistoryRow(s.id(), s.status(), now, actor.name()));
        }
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).status() != updateBefore.get(i).status()) {
                history.add(new ShadowStore.HistoryRow(
                        updated.get(i).id(), updated.get(i).status(), now, actor.name()));
            }
        }
        history.forEach(h -> newHistory
                .computeIfAbsent(h.systemId(), k -> new ArrayList<>())
                .add(new ShadowSystemView.StatusChange(h.status(), h.at(), h.actor())));
        store.insertHistory(history);
        for (int i = 0; i < created.size(); i++) {
            if (!createdDrafts.get(i).motivatedBy().isEmpty()) {
                newLinks.put(created.get(i).id(), createdDrafts.get(i).motivatedBy());
            }
        }
        store.replaceLinks(newLinks);

        Map<Long, String> slugs = new HashMap<>();
        known.teamIds().forEach((slug, id) -> slugs.put(id, slug));
        slugs.putAll(teams.slugsById(missing(slugs.keySet(), updateBefore)));
        AuditLog.Batch auditBatch = audit.batch();
        for (ShadowSystem s : created) {
            auditBatch.created(
                    actor,
                    ENTITY,
                    s.id(),
                    ShadowSystemView.of(s, slugs, newHistory.get(s.id()), linkViews(newLinks.get(s.id()), known)));
        }
        for (int i = 0; i < updated.size(); i++) {
            ShadowSystem before = updateBefore.get(i);
            ShadowSystem after = updated.get(i);
            List<ShadowSystemView.StatusChange> oldHistory = histories.getOrDefault(before.id(), List.of());
            List<ShadowSystemView.StatusChange> allHistory = new ArrayList<>(oldHistory);
            allHistory.addAll(newHistory.getOrDefault(after.id(), List.of()));
            List<ShadowSystemView.RequestLink> oldLinks = links.getOrDefault(before.id(), List.of());
            List<ShadowSystemView.RequestLink> afterLinks =
                    newLinks.containsKey(after.id()) ? linkViews(newLinks.get(after.id()), known) : oldLinks;
            auditBatch.updated(
                    actor,
                    ENTITY,
                    after.id(),
                    ShadowSystemView.of(before, slugs, oldHistory, oldLinks),
                    ShadowSystemView.of(after, slugs, allHistory, afterLinks));
        }
        auditBatch.flush();
        errors.sort(java.util.Comparator.comparingInt(ImportResult.RowError::row));
        ImportResult result = new ImportResult(created.size(), updated.size(), unchanged, rejected.size(), errors);
        audit.append(
                actor,
                "IMPORT",
                ENTITY,
                null,
                List.of(
                        new Change("rows", null, Integer.toString(rows.size())),
                        new Change("created", null, Integer.toString(result.created())),
                        new Change("updated", null, Integer.toString(result.updated())),
                        new Change("unchanged", null, Integer.toString(result.unchanged())),
                        new Change("rejected", null, Integer.toString(result.rejected()))));
        return result;
    }

    private static Collection<Long> missing(Set<Long> known, List<ShadowSystem> systems) {
        Set<Long> ids = new LinkedHashSet<>();
        for (ShadowSystem s : systems) {
            ids.add(s.ownerTeamId());
            ids.add(s.discoveredByTeamId());
        }
        ids.removeAll(known);
        return ids;
    }

    private static List<ShadowSystemView.RequestLink> linkViews(@Nullable List<Long> ids, ShadowRules.Known known) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream()
                .sorted()
                .map(known.requests()::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private ShadowRules.Draft checkOrThrow(ShadowSystemCreate body, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ShadowRules.Draft draft = ShadowRules.check(body, known(List.of(body)), now, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return draft;
    }

    private ShadowRules.Known known(List<ShadowSystemCreate> bodies) {
        Set<String> slugs = new HashSet<>();
        Set<Long> requestIds = new HashSet<>();
        for (ShadowSystemCreate b : bodies) {
            if (b.ownerTeam() != null) {
                slugs.add(ShadowRules.normaliseSlug(b.ownerTeam()));
            }
            if (b.discoveredBy() != null) {
                slugs.add(ShadowRules.normaliseSlug(b.discoveredBy()));
            }
            if (b.motivatedBy() != null) {
                b.motivatedBy().stream().filter(Objects::nonNull).forEach(requestIds::add);
            }
        }
        return store.known(slugs, requestIds);
    }

    private void requireIdentityFree(String identityKey, @Nullable Long self) {
        ShadowSystem other = store.byIdentity(List.of(identityKey)).get(identityKey);
        if (other != null && !other.id().equals(self)) {
            throw ApiException.conflict("This system is already recorded as " + ShadowSystemView.key(other.id())
                    + " (same provider and url, or without a url the same provider, name and owner team).");
        }
    }

    /** Databases keep microseconds; a response must show what a later read will show. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private ShadowSystem find(long id) {
        return systems.findById(id).orElseThrow(() -> ApiException.notFound(ShadowSystemView.key(id)));
    }

    /** Views of many systems with three extra queries in all (teams, histories, links), never one per system. */
    private List<ShadowSystemView> views(List<ShadowSystem> list) {
        List<Long> ids = list.stream().map(ShadowSystem::id).toList();
        Set<Long> teamIds = new HashSet<>();
        list.forEach(s -> {
            teamIds.add(s.ownerTeamId());
            teamIds.add(s.discoveredByTeamId());
        });
        Map<Long, String> slugs = teams.slugsById(teamIds);
        Map<Long, List<ShadowSystemView.StatusChange>> histories = store.histories(ids);
        Map<Long, List<ShadowSystemView.RequestLink>> links = store.links(ids);
        return list.stream()
                .map(s -> ShadowSystemView.of(
                        s, slugs, histories.getOrDefault(s.id(), List.of()), links.getOrDefault(s.id(), List.of())))
                .toList();
    }

    static ApiException statusConflict(ShadowStatus from, ShadowStatus to, String detail) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "Status move not allowed",
                detail,
                List.of(),
                Map.of(
                        "from",
                        from.name(),
                        "to",
                        to.name(),
                        "allowed",
                        from.allowedNext().stream().map(Enum::name).toList()));
    }

    private static <E extends Enum<E>> @Nullable E optionalEnum(
            Validator v, String field, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "must be one of " + Validator.allowed(type));
            return null;
        }
    }
}
