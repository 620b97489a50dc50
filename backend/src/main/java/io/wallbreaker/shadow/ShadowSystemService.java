package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.audit.Change;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.TimeParams;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.common.Validator;
import io.wallbreaker.notify.Notices;
import io.wallbreaker.request.RequestDirectory;
import io.wallbreaker.request.RequestDirectory.RequestRef;
import io.wallbreaker.team.TeamDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Shadow-system rules in the database: create, edit with optimistic locking and the status state
 * machine, filtered lists, and the idempotent bulk import. Every write goes through
 * {@link ShadowSystemRepository} and is audited in its transaction.
 */
@Singleton
public class ShadowSystemService {

    static final AuditedType ENTITY = AuditedType.SHADOW_SYSTEM;

    private final ShadowSystemRepository systems;
    private final ShadowStore store;
    private final TeamDirectory teams;
    private final RequestDirectory requests;
    private final AuditLog audit;
    private final Notices notices;
    private final Clock clock;

    ShadowSystemService(
            ShadowSystemRepository systems,
            ShadowStore store,
            TeamDirectory teams,
            RequestDirectory requests,
            AuditLog audit,
            Notices notices,
            Clock clock) {
        this.notices = notices;
        this.systems = systems;
        this.store = store;
        this.teams = teams;
        this.requests = requests;
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
        ShadowStatus status = v.optionalEnum("status", filter.status(), ShadowStatus.class);
        DataClassification classification =
                v.optionalEnum("dataClassification", filter.dataClassification(), DataClassification.class);
        DiscoveryMethod method = v.optionalEnum("discoveryMethod", filter.discoveryMethod(), DiscoveryMethod.class);
        v.throwIfInvalid();
        TimeParams.Range range =
                TimeParams.range("discoveredFrom", filter.discoveredFrom(), "discoveredTo", filter.discoveredTo());
        Long ownerId = null;
        if (filter.ownerTeam() != null && !filter.ownerTeam().isBlank()) {
            String slug = ShadowRules.normaliseSlug(filter.ownerTeam());
            ownerId = teams.requireIds("ownerTeam", List.of(slug)).get(slug);
        }
        String provider =
                filter.provider() == null || filter.provider().isBlank() ? null : ShadowDetails.fold(filter.provider());
        SqlQuery query = ShadowStore.query()
                .where("owner_team_id = ?", ownerId)
                .where("LOWER(provider) = ?", provider)
                .where("status = ?", status)
                .where("data_classification = ?", classification)
                .where("discovery_method = ?", method)
                .where("discovered_at >= ?", range.from())
                .where("discovered_at < ?", range.to());
        PageOf<ShadowSystem> page = store.page(query, paging);
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
        ShadowRules.Draft draft = checkOrThrow(body, new Validator(), now);
        requireIdentityFree(draft.details().identityKey(), null);
        ShadowSystem saved = systems.save(draft.toNew(now));
        store.insertHistory(List.of(new ShadowStore.HistoryRow(saved.id(), saved.status(), now, actor.name())));
        store.replaceLinks(Map.of(saved.id(), draft.motivatedBy()));
        ShadowSystemView view = views(List.of(saved)).get(0);
        audit.created(actor, ENTITY, saved.id(), view);
        if (view.dataClassification() == DataClassification.CUSTOMER_PII) {
            notices.shadowSystem(
                    view.id(),
                    view.name(),
                    view.ownerTeam(),
                    view.dataClassification().name(),
                    null,
                    view.status().name(),
                    now);
        }
        return view;
    }

    @Transactional
    ShadowSystemView update(long id, ShadowSystemUpdate body, Actor actor) {
        Instant now = now();
        Validator v = new Validator();
        if (body.version() == null) {
            v.add("version", "is required");
        }
        ShadowRules.Draft draft = checkOrThrow(body.fields(), v, now);
        ShadowSystem current = find(id);
        if (current.version() != body.version().longValue()) {
            throw ApiException.staleVersion(ShadowSystemView.key(id));
        }
        ShadowStatus target = draft.status() == null ? current.status() : draft.status();
        String refused = ShadowRules.refusedMove(current.status(), target);
        if (refused != null) {
            throw statusConflict(current.status(), target, refused);
        }
        requireIdentityFree(draft.details().identityKey(), id);
        ShadowSystemView before = views(List.of(current)).get(0);
        // The repository's UPDATE also checks the version, which closes the race between this read and the write.
        ShadowSystem updated = systems.update(current.changed(draft.details(), target, body.version(), now));
        if (target != current.status()) {
            store.insertHistory(List.of(new ShadowStore.HistoryRow(id, target, now, actor.name())));
        }
        Set<Long> oldLinks =
                new HashSet<>(before.motivatedBy().stream().map(RequestRef::id).toList());
        if (!oldLinks.equals(new HashSet<>(draft.motivatedBy()))) {
            store.replaceLinks(Map.of(id, draft.motivatedBy()));
        }
        ShadowSystemView after = views(List.of(updated)).get(0);
        audit.updated(actor, ENTITY, id, before, after);
        if (target != current.status() && after.dataClassification() == DataClassification.CUSTOMER_PII) {
            notices.shadowSystem(
                    after.id(),
                    after.name(),
                    after.ownerTeam(),
                    after.dataClassification().name(),
                    current.status().name(),
                    target.name(),
                    now);
        }
        return after;
    }

