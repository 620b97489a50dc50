package io.wallbreaker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Appends audit entries. Callers invoke it inside their own transaction, so a change and its
 * audit entry are written together or not at all.
 */
@Singleton
public class AuditLog {

    /** Fields that change on every update and say nothing about what the user did. */
    private static final Set<String> IGNORED = Set.of("version", "updatedAt", "createdAt");

    private final AuditRepository repository;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(AuditRepository repository, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    public void created(Actor actor, AuditedType type, Object entityId, Record after) {
        append(actor, "CREATE", type, entityId, diff(null, after));
    }

    public void updated(Actor actor, AuditedType type, Object entityId, Record before, Record after) {
        append(actor, "UPDATE", type, entityId, diff(before, after));
    }

    public void deleted(Actor actor, AuditedType type, Object entityId, Record before) {
        append(actor, "DELETE", type, entityId, diff(before, null));
    }

    /** Any other event worth a line, such as a sign-in, with optional changes. */
    public void append(Actor actor, String action, AuditedType type, @Nullable Object entityId, List<Change> changes) {
        repository.save(entry(actor, action, type, entityId, changes));
    }

    /** Collects entries for a bulk operation and writes them in one batch on {@link Batch#flush()}. */
    public Batch batch() {
        return new Batch();
    }

    /** Audit entries of one bulk operation, written together (inside the caller's transaction). */
    public final class Batch {
        private final List<AuditEntry> entries = new ArrayList<>();

        private Batch() {}

        public void created(Actor actor, AuditedType type, Object entityId, Record after) {
            entries.add(entry(actor, "CREATE", type, entityId, diff(null, after)));
        }

        public void updated(Actor actor, AuditedType type, Object entityId, Record before, Record after) {
            entries.add(entry(actor, "UPDATE", type, entityId, diff(before, after)));
        }

        public void flush() {
            if (!entries.isEmpty()) {
                repository.saveAll(entries);
                entries.clear();
            }
        }
    }

    private AuditEntry entry(
            Actor actor, String action, AuditedType type, @Nullable Object entityId, List<Change> changes) {
        return new AuditEntry(
                null,
                clock.instant(),
                actor.name(),
                actor.kind().name(),
                action,
                type.slug(),
                entityId == null ? null : entityId.toString(),
                changes.isEmpty() ? null : toJson(changes));
    }

    /** Field-by-field difference of two records of the same type; either side may be null. */
    public static List<Change> diff(@Nullable Record before, @Nullable Record after) {
        Record sample = before != null ? before : after;
        List<Change> changes = new ArrayList<>();
        if (sample == null) {
            return changes;
        }
        @SuppressWarnings("unchecked")
        BeanIntrospection<Record> introspection = BeanIntrospection.getIntrospection((Class<Record>) sample.getClass());
        for (BeanProperty<Record, Object> property : introspection.getBeanProperties()) {
            if (IGNORED.contains(property.getName())) {
                continue;
            }
            String old = before == null ? null : text(property.get(before));
            String now = after == null ? null : text(property.get(after));
            if (!Objects.equals(old, now)) {
                changes.add(new Change(property.getName(), old, now));
            }
        }
        return changes;
    }

    List<Change> parse(@Nullable String changes) {
        if (changes == null || changes.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(changes, Argument.listOf(Change.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String toJson(List<Change> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
