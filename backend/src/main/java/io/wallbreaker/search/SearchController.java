package io.wallbreaker.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/search?q=&limit=}: the header's search box (keyboard shortcut {@code /}). */
@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Search")
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @Get
    Search.Results search(@Nullable @QueryValue String q, @Nullable @QueryValue Integer limit) {
        return search.find(q, limit);
    }
}
