package io.wallbreaker.security;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import java.util.List;

/** User administration: admins only. */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
@Tag(name = "Users")
class UserController {

    private final UserService service;

    UserController(UserService service) {
        this.service = service;
    }

    @Get
    PageOf<UserView> list(
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort) {
        return service.list(Paging.of(page, size, sort, UserService.SORT));
    }

    @Get("/{login}")
    UserView get(@PathVariable String login) {
        return service.get(login);
    }

    @Post
    HttpResponse<UserView> create(@Body UserCreate body, Authentication auth) {
        UserView created = service.create(body, Actor.of(auth));
        return HttpResponse.created(
                created, UriBuilder.of("/api/users").path(created.login()).build());
    }

    @Put("/{login}")
    UserView update(@PathVariable String login, @Body UserUpdate body, Authentication auth) {
        return service.update(login, body, Actor.of(auth));
    }
}
