package io.wallbreaker.notify;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What waits on the signed-in user's teams, and the weekly wall digest. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
class CourtController {

    private final Court court;
    private final WeeklyDigest digest;

    CourtController(Court court, WeeklyDigest digest) {
        this.court = court;
        this.digest = digest;
    }

    /** Everything waiting on the user's teams, oldest wait first. */
    @Get("/me/court")
    Court.Items court(Authentication auth) {
        return court.of(auth.getName());
    }

    /** The weekly wall digest of the seven days up to today, as leadership receives it. */
    @Get("/digest/weekly")
    WeeklyDigest.Digest weeklyDigest() {
        return digest.current();
    }
}
