package io.wallbreaker.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The global search: a record key ("INC-3", "req-12", "SHD 4") goes straight to that record;
 * other text is looked for, case-insensitively, in incident titles and summaries, postmortem
 * Markdown, request titles and ticket references, shadow system names, providers and URLs, and team
 * names. Newest first within each kind, at most {@code limit} hits in all.
 */
@Singleton
public class Search {

    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 200;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;
    private static final int SNIPPET = 60;
    private static final Pattern KEY = Pattern.compile("(?i)^\\s*(INC|REQ|SHD)[-\\s]?(\\d{1,18})\\s*$");

    /** {@code GET /api/search}. */
    @Serdeable
    public record Results(String query, List<SearchHit> items) {}

    private final JdbcOperations jdbc;

    Search(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Results find(@Nullable String query, @Nullable Integer limit) {
        String q = query == null ? "" : query.strip();
        if (q.length() < MIN_QUERY) {
            throw ApiException.invalid("q", "must be at least " + MIN_QUERY + " characters");
        }
        if (q.length() > MAX_QUERY) {
            throw ApiException.invalid("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (q.indexOf('\0') >= 0) {
            throw ApiException.invalid("q", "must not contain NUL characters");
        }
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        // Keyed by type and id, so a record found twice (by key and by text) is listed once.
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        Matcher key = KEY.matcher(q);
        if (key.matches()) {
            byKey(key.group(1).toUpperCase(Locale.ROOT), Long.parseLong(key.group(2)))
                    .forEach(h -> hits.putIfAbsent(h.type() + ":" + h.id(), h));
        }
        String like = SqlQuery.containsPattern(q);
        String lower = q.toLowerCase(Locale.ROOT);
        for (SearchHit h : incidents(like, lower, max)) {
            hits.putIfAbsent(h.type() + ":" + h.id(), h);
        }
        for (SearchHit h : requests(like, max)) {
            hits.putIfAbsent(h.type() + ":" + h.id(), h);
        }
        for (SearchHit h : shadowSystems(like, max)) {
            hits.putIfAbsent(h.type() + ":" + h.id(), h);
        }
        for (SearchHit h : teams(like, max)) {
            hits.putIfAbsent(h.type() + ":" + h.id(), h);
        }
        for (SearchHit h : postmortems(like, lower, max)) {
            // A postmortem of an incident already listed adds only its snippet's evidence: keep one line per incident.
            if (!hits.containsKey(SearchHit.Type.INCIDENT + ":" + h.id())) {
                hits.putIfAbsent(h.type() + ":" + h.id(), h);
            }
        }
        List<SearchHit> items = new ArrayList<>(hits.values());
        return new Results(q, items.size() > max ? List.copyOf(items.subList(0, max)) : items);
    }

    private List<SearchHit> byKey(String prefix, long id) {
        return switch (prefix) {
            case "INC" ->
                SqlQuery.list(
                        jdbc,
                        "SELECT id, title FROM incident WHERE id = ?",
                        List.of(id),
                        rs -> incident(rs.getLong(1), rs.getString(2), null));
            case "REQ" ->
                SqlQuery.list(
                        jdbc,
                        "SELECT id, title FROM cross_request WHERE id = ?",
                        List.of(id),
                        rs -> request(rs.getLong(1), rs.getString(2), null));
            default ->
                SqlQuery.list(
                        jdbc,
                        "SELECT id, name FROM shadow_system WHERE id = ?",
                        List.of(id),
                        rs -> shadow(rs.getLong(1), rs.getString(2), null));
        };
    }

    private List<SearchHit> incidents(String like, String lower, int max) {
        return SqlQuery.list(
                jdbc,
                "SELECT id, title, summary FROM incident "
                        + "WHERE LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(summary) LIKE ? ESCAPE '\\' "
                        + "ORDER BY id DESC LIMIT " + max,
                List.of(like, like),
                rs -> {
                    String title = rs.getString(2);
                    String snippet =
                            title.toLowerCase(Locale.ROOT).contains(lower) ? null : snippet(rs.getString(3), lower);
                    return incident(rs.getLong(1), title, snippet);
                });
    }

    private List<SearchHit> postmortems(String like, String lower, int max) {
        return SqlQuery.list(
                jdbc,
                "SELECT i.id, i.title, p.markdown FROM postmortem p JOIN incident i ON i.id = p.incident_id "
                        + "WHERE LOWER(p.markdown) LIKE ? ESCAPE '\\' ORDER BY i.id DESC LIMIT " + max,
                List.of(like),
                rs -> new SearchHit(
                        SearchHit.Type.POSTMORTEM,
                        rs.getLong(1),
                        "INC-" + rs.getLong(1),
                        "Postmortem: " + rs.getString(2),
                        snippet(rs.getString(3), lower),
                        "/incidents/" + rs.getLong(1) + "/postmortem"));
    }

    private List<SearchHit> requests(String like, int max) {
        return SqlQuery.list(
                jdbc,
                "SELECT id, title, external_ref FROM cross_request "
                        + "WHERE LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(external_ref) LIKE ? ESCAPE '\\' "
                        + "ORDER BY id DESC LIMIT " + max,
                List.of(like, like),
                rs -> request(
                        rs.getLong(1), rs.getString(2), rs.getString(3) == null ? null : "Ticket " + rs.getString(3)));
    }

    private List<SearchHit> shadowSystems(String like, int max) {
        return SqlQuery.list(
                jdbc,
                "SELECT id, name, provider, url FROM shadow_system "
                        + "WHERE LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(provider) LIKE ? ESCAPE '\\' "
                        + "OR LOWER(url) LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT " + max,
                List.of(like, like, like),
                rs -> shadow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3) + (rs.getString(4) == null ? "" : " · " + rs.getString(4))));
    }

    private List<SearchHit> teams(String like, int max) {
        return SqlQuery.list(
                jdbc,
                "SELECT id, slug, name FROM team WHERE LOWER(name) LIKE ? ESCAPE '\\' "
                        + "OR LOWER(slug) LIKE ? ESCAPE '\\' ORDER BY name LIMIT " + max,
                List.of(like, like),
                rs -> new SearchHit(
                        SearchHit.Type.TEAM,
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        null,
                        "/teams/" + rs.getString(2)));
    }

    private static SearchHit incident(long id, String title, @Nullable String snippet) {
        return new SearchHit(SearchHit.Type.INCIDENT, id, "INC-" + id, title, snippet, "/incidents/" + id);
    }

    private static SearchHit request(long id, String title, @Nullable String snippet) {
        return new SearchHit(SearchHit.Type.REQUEST, id, "REQ-" + id, title, snippet, "/requests/" + id);
    }

    private static SearchHit shadow(long id, String name, @Nullable String snippet) {
        return new SearchHit(SearchHit.Type.SHADOW_SYSTEM, id, "SHD-" + id, name, snippet, "/shadow-systems/" + id);
    }

    /** About {@value #SNIPPET} characters either side of the first match, on one line. */
    static @Nullable String snippet(@Nullable String text, String lowerQuery) {
        if (text == null) {
            return null;
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf(lowerQuery);
        if (at < 0) {
            return null;
        }
        int from = Math.max(0, at - SNIPPET);
        int to = Math.min(text.length(), at + lowerQuery.length() + SNIPPET);
        String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + cut + (to < text.length() ? "…" : "");
    }
}
