package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.common.PageOf;
import io.wallbreaker.common.Paging;
import io.wallbreaker.common.Validator;
import java.util.List;

/** Action items across incidents, e.g. a team's overdue follow-ups. */
@Controller("/api/action-items")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Incidents")
class ActionItemController {

    private final ActionItemService actionItems;

    ActionItemController(ActionItemService actionItems) {
        this.actionItems = actionItems;
    }

    @Get
    PageOf<ActionItemView> list(
            @Nullable @QueryValue String overdue,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue List<String> sort) {
        Paging paging = Paging.of(page, size, sort, ActionItemService.SORT);
        Validator v = new Validator();
        Boolean onlyOverdue = v.optionalBoolean("overdue", overdue);
        v.throwIfInvalid();
        return actionItems.search(onlyOverdue, team, paging);
    }
}
