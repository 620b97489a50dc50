package io.wallbreaker.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wallbreaker.security.Roles;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Liveness for load balancers and scripts without sign-in. Anonymous callers learn only whether
 * the service and its database are up; the version and the database engine, which help an
 * attacker pick an exploit, are shown to signed-in administrators only.
 */
@Controller("/api/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "System")
class HealthController {

    private final DataSource dataSource;
    private final BuildInfo buildInfo;

    HealthController(DataSource dataSource, BuildInfo buildInfo) {
        this.dataSource = dataSource;
        this.buildInfo = buildInfo;
    }

    /** Health answer; {@code database} and {@code version} for administrators only. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(
            String status,
            @Nullable String database,
            @Nullable String version) {}

    @Get
    @Connectable
    @ExecuteOn(TaskExecutors.BLOCKING)
    Health health(@Nullable Authentication authentication) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String status = c.isValid(2) ? "UP" : "DOWN";
            if (authentication == null || !authentication.getRoles().contains(Roles.ADMIN)) {
                return new Health(status, null, null);
            }
            String product = c.getMetaData().getDatabaseProductName();
            String database = product.toLowerCase(Locale.ROOT).contains("postgres") ? "PostgreSQL" : product;
            return new Health(status, database, buildInfo.version());
        }
    }
}
