package io.wallbreaker.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Five failed sign-ins for one login within fifteen minutes lock that login until the window
 * has passed. Failures are rows in the database, so the lock holds across instances.
 */
@Singleton
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcOperations jdbc;
    private final Clock clock;

    LoginThrottle(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the login stays locked, if it is locked now. */
    Optional<Duration> lockedFor(String login) {
        Instant now = clock.instant();
        List<Instant> recent = SqlQuery.list(
                jdbc,
                "SELECT at FROM login_failure WHERE login = ? AND at > ? ORDER BY at DESC LIMIT " + MAX_FAILURES,
                List.of(login, now.minus(WINDOW)),
                rs -> SqlQuery.instant(rs, "at"));
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        // Unlocks when the fifth most recent failure leaves the window.
        Duration left = Duration.between(now, recent.get(MAX_FAILURES - 1).plus(WINDOW));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void recordFailure(String login) {
        SqlQuery.update(jdbc, "INSERT INTO login_failure (login, at) VALUES (?, ?)", List.of(login, clock.instant()));
    }

    void clear(String login) {
        SqlQuery.update(jdbc, "DELETE FROM login_failure WHERE login = ?", List.of(login));
    }
}
