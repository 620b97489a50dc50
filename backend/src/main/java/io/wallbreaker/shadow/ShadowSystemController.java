package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.security.Roles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shadow systems: everyone signed in reads them; members record, edit and bulk-import them. */
@Controller("/api/shadow-systems")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Shadow systems")
class ShadowSystemController {

    /** A concurrent import that created the same systems first is retried against what it stored. */
    private static final int IMPORT_ATTEMPTS = 3;

    private final ShadowSystemService service;
    private final JsonMapper json;

    ShadowSystemController(ShadowSystemService service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    @Get
    PageOf<ShadowSystemView> list(
            @Nullable @QueryValue String ownerTeam,
            @Nullable @QueryValue String provider,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String dataClassification,
            @Nullable @QueryValue String discoveryMethod,
            @Nullable @QueryValue String discoveredFrom,
            @Nullable @QueryValue String discoveredTo,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort) {
        return service.list(
                new ShadowSystemService.Filter(
                        ownerTeam, provider, status, dataClassification, discoveryMethod, discoveredFrom, discoveredTo),
                Paging.of(page, size, sort, ShadowStore.SORT));
    }

    @Get("/{id}")
    ShadowSystemView get(@PathVariable long id) {
        return service.get(id);
    }

    @Post
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<ShadowSystemView> create(@Body ShadowSystemCreate body, Authentication auth) {
        ShadowSystemView created = service.create(body, Actor.of(auth));
        return HttpResponse.created(
                created,
                UriBuilder.of("/api/shadow-systems")
                        .path(Long.toString(created.id()))
                        .build());
    }

    @Put("/{id}")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    ShadowSystemView update(@PathVariable long id, @Body ShadowSystemUpdate body, Authentication auth) {
        return service.update(id, body, Actor.of(auth));
    }

    @Operation(
            summary = "Bulk import for discovery scripts",
            description = "A JSON array of create bodies, or text/csv (UTF-8) with a header row of the same field "
                    + "names and motivatedBy as space-separated request ids. Row numbers in errors are 1-based data "
                    + "rows (the CSV header is row 0). Systems are matched by (provider, url), else (provider, "
                    + "name, ownerTeam); empty optional cells keep stored values.")
    @Post(
            uri = "/import",
            consumes = {MediaType.APPLICATION_JSON, ShadowImportParser.CSV})
    @Secured({Roles.ADMIN, Roles.MEMBER})
    ImportResult importFile(HttpRequest<byte[]> request, Authentication auth) {
        byte[] body = request.getBody().orElse(null);
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        Charset charset = type.getCharset().orElse(StandardCharsets.UTF_8);
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported charset", "Import files must be UTF-8.");
        }
        boolean csv = type.getName().equalsIgnoreCase(ShadowImportParser.CSV);
        List<ImportRow> rows = ShadowImportParser.parse(body, csv, json);
        Actor actor = Actor.of(auth);
        for (int attempt = 1; ; attempt++) {
            try {
                return service.importRows(rows, actor);
            } catch (RuntimeException e) {
                // Two imports racing to create the same system: the loser runs again and finds it stored.
                if (!UniqueViolations.isViolationOf(e, "shadow_system_identity_unique") || attempt == IMPORT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
