package io.wallbreaker.notify;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.security.Roles;
import java.util.List;

/** Where notifications go: Slack, Microsoft Teams, signed webhooks, e-mail (administrators). */
@Controller("/api/notification-channels")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
@Tag(name = "Notifications")
class ChannelController {

    private final ChannelService service;

    ChannelController(ChannelService service) {
        this.service = service;
    }

    @Post
    HttpResponse<ChannelView> create(@Body ChannelCreate body, Authentication auth) {
        return HttpResponse.created(service.create(body, Actor.of(auth)));
    }

    @Get
    List<ChannelView> list() {
        return service.list();
    }

    @Get("/{id}")
    ChannelView get(@PathVariable long id) {
        return service.get(id);
    }

    @Put("/{id}")
    ChannelView update(@PathVariable long id, @Body ChannelUpdate body, Authentication auth) {
        return service.update(id, body, Actor.of(auth));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable long id, Authentication auth) {
        service.delete(id, Actor.of(auth));
        return HttpResponse.noContent();
    }

    /** A WEBHOOK channel's new signing secret, shown once in the answer (409 for other kinds). */
    @Post("/{id}/secret")
    ChannelView rotateSecret(@PathVariable long id, Authentication auth) {
        return service.rotateSecret(id, Actor.of(auth));
    }

    /** Sends a test message now; the answer says whether the channel took it. */
    @Post("/{id}/test")
    TestResult test(@PathVariable long id, Authentication auth) {
        return service.test(id, Actor.of(auth));
    }

    @Get("/{id}/deliveries")
    PageOf<NotificationDeliveryView> deliveries(
            @PathVariable long id,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return service.deliveries(id, status, page, size);
    }

    /** Queues a delivery again (a dead one after its endpoint was fixed), with a fresh count of attempts. */
    @Post("/{id}/deliveries/{deliveryId}/retry")
    NotificationDeliveryView retry(@PathVariable long id, @PathVariable long deliveryId, Authentication auth) {
        return service.retry(id, deliveryId, Actor.of(auth));
    }
}
