package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.wallbreaker.common.Fields;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;

/** Null-safe reading of the JSON trees Jira and GitHub send: a missing or null member is null. */
final class Tree {

    /** A payload that lacks something it must have; the delivery is rejected with this reason. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Jira writes {@code 2026-03-02T09:00:00.000+0100} (an offset without a colon), GitHub {@code
     * 2026-03-02T08:00:00Z}; both, with or without fractions, and {@code +01:00} offsets are read.
     */
    private static final DateTimeFormatter TIMES = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter();

    private Tree() {}

    static @Nullable JsonNode at(@Nullable JsonNode node, String... path) {
        JsonNode current = node;
        for (String name : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(name);
        }
        return current == null || current.isNull() ? null : current;
    }

    static @Nullable String text(@Nullable JsonNode node, String... path) {
        JsonNode v = at(node, path);
        if (v == null) {
            return null;
        }
        String text = v.isString() ? v.getStringValue() : v.isValueNode() ? v.coerceStringValue() : null;
        // Text from another system cannot be refused: it is cleaned (no NUL, no half character pairs).
        return text == null ? null : Fields.cleanText(text);
    }

    static String required(@Nullable JsonNode node, String what, String... path) {
        String v = text(node, path);
        if (v == null || v.isBlank()) {
            throw new Malformed(what + " is missing (" + String.join(".", path) + ")");
        }
        return v;
    }

    static List<JsonNode> array(@Nullable JsonNode node, String... path) {
        JsonNode v = path.length == 0 ? node : at(node, path);
        List<JsonNode> result = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.values().forEach(result::add);
        }
        return result;
    }

    /** The {@code name} member of each element of an array ({@code labels[].name}); strings are taken as they are. */
    static List<String> names(@Nullable JsonNode node, String member, String... path) {
        List<String> result = new ArrayList<>();
        for (JsonNode e : array(node, path)) {
            String v = e.isString() ? Fields.cleanText(e.getStringValue()) : text(e, member);
            if (v != null) {
                result.add(v);
            }
        }
        return result;
    }

    static @Nullable Instant time(@Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim(), TIMES).toInstant();
        } catch (DateTimeParseException e) {
            throw new Malformed(what + " is not a time: '" + text + "'");
        }
    }

    static Instant requiredTime(@Nullable JsonNode node, String what, String... path) {
        Instant t = time(text(node, path), what);
        if (t == null) {
            throw new Malformed(what + " is missing (" + String.join(".", path) + ")");
        }
        return t;
    }

    /** Every id a user object is known by: account id, e-mail, login, name, key. */
    static List<String> person(@Nullable JsonNode user) {
        List<String> ids = new ArrayList<>();
        for (String member : List.of("accountId", "emailAddress", "login", "name", "key", "email")) {
            String v = text(user, member);
            if (v != null && !v.isBlank() && !ids.contains(v)) {
                ids.add(v);
            }
        }
        return ids;
    }

    /** A number in text or as a number ({@code "10512"} or {@code 10512}); 0 when not a whole number. */
    static long ordinal(@Nullable String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
