package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.common.ImportText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the service catalog: Backstage {@code catalog-info.yaml} files (one or more YAML documents,
 * each an entity) or a CSV with the same fields. The systems are the entities of kind Component,
 * Resource, System and API; other kinds (Group, User, Domain, Location, Template) are skipped.
 */
final class CatalogParser {

    /** Annotations that name what identifies a system in inventories (lists: commas or spaces). */
    static final String HOSTNAMES = "wallbreaker.io/hostnames";

    static final String HEROKU_APPS = "wallbreaker.io/heroku-apps";
    static final String AWS_ACCOUNTS = "wallbreaker.io/aws-account-ids";

    private static final Set<String> SYSTEM_KINDS = Set.of("component", "resource", "system", "api");
    private static final Pattern LIST = Pattern.compile("[\\s,;]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?");

    /** One entity: where it starts, and what the catalog says about it. */
    record Entity(
            int line,
            String ref,
            String kind,
            String name,
            @Nullable String title,
            @Nullable String specType,
            @Nullable String owner,
            List<Identifier> ids) {}

    /** An entity of another kind, left out. */
    record Skipped(int line, String ref, String reason) {}

    record Parsed(List<Entity> entities, List<Skipped> skipped, List<ImportError> errors) {}

    private CatalogParser() {}

