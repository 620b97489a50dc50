package io.wallbreaker.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import java.util.List;

/** The signed-in user's own API tokens. A token cannot mint further tokens. */
@Controller("/api/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "API tokens")
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Get
    PageOf<ApiTokenView> list(
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort,
            Authentication auth) {
        return tokens.list(userId(auth), Paging.of(page, size, sort, ApiTokenService.SORT));
    }

    @Post
    HttpResponse<ApiTokenCreated> create(@Body ApiTokenCreate body, Authentication auth) {
        Actor actor = Actor.of(auth);
        if (actor.kind() == Actor.Kind.TOKEN) {
            throw new ApiException(
                    io.micronaut.http.HttpStatus.FORBIDDEN,
                    "Forbidden",
                    "API tokens are created by signing in, not with another token.");
        }
        ApiTokenCreated created = tokens.create(userId(auth), body, actor);
        return HttpResponse.created(
                created,
                UriBuilder.of("/api/tokens").path(Long.toString(created.id())).build());
    }

    @Delete("/{id}")
    HttpResponse<Void> revoke(@PathVariable long id, Authentication auth) {
        tokens.revoke(userId(auth), id, Actor.of(auth));
        return HttpResponse.noContent();
    }

    private static long userId(Authentication auth) {
        Long id = Actor.of(auth).userId();
        if (id == null) {
            throw new ApiException(io.micronaut.http.HttpStatus.UNAUTHORIZED, "Unauthorized", "No user is signed in.");
        }
        return id;
    }
}
