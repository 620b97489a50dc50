package io.wallbreaker.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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

    /**
     * Field-by-field difference of two records of the same type; either side may be null. A
     * component that is flat in JSON ({@code @JsonUnwrapped}) is compared field by field too, so the
     * history names the fields people edit, as the API shows them.
     */
    public static List<Change> diff(@Nullable Record before, @Nullable Record after) {
        Record sample = before != null ? before : after;
        List<Change> changes = new ArrayList<>();
        if (sample != null) {
            diffInto(changes, sample.getClass(), before, after);
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private static void diffInto(List<Change> changes, Class<?> type, @Nullable Object before, @Nullable Object after) {
        BeanIntrospection<Object> introspection = BeanIntrospection.getIntrospection((Class<Object>) type);
        for (BeanProperty<Object, Object> property : introspection.getBeanProperties()) {
            if (IGNORED.contains(property.getName())) {
                continue;
            }
            Object old = before == null ? null : property.get(before);
            Object now = after == null ? null : property.get(after);
            if (property.hasAnnotation(JsonUnwrapped.class)) {
                diffInto(changes, property.getType(), old, now);
                continue;
            }
            String oldText = text(old);
            String newText = text(now);
            if (!Objects.equals(oldText, newText)) {
                changes.add(new Change(property.getName(), oldText, newText));
            }
        }
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