    static Parsed yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20); // no "billion laughs"
        options.setCodePointLimit(12 * 1024 * 1024);
        List<Integer> lines = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        try {
            for (Node node : new Yaml(new SafeConstructor(options)).composeAll(new StringReader(text))) {
                lines.add(node == null ? 1 : node.getStartMark().getLine() + 1);
            }
            for (Object doc : new Yaml(new SafeConstructor(options)).loadAll(new StringReader(text))) {
                documents.add(doc);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw ImportText.malformedAt(
                    mark == null ? 1 : mark.getLine() + 1, "not valid YAML: " + String.valueOf(e.getProblem()));
        } catch (YAMLException e) {
            throw ImportText.malformedAt(1, "not valid YAML: " + e.getMessage());
        }
        List<Entity> entities = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Object doc = documents.get(i);
            int line = i < lines.size() ? lines.get(i) : 1;
            if (doc == null) {
                continue; // an empty document (a trailing ---)
            }
            if (!(doc instanceof Map<?, ?> map)) {
                errors.add(ImportError.atLine(
                        line, "kind", "each document must be an entity (a mapping with kind and metadata)"));
                continue;
            }
            String kind = string(map.get("kind"));
            Map<?, ?> metadata = map.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
            Map<?, ?> spec = map.get("spec") instanceof Map<?, ?> m ? m : Map.of();
            if (kind == null) {
                errors.add(ImportError.atLine(line, "kind", "is required (Component, Resource, System or API)"));
                continue;
            }
            Map<String, String> annotations = new LinkedHashMap<>();
            if (metadata.get("annotations") instanceof Map<?, ?> a) {
                a.forEach((k, v) -> annotations.put(String.valueOf(k), string(v)));
            }
            List<String> links = new ArrayList<>();
            if (metadata.get("links") instanceof List<?> l) {
                for (Object link : l) {
                    if (link instanceof Map<?, ?> lm && string(lm.get("url")) != null) {
                        links.add(string(lm.get("url")));
                    }
                }
            }
            entity(
                    line,
                    kind,
                    string(metadata.get("namespace")),
                    string(metadata.get("name")),
                    string(metadata.get("title")),
                    string(spec.get("type")),
                    string(spec.get("owner")),
                    links,
                    split(annotations.get(HOSTNAMES)),
                    split(annotations.get(HEROKU_APPS)),
                    split(annotations.get(AWS_ACCOUNTS)),
                    "metadata.",
                    entities,
                    skipped,
                    errors);
        }
        return new Parsed(entities, skipped, errors);
    }

    /** CSV: {@code kind, namespace, name, title, owner, type, links, hostnames, herokuApps, awsAccountIds}. */
    static Parsed csv(String text) {
        List<Entity> entities = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(
                text,
                List.of("kind", "name"),
                "kind, namespace, name, title, owner, type, links, hostnames, herokuApps, awsAccountIds")) {
            Map<String, String> cells = row.cells();
            entity(
                    row.line(),
                    cells.get("kind"),
                    cells.get("namespace"),
                    cells.get("name"),
                    cells.get("title"),
                    cells.get("type"),
                    cells.get("owner"),
                    split(cells.get("links")),
                    split(cells.get("hostnames")),
                    split(cells.get("herokuapps")),
                    split(cells.get("awsaccountids")),
                    "",
                    entities,
                    skipped,
                    errors);
        }
        return new Parsed(entities, skipped, errors);
    }

    private static void entity(
            int line,
            @Nullable String kind,
            @Nullable String namespace,
            @Nullable String name,
            @Nullable String title,
            @Nullable String specType,
            @Nullable String owner,
            List<String> links,
            List<String> hostnames,
            List<String> herokuApps,
            List<String> awsAccounts,
            String prefix,
            List<Entity> entities,
            List<Skipped> skipped,
            List<ImportError> errors) {
        if (kind == null) {
            errors.add(ImportError.atLine(line, "kind", "is required (Component, Resource, System or API)"));
            return;
        }
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(ImportError.atLine(
                    line,
                    prefix + "name",
                    name == null ? "is required" : "must be 1–63 letters, digits, dots, dashes or underscores"));
            return;
        }
        String ns = namespace == null ? "default" : namespace.toLowerCase(Locale.ROOT);
        String ref = kind.toLowerCase(Locale.ROOT) + ":" + ns + "/" + name.toLowerCase(Locale.ROOT);
        if (!SYSTEM_KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            skipped.add(new Skipped(
                    line, ref, "kind " + kind + " is not a system (only Component, Resource, System and API are)"));
            return;
        }
        Set<Identifier> ids = new LinkedHashSet<>();
        ids.add(new Identifier(IdKind.NAME, name.toLowerCase(Locale.ROOT)));
        for (String link : links) {
            String host = Hosts.ofUrl(link);
            if (host != null) {
                ids.add(new Identifier(IdKind.HOST, host));
            }
        }
        for (String h : hostnames) {
            String host = h.contains("://") ? Hosts.ofUrl(h) : Hosts.normalise(h);
            if (host == null) {
                errors.add(ImportError.atLine(
                        line, field(prefix, HOSTNAMES, "hostnames"), "'" + h + "' is not a host name"));
                return;
            }
            ids.add(new Identifier(IdKind.HOST, host));
        }
        for (String app : herokuApps) {
            ids.add(new Identifier(IdKind.HEROKU_APP, app.toLowerCase(Locale.ROOT)));
        }
        for (String account : awsAccounts) {
            if (!account.matches("\\d{12}")) {
                errors.add(ImportError.atLine(
                        line,
                        field(prefix, AWS_ACCOUNTS, "awsAccountIds"),
                        "'" + account + "' is not a 12-digit account id"));
                return;
            }
            ids.add(new Identifier(IdKind.AWS_ACCOUNT, account));
        }
        String canonicalKind = switch (kind.toLowerCase(Locale.ROOT)) {
            case "component" -> "Component";
            case "resource" -> "Resource";
            case "system" -> "System";
            default -> "API";
        };
        entities.add(new Entity(line, ref, canonicalKind, name, title, specType, owner, List.copyOf(ids)));
    }

    /** The field an error names: the annotation in a YAML entity, the column in a CSV row. */
    private static String field(String prefix, String annotation, String column) {
        return prefix.isEmpty() ? column : "metadata.annotations." + annotation;
    }

    private static List<String> split(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(LIST.split(list.trim()))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static @Nullable String string(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).trim();
        return s.isEmpty() ? null : s;
    }
}
