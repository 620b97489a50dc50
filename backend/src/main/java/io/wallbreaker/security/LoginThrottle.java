package io.wallbreaker.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Five failed sign-ins for one login within fifteen minutes lock that login until the window has
 * passed. Failures are rows in the database, so the lock holds across instances.
 *
 * <p>Counting is atomic per login: before a password is checked, {@link #reserve} takes a row
 * lock on the login, counts its recent failures and records this attempt as a failure in advance,
 * all in one short transaction. A hundred simultaneous guesses therefore queue on that lock and
 * at most {@link #MAX_FAILURES} of them are ever evaluated; a correct password then clears the
 * count ({@link #clear}).
 */
@Singleton
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    LoginThrottle(JdbcOperations jdbc, TransactionOperations<Connection> tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Reserves one password check for {@code login}, committed before the caller hashes anything.
     * Empty: go ahead (the attempt already counts as a failure until {@link #clear}); otherwise how
     * long the login stays locked.
     */
    Optional<Duration> reserve(String login) {
        return tx.executeWrite(status -> {
            Instant now = clock.instant();
            // The hourly clean-up may delete the row between the insert and the lock: insert again then.
            boolean locked = false;
            while (!locked) {
                SqlQuery.update(
                        jdbc,
                        "INSERT INTO login_throttle (login, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        List.of(login, now));
                locked = !SqlQuery.list(
                                jdbc,
                                "SELECT login FROM login_throttle WHERE login = ? FOR UPDATE",
                                List.of(login),
                                rs -> rs.getString(1))
                        .isEmpty();
            }
            List<Instant> recent = SqlQuery.list(
                    jdbc,
                    "SELECT at FROM login_failure WHERE login = ? AND at > ? ORDER BY at DESC LIMIT " + MAX_FAILURES,
                    List.of(login, now.minus(WINDOW)),
                    rs -> SqlQuery.instant(rs, "at"));
            if (recent.size() >= MAX_FAILURES) {
                // Unlocks when the fifth most recent failure leaves the window.
                Duration left =
                        Duration.between(now, recent.get(MAX_FAILURES - 1).plus(WINDOW));
                if (left.compareTo(Duration.ZERO) > 0) {
                    return Optional.of(left);
                }
            }
            SqlQuery.update(jdbc, "INSERT INTO login_failure (login, at) VALUES (?, ?)", List.of(login, now));
            return Optional.empty();
        });
    }

    /** A correct password: the login's failures (including the reserved attempt) are forgotten. */
    void clear(String login) {
        SqlQuery.update(jdbc, "DELETE FROM login_failure WHERE login = ?", List.of(login));
    }

    /** Failures older than the window count for nothing; forget them (and logins left without any). */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void forgetOldFailures() {
        tx.executeWrite(status -> {
            SqlQuery.update(
                    jdbc,
                    "DELETE FROM login_failure WHERE at < ?",
                    List.of(clock.instant().minus(WINDOW)));
            SqlQuery.update(
                    jdbc,
                    "DELETE FROM login_throttle WHERE NOT EXISTS "
                            + "(SELECT 1 FROM login_failure f WHERE f.login = login_throttle.login)",
                    List.of());
            return null;
        });
    }
}
