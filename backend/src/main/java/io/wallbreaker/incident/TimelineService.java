package io.wallbreaker.incident;

import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.common.Constraints;
import io.wallbreaker.common.Validator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** An incident's timeline: entries in time order, whenever they were recorded. */
@Singleton
public class TimelineService {

    static final AuditedType ENTITY = AuditedType.TIMELINE_ENTRY;

    private final TimelineEntryRepository entries;
    private final IncidentService incidents;
    private final AuditLog audit;
    private final Constraints constraints;
    private final Clock clock;

    TimelineService(
            TimelineEntryRepository entries,
            IncidentService incidents,
            AuditLog audit,
            Constraints constraints,
            Clock clock) {
        this.entries = entries;
        this.incidents = incidents;
        this.audit = audit;
        this.constraints = constraints;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TimelineEntryView> list(long incidentId) {
        incidents.requireExists(incidentId);
        return entries.findInTimeOrder(incidentId).stream()
                .map(TimelineEntryView::of)
                .toList();
    }

    @Transactional
    public TimelineEntryView add(long incidentId, TimelineEntryCreate body, Actor actor) {
        Instant now = clock.instant();
        Validator v = new Validator();
        Instant at = v.happenedAt("at", body.at(), true, now);
        constraints.check(v, body, "");
        TimelineKind kind = v.enumValue("kind", body.kind(), TimelineKind.class);
        v.throwIfInvalid();
        incidents.requireExists(incidentId);
        TimelineEntry saved =
                entries.save(new TimelineEntry(null, incidentId, at, body.text().trim(), kind, actor.name(), now));
        TimelineEntryView view = TimelineEntryView.of(saved);
        audit.created(actor, ENTITY, saved.id(), view);
        return view;
    }
}
