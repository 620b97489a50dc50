package io.wallbreaker.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.security.Roles;
import java.util.List;

/** Teams: everyone signed in reads them; admins create and rename them. */
@Controller("/api/teams")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Teams")
class TeamController {

    private final TeamService service;

    TeamController(TeamService service) {
        this.service = service;
    }

    @Get
    PageOf<TeamView> list(
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort) {
        return service.list(Paging.of(page, size, sort, TeamService.SORT));
    }

    @Get("/{slug}")
    TeamView get(@PathVariable String slug) {
        return service.get(slug);
    }

    @Post
    @Secured(Roles.ADMIN)
    HttpResponse<TeamView> create(@Body TeamCreate body, Authentication auth) {
        TeamView created = service.create(body, Actor.of(auth));
        return HttpResponse.created(
                created, UriBuilder.of("/api/teams").path(created.slug()).build());
    }

    @Put("/{slug}")
    @Secured(Roles.ADMIN)
    TeamView update(@PathVariable String slug, @Body TeamUpdate body, Authentication auth) {
        return service.update(slug, body, Actor.of(auth));
    }
}
