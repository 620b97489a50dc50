package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.wallbreaker.common.ImportText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Reads an inventory in the format its tool writes: {@code heroku apps --all --json}, {@code aws
 * organizations list-accounts}, a DNS zone in master-file format, or a generic CSV. A file that
 * cannot be read at all is a 400 naming the line; an item that can be read but lacks what it needs
 * is reported and left out, and the other items are imported.
 */
final class InventoryParser {

    /** At most this many items per snapshot (a snapshot is a source's complete list: it cannot be split). */
    static final int MAX_ITEMS = 50_000;

    private static final Pattern AWS_ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern LINE = Pattern.compile("line (\\d+)|:(\\d+):");

    /** One thing an inventory lists. {@code createdAt}: the tool's own creation date, when it has one. */
    record Item(
            @Nullable Integer line,
            @Nullable Integer index,
            String identifier,
            String name,
            String provider,
            @Nullable String url,
            @Nullable String ownerHint,
            @Nullable Instant createdAt,
            List<Identifier> ids,
            String raw) {}

    record Parsed(List<Item> items, List<ImportError> errors) {}

    private final JsonMapper json;

    InventoryParser(JsonMapper json) {
        this.json = json;
    }

    Parsed parse(InventorySource source, String text, @Nullable String origin) {
        if (text.isBlank()) {
            throw ImportText.malformed(
                    "The body is empty; send the " + source.path() + " inventory as its tool writes it.");
        }
        Parsed parsed = switch (source) {
            case HEROKU -> heroku(text);
            case AWS_ORGANIZATIONS -> aws(text);
            case DNS -> dns(text, origin);
            case CSV -> csv(text);
        };
        if (parsed.items().size() > MAX_ITEMS) {
            throw new io.wallbreaker.common.ApiException(
                    io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "Inventory too large",
                    "One snapshot holds at most " + String.format("%,d", MAX_ITEMS) + " items.",
                    List.of(),
                    Map.of("maxItems", MAX_ITEMS));
        }
        return parsed;
    }

    // --- Heroku: heroku apps --all --json (the Platform API's app objects) ---

    private Parsed heroku(String text) {
        JsonNode root = readJson(text);
        if (!root.isArray()) {
            throw ImportText.malformedAt(1, "expected the JSON array `heroku apps --all --json` prints");
        }
        List<Item> items = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Dedup dedup = new Dedup(errors);
        int index = -1;
        for (JsonNode app : root.values()) {
            index++;
            String name = text(app, "name");
            if (!app.isObject() || name == null || name.isBlank()) {
                errors.add(ImportError.atIndex(index, "name", "is required (the app's name)"));
                continue;
            }
            String webUrl = text(app, "web_url");
            String host = Hosts.ofUrl(webUrl);
            Instant created = instant(text(app, "created_at"));
            if (text(app, "created_at") != null && created == null) {
                errors.add(ImportError.atIndex(index, "created_at", "is not a date-time (2025-03-01T10:00:00Z)"));
                continue;
            }
            JsonNode team = app.get("team");
            String owner = team != null && team.isObject() ? text(team, "name") : null;
            if (owner == null) {
                JsonNode o = app.get("owner");
                owner = o != null && o.isObject() ? text(o, "email") : null;
            }
            List<Identifier> ids = new ArrayList<>();
            ids.add(new Identifier(IdKind.HEROKU_APP, name.trim().toLowerCase(Locale.ROOT)));
            if (host != null) {
                ids.add(new Identifier(IdKind.HOST, host));
            }
            String identifier = name.trim().toLowerCase(Locale.ROOT);
            if (dedup.first(identifier, null, index)) {
                items.add(new Item(
                        null, index, identifier, name.trim(), "Heroku", webUrl, owner, created, ids, write(app)));
            }
        }
        return new Parsed(items, errors);
    }

    // --- AWS Organizations: aws organizations list-accounts ---

