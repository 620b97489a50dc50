package io.wallbreaker.system;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Test-only endpoint that fails the way an unexpected bug would, with SQL in its message. */
@Controller("/api/test-only")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ExplodingController {

    @Get("/explode")
    String explode() {
        throw new IllegalStateException("SELECT secret FROM app_secret failed: java.sql.SQLException");
    }
}
