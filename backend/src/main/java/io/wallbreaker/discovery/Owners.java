package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.wallbreaker.common.SqlQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the owner an inventory or a catalog names (a Backstage {@code group:default/operations}, a
 * Heroku team, an account's e-mail) to a Wallbreaker team, and says by which rule. Loaded once per
 * import.
 */
final class Owners {

    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();

    Owners(JdbcOperations jdbc) {
        SqlQuery.forEach(jdbc, "SELECT id, slug, name FROM team", List.of(), rs -> {
            slugs.put(rs.getString("slug").toLowerCase(Locale.ROOT), rs.getString("slug"));
            names.put(rs.getString("name").trim().toLowerCase(Locale.ROOT), rs.getString("slug"));
            ids.put(rs.getString("slug"), rs.getLong("id"));
        });
        // A member's e-mail (their notification settings) names their team; the first by slug.
        SqlQuery.forEach(
                jdbc,
                "SELECT s.email, MIN(t.slug) AS slug FROM user_email_settings s JOIN user_team ut ON ut.user_id = "
                        + "s.user_id JOIN team t ON t.id = ut.team_id WHERE s.email IS NOT NULL GROUP BY s.email",
                List.of(),
                rs -> emails.put(rs.getString("email").toLowerCase(Locale.ROOT), rs.getString("slug")));
    }

    /** The team an owner names, with the rule; the team is null when none matches. */
    DiscoveryViews.OwnerGuess guess(String hint) {
        String h = hint.trim().toLowerCase(Locale.ROOT);
        // Backstage refs: [kind:][namespace/]name
        String name = h;
        int colon = name.indexOf(':');
        if (colon >= 0 && !name.contains("@")) {
            name = name.substring(colon + 1);
        }
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        if (slugs.containsKey(name)) {
            return new DiscoveryViews.OwnerGuess(hint, slugs.get(name), "team slug");
        }
        if (names.containsKey(name)) {
            return new DiscoveryViews.OwnerGuess(hint, names.get(name), "team name");
        }
        if (h.contains("@")) {
            if (emails.containsKey(h)) {
                return new DiscoveryViews.OwnerGuess(hint, emails.get(h), "member e-mail");
            }
            String local = h.substring(0, h.indexOf('@'));
            if (slugs.containsKey(local)) {
                return new DiscoveryViews.OwnerGuess(hint, slugs.get(local), "e-mail name is a team slug");
            }
        }
        return new DiscoveryViews.OwnerGuess(hint, null, "no team of that name or e-mail");
    }

    @Nullable
    Long idOf(@Nullable String slug) {
        return slug == null ? null : ids.get(slug);
    }
}
