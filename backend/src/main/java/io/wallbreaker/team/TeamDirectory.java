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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What other features need of teams: turning slugs from a request body into ids and back. */
@Singleton
public class TeamDirectory {

    private final TeamRepository teams;
    private final AuditLog audit;

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

    public Map<Long, String> slugsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return teams.findByIdIn(ids).stream().collect(Collectors.toMap(Team::id, Team::slug));
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
