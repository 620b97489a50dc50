package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A filtered, paged SELECT assembled from optional conditions, with every value bound as a
 * parameter (never concatenated), run through Micronaut Data's transaction-aware connection.
 */
public final class SqlQuery {

    /** Maps one result row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Handles one result row, collecting nothing. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private final String select;
    private final String from;
    private final @Nullable String base;
    private final @Nullable String idColumn;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public SqlQuery(String select, String from) {
        this(select, from, null, null);
    }

    private SqlQuery(String select, String from, @Nullable String base, @Nullable String idColumn) {
        this.select = select;
        this.from = from;
        this.base = base;
        this.idColumn = idColumn;
    }

    /**
     * A query whose page is chosen on one table alone and joined afterwards: the count and the
     * page's ids come from {@code base} (e.g. {@code cross_request r}) with the conditions and the
     * order, then only those rows are read through {@code from}'s joins. Every condition and sort
     * expression must therefore name {@code base}'s columns only (a joined value through a scalar
     * subquery). Without this, H2 joins and sorts every row of a large table to return twenty.
     */
    public static SqlQuery keyed(String select, String from, String base, String idColumn) {
        return new SqlQuery(select, from, base, idColumn);
    }

    /** Adds {@code condition} (with one {@code ?} per value) unless it or any value is null. */
    public SqlQuery where(String condition, Object... values) {
        if (condition == null) {
            return this;
        }
        for (Object v : values) {
            if (v == null) {
                return this;
            }
        }
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** One page in the caller's order ({@link Paging#sorting()}), with the total number of matching rows. */
    public <T> PageOf<T> page(JdbcOperations jdbc, Paging paging, RowMapper<T> mapper) {
        return page(jdbc, paging, mapper, null);
    }

    /** {@link #page(JdbcOperations, Paging, RowMapper)} with the total remembered by {@code counts} until a write. */
    public <T> PageOf<T> page(JdbcOperations jdbc, Paging paging, RowMapper<T> mapper, @Nullable ListCounts counts) {
        String whereSql = whereSql();
        String countSql = "SELECT COUNT(*) FROM " + (base == null ? from : base) + whereSql;
        LongSupplier counter = () -> jdbc.prepareStatement(countSql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        long total = counts == null ? counter.getAsLong() : counts.total(countSql, params, counter);
        String orderBy = paging.sorting().orderBy();
        List<Object> all = new ArrayList<>(params);
        all.add(paging.size());
        all.add(paging.offset());
        if (base == null) {
            String sql = "SELECT " + select + " FROM " + from + whereSql + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
            return new PageOf<>(list(jdbc, sql, all, mapper), paging.page(), paging.size(), total);
        }
        List<Object> ids = list(
                jdbc,
                "SELECT " + idColumn + " FROM " + base + whereSql + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                all,
                rs -> rs.getObject(1));
        if (ids.isEmpty()) {
            return new PageOf<>(List.of(), paging.page(), paging.size(), total);
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String sql =
                "SELECT " + select + " FROM " + from + " WHERE " + idColumn + " IN (" + marks + ") ORDER BY " + orderBy;
        return new PageOf<>(list(jdbc, sql, ids, mapper), paging.page(), paging.size(), total);
    }

    public <T> List<T> all(JdbcOperations jdbc, String orderBy, RowMapper<T> mapper) {
        return list(jdbc, "SELECT " + select + " FROM " + from + whereSql() + " ORDER BY " + orderBy, params, mapper);
    }

    private String whereSql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public static <T> List<T> list(JdbcOperations jdbc, String sql, List<Object> params, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        });
    }

    /** Runs a query and hands each row to {@code consumer}. */
    public static void forEach(JdbcOperations jdbc, String sql, List<Object> params, RowConsumer consumer) {
        jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
            return null;
        });
    }

    /** Runs an INSERT into a table with an identity column {@code id} and returns the new id. */
    public static long insert(JdbcOperations jdbc, String sql, List<Object> params) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
                bind(ps, params);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Runs an UPDATE or DELETE and returns the number of rows it changed. */
    public static int update(JdbcOperations jdbc, String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            return ps.executeUpdate();
        });
    }

    /** Runs one statement for each parameter list, in JDBC batches of 500 (bulk imports). */
    public static void batch(JdbcOperations jdbc, String sql, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            int pending = 0;
            for (List<Object> row : rows) {
                bind(ps, row);
                ps.addBatch();
                if (++pending == 500) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            return null;
        });
    }

    /** A parameter list that, unlike {@code List.of}, may hold nulls (bound as SQL NULL). */
    /**
     * {@code %text%} for {@code LOWER(column) LIKE ? ESCAPE '\\'}: lower-cased, with the wildcards
     * and the escape character in {@code text} matched literally.
     */
    public static String containsPattern(String text) {
        return "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }

    public static List<Object> params(Object... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }

    public static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof Instant instant) {
                ps.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (v instanceof LocalDate date) {
                ps.setObject(i + 1, date);
            } else if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    /** A nullable integer column. */
    public static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A nullable integer column, by position. */
    public static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A stored time, to the millisecond like every time the product accepts (see {@link Fields}). */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
}
