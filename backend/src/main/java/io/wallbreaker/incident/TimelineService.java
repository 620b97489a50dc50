package io.wallbreaker.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.audit.AuditLog;
import io.wallbreaker.audit.AuditedType;
import io.wallbreaker.common.ApiException;
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
                entries.save(new TimelineEntry(null, incidentId, at, body.text().trim(), kind, actor.name(), now, 0L));
        TimelineEntryView view = TimelineEntryView.of(saved);
        audit.created(actor, ENTITY, saved.id(), view, parent(incidentId));
        return view;
    }

    /** Corrects an entry (time, kind, text); {@code version} is the one it was read at, else 409. */
    @Transactional
    public TimelineEntryView update(long incidentId, long entryId, TimelineEntryUpdate body, Actor actor) {
        Instant now = clock.instant();
        Validator v = new Validator();
        Instant at = v.happenedAt("at", body.at(), true, now);
        constraints.check(v, body, "");
        TimelineKind kind = v.enumValue("kind", body.kind(), TimelineKind.class);
        v.require("version", body.version());
        v.throwIfInvalid();
        TimelineEntry current = find(incidentId, entryId);
        if (current.version() != body.version().longValue()) {
            throw ApiException.staleVersion("Timeline entry " + entryId);
        }
        TimelineEntryView before = TimelineEntryView.of(current);
        // The repository's UPDATE also checks the version, which closes the race between this read and the write.
        TimelineEntry saved = entries.update(new TimelineEntry(
                entryId,
                incidentId,
                at,
                body.text().trim(),
                kind,
                current.recordedBy(),
                current.createdAt(),
                body.version()));
        TimelineEntryView after = TimelineEntryView.of(saved);
        audit.updated(actor, ENTITY, entryId, before, after, parent(incidentId));
        return after;
    }

    /** Removes an entry read at {@code version} (else 409); the audit trail keeps what it said. */
    @Transactional
    public void delete(long incidentId, long entryId, @Nullable Long version, Actor actor) {
        if (version == null) {
            throw ApiException.invalid("version", "is required");
        }
        TimelineEntry current = find(incidentId, entryId);
        if (current.version() != version.longValue() || entries.deleteVersioned(entryId, version) != 1) {
            throw ApiException.staleVersion("Timeline entry " + entryId);
        }
        audit.deleted(actor, ENTITY, entryId, TimelineEntryView.of(current), parent(incidentId));
    }

    private TimelineEntry find(long incidentId, long entryId) {
        return entries.findById(entryId)
                .filter(e -> e.incidentId() == incidentId)
                .orElseThrow(() ->
                        ApiException.notFound("Timeline entry " + entryId + " of " + IncidentView.key(incidentId)));
    }

    static AuditLog.Parent parent(long incidentId) {
        return new AuditLog.Parent(AuditedType.INCIDENT, incidentId);
    }
}
