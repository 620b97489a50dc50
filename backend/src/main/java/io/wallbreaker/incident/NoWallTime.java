package io.wallbreaker.incident;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Used until a feature that knows about linked requests supplies a {@code @Primary} {@link IncidentWallTime}. */
@Singleton
@Secondary
class NoWallTime implements IncidentWallTime {

    @Override
    public Map<Long, WallTime> of(Collection<Span> incidents) {
        Map<Long, WallTime> none = new HashMap<>();
        incidents.forEach(s -> none.put(s.incidentId(), WallTime.NONE));
        return none;
    }
}
