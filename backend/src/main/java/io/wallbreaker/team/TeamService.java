package io.wallbreaker.team;

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
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.common.Validator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/** Team rules: slug format and uniqueness, optimistic locking, audit. */
@Singleton
class TeamService {

    static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,40}");
    static final AuditedType ENTITY = AuditedType.TEAM;

    /** What the team list sorts by; by name by default. */
    static final Sorting.Fields SORT = Sorting.Fields.tieBreak("id")
            .add("slug", "slug")
            .text("name", "name")
            .ordinal("kind", "kind", TeamKind.class)
            .add("createdAt", "created_at")
            .byDefault("name,asc", "slug,asc");

    private final TeamRepository teams;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Constraints constraints;
    private final Clock clock;

    TeamService(TeamRepository teams, JdbcOperations jdbc, AuditLog audit, Constraints constraints, Clock clock) {
        this.teams = teams;
        this.jdbc = jdbc;
        this.audit = audit;
        this.constraints = constraints;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageOf<TeamView> list(Paging paging) {
        return new SqlQuery("*", "team").page(jdbc, paging, rs -> TeamView.of(jdbc.readEntity(rs, Team.class)));
    }

    @Transactional(readOnly = true)
    TeamView get(String slug) {
        return TeamView.of(find(slug));
    }

    @Transactional
    TeamView create(TeamCreate body, Actor actor) {
        Validator v = new Validator();
        v.require("slug", body.slug())
                .matches("slug", body.slug(), SLUG, "must be 2–40 lowercase letters, digits or dashes");
        constraints.check(v, body, "");
        String name = body.name() == null ? null : body.name().trim();
        TeamKind kind = v.enumValue("kind", body.kind(), TeamKind.class);
        v.throwIfInvalid();
        if (teams.existsBySlug(body.slug())) {
            throw UniqueViolations.duplicate("slug", "is already taken by another team");
        }
        Instant now = clock.instant();
        Team saved = teams.save(new Team(null, body.slug(), name, kind, 0L, now, now));
        TeamView view = TeamView.of(saved);
        audit.created(actor, ENTITY, saved.slug(), view);
        return view;
    }

    @Transactional
    TeamView update(String slug, TeamUpdate body, Actor actor) {
        Validator v = new Validator();
        constraints.check(v, body, "");
        String name = body.name() == null ? null : body.name().trim();
        TeamKind kind = v.enumValue("kind", body.kind(), TeamKind.class);
        v.require("version", body.version());
        v.throwIfInvalid();
        Team current = find(slug);
        if (current.version() != body.version().longValue()) {
            throw ApiException.staleVersion("Team '" + slug + "'");
        }
        // The repository's UPDATE also checks the version, which closes the race between this read and the write.
        Team updated = teams.update(current.withChanges(name, kind, body.version(), clock.instant()));
        TeamView view = TeamView.of(updated);
        audit.updated(actor, ENTITY, slug, TeamView.of(current), view);
        return view;
    }

    private Team find(String slug) {
        return teams.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Team '" + slug + "'"));
    }
}
