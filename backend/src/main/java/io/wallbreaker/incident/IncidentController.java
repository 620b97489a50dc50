package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/** Incidents with their timelines and action items: everyone signed in reads, members and admins record. */
@Controller("/api/incidents")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Incidents")
class IncidentController {

    private final IncidentService incidents;
    private final TimelineService timeline;
    private final ActionItemService actionItems;

    IncidentController(IncidentService incidents, TimelineService timeline, ActionItemService actionItems) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.actionItems = actionItems;
    }

    @Get
    PageOf<IncidentView> list(
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String severity,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String tag,
            @Nullable @QueryValue String factor,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort) {
        return incidents.list(
                new IncidentService.Filter(status, severity, team, tag, factor, q, from, to),
                Paging.of(page, size, sort, incidents.sortFields()));
    }

    @Get("/{id}")
    IncidentView get(@PathVariable long id) {
        return incidents.get(id);
    }

    @Post
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<IncidentView> create(@Body IncidentCreate body, Authentication auth) {
        IncidentView created = incidents.create(body, Actor.of(auth));
        return HttpResponse.created(
                created,
                UriBuilder.of("/api/incidents")
                        .path(String.valueOf(created.id()))
                        .build());
    }

    @Put("/{id}")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    IncidentView update(@PathVariable long id, @Body IncidentUpdate body, Authentication auth) {
        return incidents.update(id, body, Actor.of(auth));
    }

    @Get("/{id}/timeline")
    List<TimelineEntryView> timeline(@PathVariable long id) {
        return timeline.list(id);
    }

    @Post("/{id}/timeline")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<TimelineEntryView> addTimelineEntry(
            @PathVariable long id, @Body TimelineEntryCreate body, Authentication auth) {
        TimelineEntryView created = timeline.add(id, body, Actor.of(auth));
        // Entries have no resource of their own; the Location is the timeline they were added to.
        return HttpResponse.created(
                created,
                UriBuilder.of("/api/incidents")
                        .path(String.valueOf(id))
                        .path("timeline")
                        .build());
    }

    @Put("/{id}/timeline/{entryId}")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    TimelineEntryView updateTimelineEntry(
            @PathVariable long id, @PathVariable long entryId, @Body TimelineEntryUpdate body, Authentication auth) {
        return timeline.update(id, entryId, body, Actor.of(auth));
    }

    @Delete("/{id}/timeline/{entryId}")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<Void> deleteTimelineEntry(
            @PathVariable long id,
            @PathVariable long entryId,
            @Nullable @QueryValue Long version,
            Authentication auth) {
        timeline.delete(id, entryId, version, Actor.of(auth));
        return HttpResponse.noContent();
    }

    @Get("/{id}/action-items")
    PageOf<ActionItemView> actionItems(
            @PathVariable long id,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort) {
        return actionItems.page(id, Paging.of(page, size, sort, ActionItemService.SORT));
    }

    @Get("/{id}/action-items/{itemId}")
    ActionItemView actionItem(@PathVariable long id, @PathVariable long itemId) {
        return actionItems.get(id, itemId);
    }

    @Post("/{id}/action-items")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<ActionItemView> addActionItem(
            @PathVariable long id, @Body ActionItemCreate body, Authentication auth) {
        ActionItemView created = actionItems.add(id, body, Actor.of(auth));
        return HttpResponse.created(
                created,
                UriBuilder.of("/api/incidents")
                        .path(String.valueOf(id))
                        .path("action-items")
                        .path(String.valueOf(created.id()))
                        .build());
    }

    @Put("/{id}/action-items/{itemId}")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    ActionItemView updateActionItem(
            @PathVariable long id, @PathVariable long itemId, @Body ActionItemUpdate body, Authentication auth) {
        return actionItems.update(id, itemId, body, Actor.of(auth));
    }

    @Delete("/{id}/action-items/{itemId}")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<Void> deleteActionItem(
            @PathVariable long id, @PathVariable long itemId, @Nullable @QueryValue Long version, Authentication auth) {
        actionItems.delete(id, itemId, version, Actor.of(auth));
        return HttpResponse.noContent();
    }
}
