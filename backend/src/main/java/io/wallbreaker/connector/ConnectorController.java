package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.security.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jira and GitHub connectors: managed by administrators; their webhook takes signed deliveries. */
@Controller("/api/connectors")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
@Tag(name = "Connectors")
class ConnectorController {

    private final ConnectorService service;
    private final ConnectorIntake intake;
    private final HttpHostResolver hosts;

    ConnectorController(ConnectorService service, ConnectorIntake intake, HttpHostResolver hosts) {
        this.service = service;
        this.intake = intake;
        this.hosts = hosts;
    }

    @Post
    HttpResponse<ConnectorCreated> create(@Body ConnectorCreate body, HttpRequest<?> request, Authentication auth) {
        return HttpResponse.created(service.create(body, hosts.resolve(request), Actor.of(auth)));
    }

    @Get
    List<ConnectorView> list(HttpRequest<?> request) {
        return service.list(hosts.resolve(request));
    }

    @Get("/{id}")
    ConnectorView get(@PathVariable long id, HttpRequest<?> request) {
        return service.get(id, hosts.resolve(request));
    }

    @Put("/{id}")
    ConnectorView update(
            @PathVariable long id, @Body ConnectorUpdate body, HttpRequest<?> request, Authentication auth) {
        return service.update(id, body, hosts.resolve(request), Actor.of(auth));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable long id, Authentication auth) {
        service.delete(id, Actor.of(auth));
        return HttpResponse.noContent();
    }

    /** A new secret (and token URL), shown once; the previous ones stop working at once. */
    @Post("/{id}/secret")
    ConnectorCreated rotateSecret(@PathVariable long id, HttpRequest<?> request, Authentication auth) {
        return service.rotateSecret(id, hosts.resolve(request), Actor.of(auth));
    }

    @Get("/{id}/deliveries")
    PageOf<DeliveryView> deliveries(
            @PathVariable long id,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return service.deliveries(id, status, page, size);
    }

    /** Backfill: a Jira search result page, or GitHub's issues list with timelines. */
    @Post("/{id}/import")
    @Secured({Roles.ADMIN})
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    SyncReport.ImportResult importPage(@PathVariable long id, @Body byte[] body, Authentication auth) {
        return service.importPage(id, body, Actor.of(auth));
    }

    /** {@code {payload, event?, mapping?}} → the requests and events it would produce; nothing is stored. */
    @Post("/{id}/preview")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    SyncReport.Preview preview(@PathVariable long id, @Body byte[] body) {
        return service.preview(id, body);
    }

    /** Derives every synced request of the connector again from its stored changes (after a mapping change). */
    @Post("/{id}/rederive")
    SyncReport.Rederived rederive(@PathVariable long id, Authentication auth) {
        return service.rederive(id, Actor.of(auth));
    }

    /**
     * Deliveries from Jira or GitHub: authenticated by their signature (or, for Jira Data Center,
     * the token in the URL), not by a session.
     */
    @Post("/{id}/webhook")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    MutableHttpResponse<Map<String, Object>> webhook(
            @PathVariable long id,
            @Nullable @QueryValue String token,
            @Nullable @Header("X-Hub-Signature") String hubSignature,
            @Nullable @Header("X-Hub-Signature-256") String hubSignature256,
            @Nullable @Header("X-GitHub-Event") String githubEvent,
            @Nullable @Header("X-GitHub-Delivery") String githubDelivery,
            @Nullable @Header("X-Atlassian-Webhook-Identifier") String jiraDelivery,
            @Nullable @Body byte[] body) {
        ConnectorIntake.Receipt receipt;
        try {
            receipt = intake.receive(
                    id,
                    new ConnectorIntake.Headers(
                            hubSignature, hubSignature256, githubEvent, githubDelivery, jiraDelivery),
                    token,
                    body == null ? new byte[0] : body);
        } catch (ConnectorIntake.RateLimited limited) {
            return HttpResponse.<Map<String, Object>>status(HttpStatus.TOO_MANY_REQUESTS)
                    .contentType(MediaType.of("application/problem+json"))
                    .header("Retry-After", "1")
                    .body(Map.of(
                            "type",
                            "about:blank",
                            "title",
                            "Too many deliveries",
                            "status",
                            429,
                            "detail",
                            limited.getMessage(),
                            "retryAfterSeconds",
                            1));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", receipt.status());
        answer.put("delivery", receipt.delivery());
        answer.put("reason", receipt.reason());
        return HttpResponse.<Map<String, Object>>status(receipt.httpStatus()).body(answer);
    }
}
