package io.wallbreaker.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.PageOf;

/** What waits on the signed-in user's teams, their personal e-mail settings, and the weekly wall digest. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
class CourtController {

    private final Court court;
    private final WeeklyDigest digest;
    private final EmailPreferences emails;

    CourtController(Court court, WeeklyDigest digest, EmailPreferences emails) {
        this.court = court;
        this.digest = digest;
        this.emails = emails;
    }

    /** Everything waiting on the user's teams, oldest wait first. */
    @Get("/me/court")
    Court.Items court(Authentication auth) {
        return court.of(auth.getName());
    }

    /** The user's e-mail address and which kinds of court item also reach them by e-mail. */
    @Get("/me/notification-settings")
    EmailPreferences.View settings(Authentication auth) {
        return emails.of(auth.getName());
    }

    /** Saves them (with the version read: a stale one is 409); a blank e-mail stops all e-mail. */
    @Put("/me/notification-settings")
    EmailPreferences.View saveSettings(Authentication auth, @Body EmailPreferences.Update body) {
        return emails.update(auth.getName(), body, Actor.of(auth));
    }

    /** The personal e-mails sent (or waiting) to the user, newest first. */
    @Get("/me/notifications")
    PageOf<EmailPreferences.Sent> sent(
            Authentication auth, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return emails.sent(auth.getName(), page, size);
    }

    /** The weekly wall digest of the seven days up to today, as leadership receives it. */
    @Get("/digest/weekly")
    WeeklyDigest.Digest weeklyDigest() {
        return digest.current();
    }
}
