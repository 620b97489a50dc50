package io.wallbreaker.system;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Liveness with the database engine in use; open to load balancers and scripts without sign-in. */
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

    /** Health answer. */
    @Serdeable
    record Health(String status, String database, String version) {}

    @Get
    @Connectable
    @ExecuteOn(TaskExecutors.BLOCKING)
    Health health() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            String database = product.toLowerCase().contains("postgres") ? "PostgreSQL" : product;
            return new Health(c.isValid(2) ? "UP" : "DOWN", database, buildInfo.version());
        }
    }
}