    private Parsed aws(String text) {
        JsonNode root = readJson(text);
        JsonNode accounts = root.isObject() ? root.get("Accounts") : root;
        if (accounts == null || !accounts.isArray()) {
            throw ImportText.malformedAt(
                    1, "expected the JSON object {\"Accounts\": […]} that `aws organizations list-accounts` prints");
        }
        List<Item> items = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Dedup dedup = new Dedup(errors);
        int index = -1;
        for (JsonNode account : accounts.values()) {
            index++;
            String id = account.isObject() ? text(account, "Id") : null;
            if (id == null || !AWS_ACCOUNT.matcher(id.trim()).matches()) {
                errors.add(ImportError.atIndex(index, "Id", "is required: the 12-digit account id"));
                continue;
            }
            // Status (and its successor State, since 2025): only active accounts run anything.
            String state = text(account, "State") != null ? text(account, "State") : text(account, "Status");
            if (state != null && !state.equalsIgnoreCase("ACTIVE")) {
                continue;
            }
            String joined = text(account, "JoinedTimestamp");
            Instant created = instant(joined);
            if (joined != null && created == null) {
                errors.add(ImportError.atIndex(index, "JoinedTimestamp", "is not a date-time"));
                continue;
            }
            String name = text(account, "Name");
            String identifier = id.trim();
            if (dedup.first(identifier, null, index)) {
                items.add(new Item(
                        null,
                        index,
                        identifier,
                        name == null || name.isBlank() ? identifier : name.trim(),
                        "AWS",
                        null,
                        text(account, "Email"),
                        created,
                        List.of(new Identifier(IdKind.AWS_ACCOUNT, identifier)),
                        write(account)));
            }
        }
        return new Parsed(items, errors);
    }

    // --- DNS: a zone in RFC 1035 master-file format, read by dnsjava ---

