package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order of one list, read from {@code ?sort=}: field names separated by commas, each
 * optionally followed by {@code asc} or {@code desc} (ascending when left out), the first field
 * leading: {@code sort=severity,desc,title}. Repeating the parameter is the same as one list
 * ({@code sort=severity,desc&sort=title}). A field is an API field name from the list's
 * {@link Fields whitelist}; anything else is a 400 naming {@code sort}. Empty values (a field
 * without one) sort last in either direction, and every order ends with the list's unique
 * tie-breaker (its id) in the direction of the last key, so rows with equal keys keep one order
 * from page to page. Written as SQL {@code ORDER BY} only from the whitelist, never from the caller's text.
 */
public final class Sorting {

    /** At most this many {@code sort} keys per request. */
    public static final int MAX_KEYS = 5;

    static final String RULE = "write field names separated by commas, each optionally followed by asc or desc";

    /** One key: the API field and its direction as asked, the SQL expression it sorts by and its direction in SQL. */
    private record Key(String field, boolean descending, String expression, boolean sqlDescending, boolean nullable) {}

    /** How one whitelisted field is written in SQL; {@code nullable} false for a NOT NULL column. */
    private record Column(String expression, boolean reversed, boolean nullable) {}

    private final List<Key> keys;
    private final List<String> tieBreak;

    private Sorting(List<Key> keys, List<String> tieBreak) {
        this.keys = List.copyOf(keys);
        this.tieBreak = List.copyOf(tieBreak);
    }

