package io.wallbreaker.team;

import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Problem;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** What other features need of teams: turning slugs from a request body into ids and back. */
@Singleton
public class TeamDirectory {

    private static final int MAX_CACHED_SLUGS = 100_000;

    private final TeamRepository teams;
    private final AuditLog audit;
    private final Map<Long, String> slugCache = new ConcurrentHashMap<>();

    TeamDirectory(TeamRepository teams, AuditLog audit) {
        this.teams = teams;
        this.audit = audit;
    }

    /** Ids of the given slugs, in order; unknown slugs fail with a 400 naming {@code field}. */
    public Map<String, Long> requireIds(String field, Collection<String> slugs) {
        Map<String, Long> known = teams.findBySlugIn(slugs).stream().collect(Collectors.toMap(Team::slug, Team::id));
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Long> result = new LinkedHashMap<>();
        for (String slug : slugs) {
            Long id = known.get(slug);
            if (id == null) {
                errors.add(new Problem.FieldError(field, "unknown team '" + slug + "'"));
            } else {
                result.put(slug, id);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return result;
    }

    /** Ids of those of {@code slugs} that name a team; unknown slugs are simply absent. */
    public Map<String, Long> idsOf(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return teams.findBySlugIn(slugs).stream().collect(Collectors.toMap(Team::slug, Team::id));
    }

    /**
     * Slugs of the teams with these ids; ids of no team are absent. A team's slug never changes and
     * no team is deleted, so each instance remembers the pairs it has read (ids are never reused:
     * even a pair read inside a transaction that rolled back names no other team) and asks the
     * database only for ids it has not seen: lists that show teams cost no query for them.
     */
    public Map<Long, String> slugsById(Collection<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : ids) {
            String slug = slugCache.get(id);
            if (slug != null) {
                result.put(id, slug);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            for (Team t : teams.findByIdIn(unknown)) {
                result.put(t.id(), t.slug());
                if (slugCache.size() < MAX_CACHED_SLUGS) {
                    slugCache.put(t.id(), t.slug());
                }
            }
        }
        return result;
    }

    /** The display names of the teams with these slugs; unknown slugs are absent. */
    public Map<String, String> namesBySlug(Collection<String> slugs) {
        Map<String, String> result = new HashMap<>();
        if (!slugs.isEmpty()) {
            for (Team t : teams.findBySlugIn(slugs)) {
                result.put(t.slug(), t.name());
            }
        }
        return result;
    }

    public java.util.Optional<Long> idOf(String slug) {
        return teams.findBySlug(slug).map(Team::id);
    }

    /**
     * Creates a team unless one with the slug exists (demo data, first start), in the audit trail
     * like every write: the metrics follow that trail to learn of new teams.
     */
    @Transactional
    public void ensure(String slug, String name, TeamKind kind, java.time.Instant now) {
        if (!teams.existsBySlug(slug)) {
            Team saved = teams.save(new Team(null, slug, name, kind, 0L, now, now));
            audit.created(Actor.SYSTEM, AuditedType.TEAM, saved.slug(), TeamView.of(saved));
        }
    }
}