    /**
     * Stores the valid rows and reports the invalid ones. Existing systems are found by identity in a
     * few IN queries, and new and changed systems are written with the repository's batch
     * {@code saveAll} / {@code updateAll} in this one transaction (a system edited by someone else
     * meanwhile fails the import with 409). Audit: one CREATE or UPDATE entry per system plus one
     * IMPORT summary entry.
     */
    @Transactional
    ImportResult importRows(List<ImportRow> rows, Actor actor) {
        Instant now = now();
        ShadowRules.Known known = known(rows.stream().map(ImportRow::body).toList());
        List<ImportResult.RowError> errors = new ArrayList<>();
        Map<Integer, ShadowRules.Draft> drafts = new LinkedHashMap<>();
        Map<String, Integer> firstRowOfIdentity = new HashMap<>();
        for (ImportRow row : rows) {
            Validator v = new Validator();
            row.readErrors().forEach(e -> v.add(e.field(), e.message()));
            boolean unreadable =
                    row.readErrors().stream().anyMatch(e -> e.field().equals("row"));
            ShadowRules.Draft draft = unreadable ? null : ShadowRules.check(row.body(), known, now, v);
            if (draft != null && v.size() == 0) {
                Integer earlier = firstRowOfIdentity.putIfAbsent(draft.details().identityKey(), row.row());
                if (earlier != null) {
                    v.add(
                            draft.details().url() != null ? "url" : "name",
                            "describes the same system as row " + earlier);
                }
            }
            if (v.size() == 0) {
                drafts.put(row.row(), draft);
            } else {
                v.errors().forEach(e -> errors.add(new ImportResult.RowError(row.row(), e.field(), e.message())));
            }
        }

        Map<String, ShadowSystem> existing = store.byIdentity(
                drafts.values().stream().map(d -> d.details().identityKey()).toList());
        List<Long> existingIds =
                existing.values().stream().map(ShadowSystem::id).toList();
        Map<Long, List<ShadowSystemView.StatusChange>> histories = store.histories(existingIds);
        Map<Long, List<Long>> links = store.links(existingIds);

        List<ShadowSystem> toCreate = new ArrayList<>();
        List<List<Long>> createdLinks = new ArrayList<>();
        List<ShadowSystem> toUpdate = new ArrayList<>();
        List<ShadowSystem> updateBefore = new ArrayList<>();
        Map<Long, List<Long>> newLinks = new HashMap<>();
        Set<Integer> rejected =
                new HashSet<>(errors.stream().map(ImportResult.RowError::row).toList());
        int unchanged = 0;
        for (Map.Entry<Integer, ShadowRules.Draft> entry : drafts.entrySet()) {
            ShadowRules.Draft draft = entry.getValue();
            ShadowSystem current = existing.get(draft.details().identityKey());
            if (current == null) {
                toCreate.add(draft.toNew(now));
                createdLinks.add(draft.motivatedBy());
                continue;
            }
            ShadowSystem merged = draft.mergedInto(current, now);
            String refused = ShadowRules.refusedMove(current.status(), merged.status());
            if (refused != null) {
                errors.add(new ImportResult.RowError(entry.getKey(), "status", refused));
                rejected.add(entry.getKey());
                continue;
            }
            List<Long> currentLinks = links.getOrDefault(current.id(), List.of());
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

        List<ShadowSystem> created = toCreate.isEmpty() ? List.of() : copy(systems.saveAll(toCreate));
        List<ShadowSystem> updated = toUpdate.isEmpty() ? List.of() : copy(systems.updateAll(toUpdate));
        List<ShadowStore.HistoryRow> history = new ArrayList<>();
        for (ShadowSystem s : created) {
            history.add(new ShadowStore.HistoryRow(s.id(), s.status(), now, actor.name()));
        }
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).status() != updateBefore.get(i).status()) {
                history.add(new ShadowStore.HistoryRow(
                        updated.get(i).id(), updated.get(i).status(), now, actor.name()));
            }
        }
        store.insertHistory(history);
        Map<Long, List<ShadowSystemView.StatusChange>> newHistory = new HashMap<>();
        history.forEach(h -> newHistory
                .computeIfAbsent(h.systemId(), k -> new ArrayList<>())
                .add(new ShadowSystemView.StatusChange(h.status(), h.at(), h.actor())));
        for (int i = 0; i < created.size(); i++) {
            if (!createdLinks.get(i).isEmpty()) {
                newLinks.put(created.get(i).id(), createdLinks.get(i));
            }
        }
        store.replaceLinks(newLinks);

        Map<Long, String> slugs = new HashMap<>();
        known.teamIds().forEach((slug, teamId) -> slugs.put(teamId, slug));
        Set<Long> missingSlugs = new HashSet<>();
        updateBefore.forEach(s -> {
            missingSlugs.add(s.details().ownerTeamId());
            missingSlugs.add(s.details().discoveredByTeamId());
        });
        missingSlugs.removeAll(slugs.keySet());
        slugs.putAll(teams.slugsById(missingSlugs));
        Set<Long> refIds = new HashSet<>();
        links.values().forEach(refIds::addAll);
        Map<Long, RequestRef> refs = new HashMap<>(known.requests());
        refIds.removeAll(refs.keySet());
        refs.putAll(requests.refs(refIds));
        AuditLog.Batch auditBatch = audit.batch();
        for (ShadowSystem s : created) {
            auditBatch.created(
                    actor,
                    ENTITY,
                    s.id(),
                    ShadowSystemView.of(
                            s, slugs, newHistory.get(s.id()), refsOf(newLinks.getOrDefault(s.id(), List.of()), refs)));
        }
        for (int i = 0; i < updated.size(); i++) {
            ShadowSystem before = updateBefore.get(i);
            ShadowSystem after = updated.get(i);
            List<ShadowSystemView.StatusChange> oldHistory = histories.getOrDefault(before.id(), List.of());
            List<ShadowSystemView.StatusChange> allHistory = new ArrayList<>(oldHistory);
            allHistory.addAll(newHistory.getOrDefault(after.id(), List.of()));
            List<Long> oldLinks = links.getOrDefault(before.id(), List.of());
            auditBatch.updated(
                    actor,
                    ENTITY,
                    after.id(),
                    ShadowSystemView.of(before, slugs, oldHistory, refsOf(oldLinks, refs)),
                    ShadowSystemView.of(
                            after, slugs, allHistory, refsOf(newLinks.getOrDefault(after.id(), oldLinks), refs)));
        }
        auditBatch.flush();
        errors.sort(Comparator.comparingInt(ImportResult.RowError::row));
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

    private static List<ShadowSystem> copy(Iterable<ShadowSystem> saved) {
        List<ShadowSystem> list = new ArrayList<>();
        saved.forEach(list::add);
        return list;
    }

    private static List<RequestRef> refsOf(List<Long> ids, Map<Long, RequestRef> refs) {
        return ids.stream().sorted().map(refs::get).filter(Objects::nonNull).toList();
    }

    private ShadowRules.Draft checkOrThrow(ShadowSystemCreate body, Validator v, Instant now) {
        ShadowRules.Draft draft = ShadowRules.check(body, known(List.of(body)), now, v);
        v.throwIfInvalid();
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
        return new ShadowRules.Known(teams.idsOf(slugs), requests.refs(requestIds));
    }

    /** A friendly 409 before the write; the unique index settles a race (see UniqueViolations). */
    private void requireIdentityFree(String identityKey, @Nullable Long self) {
        ShadowSystem other = store.byIdentity(List.of(identityKey)).get(identityKey);
        if (other != null && !other.id().equals(self)) {
            throw UniqueViolations.duplicate(
                    other.details().url() != null ? "url" : "name",
                    "describes a system already recorded as " + ShadowSystemView.key(other.id())
                            + " (same provider and url, or without a url the same provider, name and owner team)");
        }
    }

    /** Times are kept to the millisecond, like every time the product accepts. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private ShadowSystem find(long id) {
        return systems.findById(id).orElseThrow(() -> ApiException.notFound(ShadowSystemView.key(id)));
    }

    /** Views of many systems with a few extra queries in all (teams, histories, links, requests), never one per system. */
    private List<ShadowSystemView> views(List<ShadowSystem> list) {
        List<Long> ids = list.stream().map(ShadowSystem::id).toList();
        Set<Long> teamIds = new HashSet<>();
        list.forEach(s -> {
            teamIds.add(s.details().ownerTeamId());
            teamIds.add(s.details().discoveredByTeamId());
        });
        Map<Long, String> slugs = teams.slugsById(teamIds);
        Map<Long, List<ShadowSystemView.StatusChange>> histories = store.histories(ids);
        Map<Long, List<Long>> links = store.links(ids);
        Set<Long> refIds = new HashSet<>();
        links.values().forEach(refIds::addAll);
        Map<Long, RequestRef> refs = requests.refs(refIds);
        return list.stream()
                .map(s -> ShadowSystemView.of(
                        s,
                        slugs,
                        histories.getOrDefault(s.id(), List.of()),
                        refsOf(links.getOrDefault(s.id(), List.of()), refs)))
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
}
