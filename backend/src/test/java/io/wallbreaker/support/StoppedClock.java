package io.wallbreaker.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * For tests annotated {@code @Property(name = StoppedClock.PROPERTY, value = "true")}: the
 * application's clock stands still at the instant the context starts, so figures that grow with
 * the clock (an unresolved incident's wall share) can be compared to the last digit.
 */
@Factory
@Requires(property = StoppedClock.PROPERTY, value = "true")
public class StoppedClock {

    public static final String PROPERTY = "test.stopped-clock";

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }
}
