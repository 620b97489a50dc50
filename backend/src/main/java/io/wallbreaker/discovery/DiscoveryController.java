package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.ImportText;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.UniqueViolations;
import io.wallbreaker.security.Roles;
import io.wallbreaker.shadow.ShadowSystemCreate;
import io.wallbreaker.shadow.ShadowSystemView;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Discovery (docs/DISCOVERY.md): the catalog of known systems, inventory snapshots, and the
 * shadow-system candidates their difference yields. Everyone signed in reads; members and
 * administrators import and triage (Ops, often from scripts with an API token).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Discovery")
class DiscoveryController {

    private static final String YAML = "application/yaml";
    private static final Set<String> YAML_TYPES = Set.of(YAML, "application/x-yaml", "text/yaml", "text/x-yaml");

    private final Catalog catalog;
    private final Inventories inventories;
    private final Candidates candidates;

    DiscoveryController(Catalog catalog, Inventories inventories, Candidates candidates) {
        this.catalog = catalog;
        this.inventories = inventories;
        this.candidates = candidates;
    }

    @Operation(
            summary = "Import Backstage catalog files or a catalog CSV",
            description = "A Backstage catalog-info.yaml (one or more YAML documents; application/yaml) or text/csv "
                    + "with the columns kind, namespace, name, title, owner, type, links, hostnames, herokuApps, "
                    + "awsAccountIds. Idempotent by entity ref; entities not in the file are kept. ?format=backstage|csv "
                    + "overrides the content type.")
    @Post(
            uri = "/catalog/import",
            consumes = {YAML, "application/x-yaml", "text/yaml", "text/x-yaml", "text/csv", MediaType.TEXT_PLAIN})
    @Secured({Roles.ADMIN, Roles.MEMBER})
    DiscoveryViews.CatalogReport importCatalog(
            HttpRequest<byte[]> request, @Nullable @QueryValue String format, Authentication auth) {
        String text = text(request);
        if (text.isBlank()) {
            throw ImportText.malformed("The body is empty; send a catalog-info.yaml or a catalog CSV.");
        }
        String type =
                request.getContentType().map(MediaType::getName).orElse("").toLowerCase(Locale.ROOT);
        boolean csv;
        if (format != null && !format.isBlank()) {
            if (!List.of("backstage", "csv").contains(format)) {
                throw ApiException.invalid("format", "must be backstage or csv");
            }
            csv = format.equals("csv");
        } else {
            csv = type.equals("text/csv");
            if (!csv && !YAML_TYPES.contains(type) && !type.equals(MediaType.TEXT_PLAIN)) {
                throw ApiException.invalid("format", "send application/yaml or text/csv, or say ?format=");
            }
        }
        CatalogParser.Parsed parsed = csv ? CatalogParser.csv(text) : CatalogParser.yaml(text);
        return catalog.importEntities(parsed, Actor.of(auth));
    }

    @Get("/catalog")
    PageOf<DiscoveryViews.KnownSystem> catalog(
            @Nullable @QueryValue String q, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return catalog.list(q, page, size);
    }

    @Get("/catalog/{id}")
    DiscoveryViews.KnownSystem knownSystem(@PathVariable long id) {
        return catalog.get(id);
    }

    @Delete("/catalog/{id}")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<Void> deleteKnownSystem(@PathVariable long id, Authentication auth) {
        catalog.delete(id, Actor.of(auth));
        return HttpResponse.noContent();
    }

    @Operation(
            summary = "Import an inventory snapshot",
            description = "The raw output of the tool: heroku (`heroku apps --all --json`), aws-organizations (`aws "
                    + "organizations list-accounts`), dns (an RFC 1035 zone file; ?origin= when it has no $ORIGIN), csv "
                    + "(provider, identifier, url, firstSeenAt, owner, evidence; ?feed= names one of several CSV "
                    + "inventories). The snapshot is the source's complete list: what is missing is gone. ?team= is "
                    + "the team that triages the candidates (default: the first OPS team).")
    @Post(
            uri = "/inventories/{source}/import",
            consumes = {MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN, "text/dns"})
    @Secured({Roles.ADMIN, Roles.MEMBER})
    DiscoveryViews.SnapshotReport importInventory(
            @PathVariable String source,
            HttpRequest<byte[]> request,
            @Nullable @QueryValue String feed,
            @Nullable @QueryValue String origin,
            @Nullable @QueryValue String team,
            Authentication auth) {
        InventorySource s = InventorySource.ofPath(source);
        String key = Inventories.key(s, source, feed);
        String text = text(request);
        InventoryParser.Parsed parsed = inventories.parse(s, text, origin);
        Actor actor = Actor.of(auth);
        synchronized (Inventories.lock(key)) {
            try {
                return inventories.importSnapshot(key, parsed, text, team, actor);
            } catch (RuntimeException e) {
                // Another instance imported the same source at the same moment: run again on its result.
                if (!UniqueViolations.isUniqueViolation(e)) {
                    throw e;
                }
                return inventories.importSnapshot(key, parsed, text, team, actor);
            }
        }
    }

    @Get("/inventories/snapshots")
    PageOf<DiscoveryViews.SnapshotReport> snapshots(
            @Nullable @QueryValue String source,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return inventories.snapshots(source, page, size);
    }

    /** Registered shadow systems whose inventory item disappeared: candidates for "decommissioned". */
    @Get("/inventories/gone")
    List<DiscoveryViews.Gone> gone() {
        return inventories.gone();
    }

    @Get("/shadow-candidates")
    PageOf<DiscoveryViews.Candidate> candidates(
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String source,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return candidates.list(status, source, team, page, size);
    }

    @Get("/shadow-candidates/{id}")
    DiscoveryViews.Candidate candidate(@PathVariable long id) {
        return candidates.get(id);
    }

    @Operation(
            summary = "Confirm a candidate as a shadow system",
            description =
                    "Pre-filled from the evidence (name, provider, url, firstLiveAt = first seen, the source's "
                            + "discovery method, the guessed owner, the triaging team as discoverer); any field of the shadow "
                            + "system create body overrides. dataClassification is required. Answers 201 with the shadow system.")
    @Post("/shadow-candidates/{id}/confirm")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    HttpResponse<ShadowSystemView> confirm(
            @PathVariable long id, @Nullable @Body ShadowSystemCreate body, Authentication auth) {
        ShadowSystemView created = candidates.confirm(id, body, Actor.of(auth));
        return HttpResponse.created(created).header("Location", "/api/shadow-systems/" + created.id());
    }

    @Post("/shadow-candidates/{id}/known")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    DiscoveryViews.Candidate known(
            @PathVariable long id, @Nullable @Body DiscoveryViews.KnownBody body, Authentication auth) {
        return candidates.known(id, body, Actor.of(auth));
    }

    @Post("/shadow-candidates/{id}/ignore")
    @Secured({Roles.ADMIN, Roles.MEMBER})
    DiscoveryViews.Candidate ignore(
            @PathVariable long id, @Nullable @Body DiscoveryViews.IgnoreBody body, Authentication auth) {
        return candidates.ignore(id, body, Actor.of(auth));
    }

    private static String text(HttpRequest<byte[]> request) {
        Charset charset =
                request.getContentType().flatMap(MediaType::getCharset).orElse(StandardCharsets.UTF_8);
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported charset", "Import files must be UTF-8.");
        }
        return ImportText.decode(request.getBody().orElse(null));
    }
}