    private Parsed dns(String text, @Nullable String originParam) {
        Name origin = null;
        if (originParam != null && !originParam.isBlank()) {
            try {
                origin = Name.fromString(
                        originParam.trim().endsWith(".") ? originParam.trim() : originParam.trim() + ".");
            } catch (TextParseException e) {
                throw io.wallbreaker.common.ApiException.invalid("origin", "is not a domain name");
            }
        }
        Map<String, Map<String, Object>> names = new LinkedHashMap<>();
        try (Master master =
                new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), origin, 3600)) {
            // $INCLUDE would read files on the server: never.
            master.disableIncludes(true);
            master.expandGenerate(false);
            Record record;
            while ((record = master.nextRecord()) != null) {
                int type = record.getType();
                if (type != Type.A && type != Type.AAAA && type != Type.CNAME) {
                    continue; // SOA, NS, MX, TXT … name no running system
                }
                String owner = Hosts.normalise(record.getName().toString(true));
                if (owner == null || owner.startsWith("*.")) {
                    continue; // a wildcard record is a catch-all, not a system
                }
                Map<String, Object> entry = names.computeIfAbsent(owner, k -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("name", k);
                    e.put("records", new ArrayList<Map<String, Object>>());
                    return e;
                });
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> records = (List<Map<String, Object>>) entry.get("records");
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("type", Type.string(type));
                r.put("ttl", record.getTTL());
                r.put("value", record.rdataToString());
                records.add(r);
            }
        } catch (TextParseException e) {
            throw ImportText.malformedAt(lineOf(e.getMessage()), clean(e.getMessage()));
        } catch (IOException e) {
            throw ImportText.malformedAt(lineOf(e.getMessage()), clean(e.getMessage()));
        } catch (RuntimeException e) {
            // dnsjava reports a relative name without $ORIGIN (and other misuse) this way
            throw ImportText.malformedAt(lineOf(e.getMessage()), clean(e.getMessage()));
        }
        List<Item> items = new ArrayList<>();
        for (Map<String, Object> entry : names.values()) {
            String name = (String) entry.get("name");
            List<Identifier> ids = new ArrayList<>();
            ids.add(new Identifier(IdKind.HOST, name));
            String provider = "DNS";
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> records = (List<Map<String, Object>>) entry.get("records");
            for (Map<String, Object> r : records) {
                if ("CNAME".equals(r.get("type"))) {
                    String target = Hosts.normalise((String) r.get("value"));
                    if (target != null) {
                        ids.add(new Identifier(IdKind.CNAME, target));
                        String p = Hosts.providerOf(target);
                        provider = p == null ? provider : p;
                    }
                }
            }
            items.add(new Item(null, null, name, name, provider, "https://" + name, null, null, ids, write(entry)));
        }
        return new Parsed(items, List.of());
    }

    // --- Generic CSV: provider, identifier, url, firstSeenAt, owner, evidence ---

    private Parsed csv(String text) {
        List<Item> items = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Dedup dedup = new Dedup(errors);
        for (CsvRows.Row row : CsvRows.read(
                text, List.of("provider", "identifier"), "provider, identifier, url, firstSeenAt, owner, evidence")) {
            int line = row.line();
            Map<String, String> cells = row.cells();
            String provider = cells.get("provider");
            String identifier = cells.get("identifier");
            if (provider == null) {
                errors.add(ImportError.atLine(line, "provider", "is required"));
                continue;
            }
            if (identifier == null) {
                errors.add(ImportError.atLine(line, "identifier", "is required"));
                continue;
            }
            if (identifier.length() > 390 || provider.length() > 100) {
                errors.add(ImportError.atLine(
                        line, "identifier", "is too long (390 characters at most; the provider 100)"));
                continue;
            }
            String url = cells.get("url");
            String host = Hosts.ofUrl(url);
            if (url != null && host == null) {
                errors.add(ImportError.atLine(line, "url", "must be an http(s) URL or a host name"));
                continue;
            }
            Instant firstSeen = null;
            if (cells.get("firstseenat") != null) {
                firstSeen = instant(cells.get("firstseenat"));
                if (firstSeen == null) {
                    errors.add(ImportError.atLine(line, "firstSeenAt", "must be a date (2025-03-01) or a date-time"));
                    continue;
                }
            }
            List<Identifier> ids = new ArrayList<>();
            ids.add(new Identifier(IdKind.IDENTIFIER, identifier.toLowerCase(Locale.ROOT)));
            if (host != null) {
                ids.add(new Identifier(IdKind.HOST, host));
            }
            String key = provider.toLowerCase(Locale.ROOT) + ":" + identifier.toLowerCase(Locale.ROOT);
            if (dedup.first(key, line, null)) {
                Map<String, Object> raw = new LinkedHashMap<>(cells);
                items.add(new Item(
                        line, null, key, identifier, provider, url, cells.get("owner"), firstSeen, ids, write(raw)));
            }
        }
        return new Parsed(items, errors);
    }

    // --- helpers ---

    /** Reports the second and later items with one identifier. */
    private static final class Dedup {
        private final Map<String, String> seen = new LinkedHashMap<>();
        private final List<ImportError> errors;

        Dedup(List<ImportError> errors) {
            this.errors = errors;
        }

        boolean first(String identifier, @Nullable Integer line, @Nullable Integer index) {
            String where = line != null ? "line " + line : "index " + index;
            String earlier = seen.putIfAbsent(identifier, where);
            if (earlier == null) {
                return true;
            }
            errors.add(new ImportError(
                    line, index, "identifier", "'" + identifier + "' is listed twice (first at " + earlier + ")"));
            return false;
        }
    }

    private JsonNode readJson(String text) {
        try {
            JsonNode node = json.readValue(text, JsonNode.class);
            if (node == null) {
                throw ImportText.malformedAt(1, "the body is not JSON");
            }
            return node;
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.wallbreaker.common.ApiException api) {
                throw api;
            }
            Throwable t = e;
            while (t != null) {
                if (t instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
                    throw ImportText.malformedAt(
                            Math.max(1, jpe.getLocation().getLineNr()),
                            "not valid JSON: " + clean(jpe.getOriginalMessage()));
                }
                t = t.getCause();
            }
            throw ImportText.malformedAt(lineOf(e.getMessage()), "not valid JSON");
        }
    }

    /** At most this many characters of a raw record are kept (the column's size). */
    static final int MAX_RAW = 16_000;

    private String write(Object value) {
        try {
            String raw = json.writeValueAsString(value);
            if (raw.length() > MAX_RAW) {
                return json.writeValueAsString(java.util.Map.of(
                        "truncated", true, "length", raw.length(), "start", raw.substring(0, MAX_RAW / 2)));
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.isObject() ? node.get(field) : null;
        return v == null || v.isNull() || !v.isValueNode() ? null : v.coerceStringValue();
    }

    /** A date-time with an offset (Heroku's {@code Z}, the AWS CLI's {@code +00:00}) or a plain date (UTC midnight). */
    static @Nullable Instant instant(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static int lineOf(@Nullable String message) {
        if (message != null) {
            Matcher m = LINE.matcher(message);
            if (m.find()) {
                return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return 1;
    }

    private static String clean(@Nullable String message) {
        return message == null
                ? "cannot be read"
                : message.replaceAll("\\s+", " ").trim();
    }
}
