package io.wallbreaker.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /**
     * The record a child record belongs to (an incident for its timeline entries, action items and
     * postmortem), so the parent's History lists the child's entries too.
     */
    public record Parent(AuditedType type, Object id) {}

    public void created(Actor actor, AuditedType type, Object entityId, Record after) {
        append(actor, "CREATE", type, entityId, diff(null, after));
    }

    public void created(Actor actor, AuditedType type, Object entityId, Record after, Parent parent) {
        append(actor, "CREATE", type, entityId, diff(null, after), parent);
    }

    public void updated(Actor actor, AuditedType type, Object entityId, Record before, Record after) {
        append(actor, "UPDATE", type, entityId, diff(before, after));
    }

    public void updated(Actor actor, AuditedType type, Object entityId, Record before, Record after, Parent parent) {
        append(actor, "UPDATE", type, entityId, diff(before, after), parent);
    }

    public void deleted(Actor actor, AuditedType type, Object entityId, Record before) {
        append(actor, "DELETE", type, entityId, diff(before, null));
    }

    public void deleted(Actor actor, AuditedType type, Object entityId, Record before, Parent parent) {
        append(actor, "DELETE", type, entityId, diff(before, null), parent);
    }

    /** Any other event worth a line, such as a sign-in, with optional changes. */
    public void append(Actor actor, String action, AuditedType type, @Nullable Object entityId, List<Change> changes) {
        repository.save(entry(actor, action, type, entityId, changes, null));
    }

    /** {@link #append(Actor, String, AuditedType, Object, List)} for a child record of {@code parent}. */
    public void append(
            Actor actor,
            String action,
            AuditedType type,
            @Nullable Object entityId,
            List<Change> changes,
            @Nullable Parent parent) {
        repository.save(entry(actor, action, type, entityId, changes, parent));
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
            entries.add(entry(actor, "CREATE", type, entityId, diff(null, after), null));
        }

        public void updated(Actor actor, AuditedType type, Object entityId, Record before, Record after) {
            entries.add(entry(actor, "UPDATE", type, entityId, diff(before, after), null));
        }

        public void flush() {
            if (!entries.isEmpty()) {
                repository.saveAll(entries);
                entries.clear();
            }
        }
    }

    private AuditEntry entry(
            Actor actor,
            String action,
            AuditedType type,
            @Nullable Object entityId,
            List<Change> changes,
            @Nullable Parent parent) {
        return new AuditEntry(
                null,
                clock.instant(),
                actor.name(),
                actor.kind().name(),
                action,
                type.slug(),
                entityId == null ? null : entityId.toString(),
                changes.isEmpty() ? null : toJson(changes),
                parent == null ? null : parent.type().slug(),
                parent == null ? null : parent.id().toString());
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
            List<Change> stored = json.readValue(changes, Argument.listOf(Change.class));
            return stored.stream()
                    .map(c -> new Change(c.field(), readable(c.oldValue()), readable(c.newValue())))
                    .toList();
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

    /**
     * A value as people read it in the History: instants to the second, a nested record as
     * "field: value, field: value", a list as its items separated by "; ".
     */
    static String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof Record record) {
            return recordText(record);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(AuditLog::text).collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    private static String recordText(Record record) {
        var found = BeanIntrospector.SHARED.findIntrospection((Class<Object>) (Class<?>) record.getClass());
        if (found.isEmpty()) {
            return record.toString();
        }
        List<String> parts = new ArrayList<>();
        for (BeanProperty<Object, Object> property : found.get().getBeanProperties()) {
            String text = text(property.get(record));
            if (text != null) {
                parts.add(property.getName() + ": " + text);
            }
        }
        return String.join(", ", parts);
    }

    private static final Pattern LEGACY_RECORD = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\[([^\\[\\]]*)]");
    private static final Pattern LEGACY_FIELD = Pattern.compile("\\b([a-z][A-Za-z0-9]*)=");
    private static final Pattern FRACTION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\.\\d+Z");

    /**
     * Entries written before values were made readable hold Java's {@code toString}
     * ({@code StatusChange[status=DISCOVERED, at=2026-01-01T10:00:00.123456789Z]}): shown the same way as new ones.
     */
    static String readable(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        String text = FRACTION.matcher(stored).replaceAll("$1Z");
        if (text.indexOf('[') < 0) {
            return text;
        }
        // Each record becomes "\u0001field: value, …\u0002", innermost first; a list of them is then "a; b".
        String previous;
        do {
            previous = text;
            text = LEGACY_RECORD
                    .matcher(text)
                    .replaceAll(m -> Matcher.quoteReplacement(
                            "\u0001" + LEGACY_FIELD.matcher(m.group(1)).replaceAll("$1: ") + "\u0002"));
        } while (!text.equals(previous));
        text = text.replace("\u0002, \u0001", "; ");
        if (text.startsWith("[\u0001") && text.endsWith("\u0002]")) {
            text = text.substring(1, text.length() - 1);
        }
        text = text.replace("\u0001", "").replace("\u0002", "");
        return text;
    }
}
