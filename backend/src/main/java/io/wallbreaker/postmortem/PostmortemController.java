package io.wallbreaker.postmortem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.incident.IncidentView;
import io.wallbreaker.security.Roles;

/** Postmortems of incidents, their Markdown export, and the live preview and blameless check used while writing. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Postmortems")
class PostmortemController {

    static final String TEXT_MARKDOWN = "text/markdown";

    private final PostmortemService service;

    PostmortemController(PostmortemService service) {
        this.service = service;
    }

    @Get("/incidents/{id}/postmortem")
    PostmortemView get(@PathVariable long id) {
        return service.get(id);
    }

    @Put("/incidents/{id}/postmortem")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    PostmortemView save(@PathVariable long id, @Body PostmortemSave body, Authentication auth) {
        return service.save(id, body, Actor.of(auth));
    }

    // JSON types are listed too so a JSON-minded client still gets the document, and its errors as problems.
    @Get("/incidents/{id}/postmortem.md")
    @Produces({TEXT_MARKDOWN, MediaType.APPLICATION_JSON, "application/problem+json"})
    HttpResponse<String> export(@PathVariable long id) {
        return HttpResponse.ok(service.export(id))
                .contentType(MediaType.of(TEXT_MARKDOWN + ";charset=utf-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + IncidentView.key(id) + "-postmortem.md\"");
    }

    // Check and preview change nothing, so readers may use them too; they are POSTs only because Markdown is long.
    @Post("/postmortems/check")
    CheckResult check(@Body MarkdownBody body) {
        return service.check(body.markdown());
    }

    @Post("/postmortems/preview")
    PreviewResult preview(@Body MarkdownBody body) {
        return new PreviewResult(service.preview(body.markdown()));
    }
}
