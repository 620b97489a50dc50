package io.wallbreaker.connector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.wallbreaker.common.Validator;
import io.wallbreaker.request.RequestKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a connector turns tickets into cross-team requests (docs/CONNECTORS.md, "Mapping"). Every
 * part is optional: an absent part takes its default ({@link #effective}), so a connector created
 * without a mapping works out of the box with labels {@code from:<team>} and {@code to:<team>}.
 */
@Serdeable
public record ConnectorMapping(
        @Nullable Match match,
        @Nullable List<TeamSource> requester,
        @Nullable List<TeamSource> responder,
        @Nullable Map<String, String> teamValues,
        @Nullable Map<String, Phase> statuses,
        @Nullable Map<String, Phase> categories,
        @Nullable Map<String, Phase> labels,
        @Nullable List<String> declinedResolutions,
        @Nullable Map<String, String> people,
        @Nullable Map<String, RequestKind> kinds) {

    /** Which tickets count as cross-team requests; an empty list does not restrict. */
    @Serdeable
    public record Match(
            @Nullable List<String> projects,
            @Nullable List<String> issueTypes,
            @Nullable List<String> labels,
            @Nullable List<String> repositories) {}

    /** Where a team comes from; the first source of a list that names a team wins. */
    @Serdeable
    public record TeamSource(
            Source source,
            @Nullable String prefix,
            @Nullable String field) {}

    /** Kinds of {@link TeamSource}. */
    public enum Source {
        /** A label {@code <prefix><team>}, e.g. {@code to:ops}. */
        LABEL,
        /** The Jira project key (OPS → team {@code ops}, or through {@code teamValues}). */
        PROJECT,
        /** The first Jira component that names a team. */
        COMPONENT,
        /** A custom field's value ({@code field}: its id, e.g. {@code customfield_10050}; a list: its first value). */
        FIELD,
        /** The reporter's team, from {@code people}. */
        REPORTER,
        /** The assignee's team, from {@code people}. */
        ASSIGNEE,
        /** The GitHub repository ({@code acme/ops-requests} or {@code ops-requests}). */
        REPOSITORY
    }

    /** Where a ticket's status puts the request. {@code DONE} is decided by the resolution. */
    public enum Phase {
        OPEN,
        STARTED,
        NEEDS_INFO,
        DONE,
        FULFILLED,
        DECLINED
    }

    static final List<String> DEFAULT_DECLINED =
            List.of("Won't Do", "Declined", "Duplicate", "Won't Fix", "not_planned", "duplicate");

    /** This mapping with every absent part at its default for {@code kind}. */
    public ConnectorMapping effective(ConnectorKind kind) {
        Match m = match == null ? new Match(List.of(), List.of(), List.of(), List.of()) : match;
        return new ConnectorMapping(
                new Match(
                        orEmpty(m.projects()), orEmpty(m.issueTypes()), orEmpty(m.labels()), orEmpty(m.repositories())),
                requester == null ? List.of(new TeamSource(Source.LABEL, "from:", null)) : requester,
                responder == null
                        ? (kind == ConnectorKind.JIRA
                                ? List.of(
                                        new TeamSource(Source.LABEL, "to:", null),
                                        new TeamSource(Source.PROJECT, null, null))
                                : List.of(new TeamSource(Source.LABEL, "to:", null)))
                        : responder,
                teamValues == null ? Map.of() : teamValues,
                statuses == null
                        ? ordered("Waiting for customer", Phase.NEEDS_INFO, "Waiting for reporter", Phase.NEEDS_INFO)
                        : statuses,
                categories == null
                        ? ordered("new", Phase.OPEN, "indeterminate", Phase.STARTED, "done", Phase.DONE)
                        : categories,
                labels == null ? ordered("needs-info", Phase.NEEDS_INFO, "in-progress", Phase.STARTED) : labels,
                declinedResolutions == null ? DEFAULT_DECLINED : declinedResolutions,
                people == null ? Map.of() : people,
                kinds == null ? Map.of() : kinds);
    }

    /** The defaults for {@code kind}: what a connector created without a mapping uses. */
    public static ConnectorMapping defaults(ConnectorKind kind) {
        return new ConnectorMapping(null, null, null, null, null, null, null, null, null, null).effective(kind);
    }

    private static final Set<String> CATEGORIES = Set.of("new", "indeterminate", "done", "undefined");

    /**
     * Adds a problem for each part that cannot work: unknown team slugs, a label source without a
     * prefix, a field source without a field, unknown status categories. Names fields as
     * {@code mapping.responder[0].prefix}.
     */
    void check(Validator v, Set<String> teamSlugs) {
        checkSources(v, "mapping.requester", requester);
        checkSources(v, "mapping.responder", responder);
        if (teamValues != null) {
            teamValues.forEach((value, team) -> checkTeam(v, "mapping.teamValues." + value, team, teamSlugs));
        }
        if (people != null) {
            people.forEach((person, team) -> checkTeam(v, "mapping.people." + person, team, teamSlugs));
        }
        if (categories != null) {
            categories.keySet().stream()
                    .filter(c -> !CATEGORIES.contains(c))
                    .forEach(c -> v.add(
                            "mapping.categories." + c,
                            "is not a Jira status category (new, indeterminate, done, undefined)"));
        }
        checkKeys(v, "mapping.statuses", statuses);
        checkKeys(v, "mapping.labels", labels);
        checkKeys(v, "mapping.kinds", kinds);
        checkKeys(v, "mapping.teamValues", teamValues);
        checkKeys(v, "mapping.people", people);
    }

    private static void checkSources(Validator v, String field, @Nullable List<TeamSource> sources) {
        if (sources == null) {
            return;
        }
        if (sources.isEmpty()) {
            v.add(field, "must name at least one source (or be left out for the default)");
        }
        for (int i = 0; i < sources.size(); i++) {
            TeamSource s = sources.get(i);
            String at = field + "[" + i + "]";
            if (s == null || s.source() == null) {
                v.add(at + ".source", "is required: one of " + Validator.allowed(Source.class));
                continue;
            }
            if (s.source() == Source.LABEL && (s.prefix() == null || s.prefix().isBlank())) {
                v.add(at + ".prefix", "is required for a LABEL source (e.g. \"to:\")");
            }
            if (s.source() == Source.FIELD && (s.field() == null || s.field().isBlank())) {
                v.add(at + ".field", "is required for a FIELD source (a custom field id such as customfield_10050)");
            }
        }
    }

    private static void checkTeam(Validator v, String field, @Nullable String team, Set<String> teamSlugs) {
        if (team == null || team.isBlank()) {
            v.add(field, "must name a team");
        } else if (!teamSlugs.contains(team)) {
            v.add(field, "no team with slug '" + team + "'");
        }
    }

    private static void checkKeys(Validator v, String field, @Nullable Map<String, ?> map) {
        if (map == null) {
            return;
        }
        map.forEach((key, value) -> {
            if (key.isBlank()) {
                v.add(field, "must not have a blank key");
            } else if (value == null) {
                v.add(field + "." + key, "must have a value");
            }
        });
    }

    /** {@code value} looked up case-insensitively. */
    static <T> @Nullable T lookup(Map<String, T> map, @Nullable String value) {
        if (value == null) {
            return null;
        }
        T exact = map.get(value);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, T> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(value)) {
                return e.getValue();
            }
        }
        return null;
    }

    static boolean containsIgnoreCase(List<String> list, @Nullable String value) {
        return value != null && list.stream().anyMatch(s -> s.equalsIgnoreCase(value));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<String> orEmpty(@Nullable List<String> list) {
        return list == null ? List.of() : list;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> ordered(Object... pairs) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (T) pairs[i + 1]);
        }
        return map;
    }
}
