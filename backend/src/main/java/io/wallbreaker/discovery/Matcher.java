package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether an inventory item is something somebody knows: a registered shadow system first,
 * else a known system of the catalog. The rules, each named in the result (docs/DISCOVERY.md):
 *
 * <ul>
 *   <li>{@code host}: a host name of the item equals a known host name (case and a trailing dot
 *       ignored);
 *   <li>{@code host-suffix}: a known wildcard {@code *.shop.acme.example} covers the item's host name;
 *   <li>{@code cname}: a DNS name's CNAME target is a known host (by the two rules above);
 *   <li>{@code heroku-app}: a Heroku app's name equals a known Heroku app, a catalog entity's name or
 *       a registered shadow system's name;
 *   <li>{@code aws-account}: an AWS account id equals a known account id;
 *   <li>{@code identifier}: a CSV item's identifier equals any known identifier or name.
 * </ul>
 */
final class Matcher {

    /** What an item matched: a known system or a shadow system, by which rule. */
    record Match(@Nullable Long knownSystemId, @Nullable Long shadowSystemId, String rule) {}

    /** A shadow system as the index needs it. */
    record Shadow(long id, String name, @Nullable String url) {}

    /** A known identifier as stored. */
    record Known(long knownSystemId, IdKind kind, String value) {}

    private static final class Index {
        final Map<String, Long> hosts = new HashMap<>();
        /** {@code *.shop.acme.example} as {@code shop.acme.example} → id: a host is looked up by each parent domain. */
        final Map<String, Long> wildcards = new HashMap<>();

        final Map<String, Long> herokuApps = new HashMap<>();
        final Map<String, Long> accounts = new HashMap<>();
        final Map<String, Long> names = new HashMap<>();

        void add(IdKind kind, String value, long id) {
            switch (kind) {
                case HOST -> {
                    if (value.startsWith("*.")) {
                        wildcards.putIfAbsent(value.substring(2), id);
                    } else {
                        hosts.putIfAbsent(value, id);
                    }
                }
                case HEROKU_APP -> herokuApps.putIfAbsent(value, id);
                case AWS_ACCOUNT -> accounts.putIfAbsent(value, id);
                case NAME -> names.putIfAbsent(value, id);
                default -> {}
            }
        }

        @Nullable
        Long host(String host) {
            Long id = hosts.get(host);
            return id != null ? id : wildcard(host);
        }

        /** The wildcard covering {@code host} (any depth below its suffix, not the suffix itself). */
        @Nullable
        Long wildcard(String host) {
            for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
                Long id = wildcards.get(host.substring(dot + 1));
                if (id != null) {
                    return id;
                }
            }
            return null;
        }

        /** The rule name and the id for one identifier of an item, or null. */
        @Nullable
        Map.Entry<String, Long> find(Identifier id) {
            String v = id.value();
            return switch (id.kind()) {
                case HOST -> hosts.containsKey(v) ? Map.entry("host", hosts.get(v)) : entry("host-suffix", wildcard(v));
                case CNAME -> entry("cname", host(v));
                case HEROKU_APP -> entry("heroku-app", herokuApps.containsKey(v) ? herokuApps.get(v) : names.get(v));
                case AWS_ACCOUNT -> entry("aws-account", accounts.get(v));
                case IDENTIFIER ->
                    entry("identifier", first(hosts.get(v), herokuApps.get(v), accounts.get(v), names.get(v)));
                default -> null;
            };
        }

        private static @Nullable Long first(Long... ids) {
            for (Long id : ids) {
                if (id != null) {
                    return id;
                }
            }
            return null;
        }

        private static Map.@Nullable Entry<String, Long> entry(String rule, @Nullable Long id) {
            return id == null ? null : Map.entry(rule, id);
        }
    }

    private final Index shadows = new Index();
    private final Index known = new Index();

    Matcher(List<Known> knownIds, List<Shadow> shadowSystems) {
        for (Known k : knownIds) {
            known.add(k.kind(), k.value(), k.knownSystemId());
        }
        for (Shadow s : shadowSystems) {
            String host = Hosts.ofUrl(s.url());
            if (host != null) {
                shadows.add(IdKind.HOST, host, s.id());
            }
            shadows.add(IdKind.NAME, s.name().trim().toLowerCase(java.util.Locale.ROOT), s.id());
        }
    }

    /** What the item matched, or null: a candidate. */
    @Nullable
    Match match(List<Identifier> ids) {
        for (Identifier id : ids) {
            Map.Entry<String, Long> hit = shadows.find(id);
            if (hit != null) {
                return new Match(null, hit.getValue(), hit.getKey());
            }
        }
        for (Identifier id : ids) {
            Map.Entry<String, Long> hit = known.find(id);
            if (hit != null) {
                return new Match(hit.getValue(), null, hit.getKey());
            }
        }
        return null;
    }

    /** Why an item matched nothing: each identifier and the rules that were tried with it. */
    static String unmatchedBecause(List<Identifier> ids) {
        List<String> tried = new ArrayList<>();
        for (Identifier id : ids) {
            tried.add(
                    switch (id.kind()) {
                        case HOST -> "host " + id.value() + " (rules host, host-suffix)";
                        case CNAME -> "CNAME target " + id.value() + " (rule cname)";
                        case HEROKU_APP -> "Heroku app " + id.value() + " (rule heroku-app)";
                        case AWS_ACCOUNT -> "AWS account " + id.value() + " (rule aws-account)";
                        case IDENTIFIER -> "identifier " + id.value() + " (rule identifier)";
                        case NAME -> "name " + id.value();
                    });
        }
        return "No known system and no registered shadow system has the " + String.join(", or the ", tried) + ".";
    }
}
