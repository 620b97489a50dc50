package io.wallbreaker.incident;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The controlled list of contributing factors, for pickers and legends. */
@Controller("/api/contributing-factors")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Incidents")
class ContributingFactorController {

    private final ContributingFactors factors;

    ContributingFactorController(ContributingFactors factors) {
        this.factors = factors;
    }

    @Get
    List<ContributingFactorView> list() {
        return factors.all();
    }
}
