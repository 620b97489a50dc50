package io.wallbreaker.request;

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
import io.wallbreaker.common.ImportLimits;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.TimeParams;
import io.wallbreaker.common.Validator;
import io.wallbreaker.security.Roles;
import java.util.List;

/** Cross-team requests: the raw data of the wall. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Cross-team requests")
class RequestController {

    private final RequestService service;
    private final RequestImport imports;
    private final OlaTargets olaTargets;

    RequestController(RequestService service, RequestImport imports, OlaTargets olaTargets) {
        this.service = service;
        this.imports = imports;
        this.olaTargets = olaTargets;
    }

    @Post("/requests")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<RequestView> create(@Body RequestCreate body, Authentication auth) {
        RequestView created = service.create(body, Actor.of(auth));
        return HttpResponse.created(
                created,
                UriBuilder.of("/api/requests")
                        .path(Long.toString(created.summary().id()))
                        .build());
    }

    @Get("/requests")
    PageOf<RequestSummary> list(
            @Nullable @QueryValue String requester,
            @Nullable @QueryValue String responder,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue String state,
            @Nullable @QueryValue String outcome,
            @Nullable @QueryValue Long incident,
            @Nullable @QueryValue String openedFrom,
            @Nullable @QueryValue String openedTo,
            @Nullable @QueryValue String pingPong,
            @Nullable @QueryValue String externalRef,
            @Nullable @QueryValue String open,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort) {
        Paging paging = Paging.of(page, size, sort, RequestService.sortFields());
        Validator v = new Validator();
        Boolean onlyPingPong = v.optionalBoolean("pingPong", pingPong);
        Boolean onlyOpen = v.optionalBoolean("open", open);
        v.throwIfInvalid();
        TimeParams.Range opened = TimeParams.range("openedFrom", openedFrom, "openedTo", openedTo);
        return service.list(
                new RequestService.Filter(
                        requester,
                        responder,
                        kind,
                        state,
                        outcome,
                        incident,
                        opened.from(),
                        opened.to(),
                        onlyPingPong,
                        externalRef,
                        onlyOpen),
                paging);
    }

    @Get("/requests/{id}")
    RequestView get(@PathVariable long id) {
        return service.get(id);
    }

    @Post("/requests/{id}/events")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<RequestView.EventAppended> appendEvent(
            @PathVariable long id, @Body EventCreate body, Authentication auth) {
        return HttpResponse.created(service.appendEvent(id, body, Actor.of(auth)));
    }

    @Post("/requests/import")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    RequestImportResult importHistory(@Body List<RequestImportItem> items, Authentication auth) {
        ImportLimits.checkRows(items.size(), "requests");
        return imports.importHistory(items, Actor.of(auth));
    }

    @Get("/ola-targets")
    PageOf<OlaTarget> olaTargets(
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort) {
        return olaTargets.page(Paging.of(page, size, sort, OlaTargets.sortFields()));
    }

    @Get("/ola-targets/usage")
    List<OlaTargetUsage> olaTargetUsage() {
        return olaTargets.usage();
    }

    @Put("/ola-targets")
    @Secured(Roles.ADMIN)
    List<OlaTarget> replaceOlaTargets(@Body List<OlaTarget> targets, Authentication auth) {
        return olaTargets.replace(targets, Actor.of(auth));
    }
}