    /** The SQL {@code ORDER BY} list (without the keywords): the keys, then the tie-breaker. */
    public String orderBy() {
        List<String> parts = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Key k : keys) {
            if (used.add(k.expression())) {
                // NULLS LAST only where a value can be empty: on a NOT NULL column it would stop
                // PostgreSQL from reading a descending order backwards off the column's index.
                parts.add(
                        k.expression() + (k.sqlDescending() ? " DESC" : " ASC") + (k.nullable() ? " NULLS LAST" : ""));
            }
        }
        boolean descending = !keys.isEmpty() && keys.get(keys.size() - 1).sqlDescending();
        for (String column : tieBreak) {
            if (used.add(column)) {
                parts.add(column + (descending ? " DESC" : " ASC"));
            }
        }
        return String.join(", ", parts);
    }

    /** The keys as the API writes them, e.g. {@code [detectedAt,desc]}. */
    public List<String> fields() {
        return keys.stream()
                .map(k -> k.field() + "," + (k.descending() ? "desc" : "asc"))
                .toList();
    }

    /** A SQL expression giving each name of {@code type} stored in {@code column} its position in the enum. */
    public static <E extends Enum<E>> String declaredOrder(String column, Class<E> type) {
        String cases = Arrays.stream(type.getEnumConstants())
                .map(e -> "WHEN '" + e.name() + "' THEN " + e.ordinal())
                .collect(Collectors.joining(" "));
        return "CASE " + column + " " + cases + " END";
    }

    @Override
    public String toString() {
        return String.join(" ", fields());
    }

    /**
     * The fields one list may be sorted by — API field name → SQL expression — its unique
     * tie-breaker columns and its default order. Built once per list, as a constant.
     */
    public static final class Fields {

        private final List<String> tieBreak;
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private List<Key> defaults = List.of();

        private Fields(List<String> tieBreak) {
            this.tieBreak = tieBreak;
        }

        /** A whitelist whose rows are told apart by {@code tieBreak} (the id column, or a unique key's columns). */
        public static Fields tieBreak(String... tieBreak) {
            if (tieBreak.length == 0) {
                throw new IllegalArgumentException("a list needs a unique tie-breaker");
            }
            return new Fields(List.of(tieBreak));
        }

        /** {@code field} sorts by the SQL {@code expression} (a column, or an expression of the row). */
        public Fields add(String field, String expression) {
            return put(field, new Column(expression, false, true));
        }

        /**
         * Like {@link #add}, for a NOT NULL column: written without {@code NULLS LAST}, so an index
         * on the column serves both directions (the default orders of the big lists depend on it).
         */
        public Fields required(String field, String column) {
            return put(field, new Column(column, false, false));
        }

        /** Text that sorts without regard to case: {@code LOWER(expression)}. */
        public Fields text(String field, String expression) {
            return add(field, "LOWER(" + expression + ")");
        }

        /** An enum stored by name that sorts in its declared order (a lifecycle, a scale), not alphabetically. */
        public <E extends Enum<E>> Fields ordinal(String field, String column, Class<E> type) {
            return add(field, declaredOrder(column, type));
        }

        /**
         * A figure that grows as {@code expression} shrinks (an age is now minus a start), so
         * ascending on the field is descending on the expression; empty values still sort last.
         */
        public Fields reversed(String field, String expression) {
            return put(field, new Column(expression, true, true));
        }

        /** The order when the caller gives none, written like {@code ?sort=} values. */
        public Fields byDefault(String... values) {
            Validator v = new Validator();
            List<Key> keys = keys(Arrays.asList(values), v);
            if (v.size() > 0 || keys.isEmpty()) {
                throw new IllegalArgumentException("bad default order " + Arrays.toString(values) + ": " + v.errors());
            }
            this.defaults = keys;
            return this;
        }

        /** The order when the caller gives none. */
        public Sorting defaultOrder() {
            return new Sorting(defaults, tieBreak);
        }

        /** The field names, in the order they were added. */
        public List<String> names() {
            return List.copyOf(columns.keySet());
        }

        /** The order the caller asked for, or the default; errors go to {@code v} under {@code sort}. */
        public Sorting parse(@Nullable List<String> values, Validator v) {
            List<String> given = values == null
                    ? List.of()
                    : values.stream().filter(s -> s != null && !s.isBlank()).toList();
            if (given.isEmpty()) {
                return new Sorting(defaults, tieBreak);
            }
            int before = v.size();
            List<Key> keys = keys(given, v);
            if (keys.size() > MAX_KEYS) {
                v.add("sort", "must have at most " + MAX_KEYS + " fields");
            }
            return new Sorting(v.size() > before ? defaults : keys, tieBreak);
        }

        /**
         * The keys of {@code values}: a comma-separated list of fields, each optionally followed by
         * {@code asc} or {@code desc}, in one value or spread over several (the framework may
         * already have split one value at its commas; either way the list reads the same).
         */
        private List<Key> keys(List<String> values, Validator v) {
            List<Key> keys = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String field = null;
            Column column = null;
            boolean directed = false;
            boolean afterError = false;
            List<String> tokens = values.stream()
                    .flatMap(value -> Arrays.stream(value.split(",", -1)))
                    .map(String::trim)
                    .toList();
            for (String token : tokens) {
                Boolean descending = direction(token);
                if (token.isEmpty()) {
                    v.add("sort", "has an empty entry; " + RULE);
                } else if (descending != null) {
                    if (afterError) {
                        afterError = false;
                    } else if (column == null || directed) {
                        v.add("sort", "'" + token + "' must follow a field name; " + RULE);
                    } else {
                        keys.set(
                                keys.size() - 1,
                                new Key(
                                        field,
                                        descending,
                                        column.expression(),
                                        descending != column.reversed(),
                                        column.nullable()));
                        directed = true;
                    }
                } else if (!columns.containsKey(token)) {
                    v.add(
                            "sort",
                            "cannot sort by '" + token + "'; one of " + String.join(", ", columns.keySet())
                                    + " (a direction is asc or desc)");
                    column = null;
                    afterError = true;
                } else if (!seen.add(token)) {
                    v.add("sort", "sorts by '" + token + "' more than once");
                    column = null;
                    afterError = true;
                } else {
                    afterError = false;
                    field = token;
                    column = columns.get(token);
                    directed = false;
                    keys.add(new Key(field, false, column.expression(), column.reversed(), column.nullable()));
                }
            }
            return keys;
        }

        private static @Nullable Boolean direction(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "asc" -> Boolean.FALSE;
                case "desc" -> Boolean.TRUE;
                default -> null;
            };
        }

        private Fields put(String field, Column column) {
            if (columns.putIfAbsent(field, column) != null) {
                throw new IllegalArgumentException("sort field '" + field + "' is listed twice");
            }
            return this;
        }
    }
}
