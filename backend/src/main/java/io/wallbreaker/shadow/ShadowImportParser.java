package io.wallbreaker.shadow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.wallbreaker.common.ApiException;
import io.wallbreaker.common.Fields;
import io.wallbreaker.common.ImportLimits;
import io.wallbreaker.common.ImportText;
import io.wallbreaker.common.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads an import file into rows. Problems with the file as a whole (not UTF-8, empty, broken CSV
 * quoting, missing or unknown columns, JSON that is not an array) throw a 400 so nothing is stored;
 * problems of a single row travel with that row and only reject it.
 */
final class ShadowImportParser {

    static final String CSV = "text/csv";
    private static final Pattern SPACES = Pattern.compile("[\\s,]+");
    private static final Pattern REQUEST_ID = Pattern.compile("(?i)(REQ-)?(\\d{1,18})");

    private ShadowImportParser() {}

    static List<ImportRow> parse(@Nullable byte[] body, boolean csv, JsonMapper json) {
        String text = decode(body);
        if (text.isBlank()) {
            throw malformed("The body is empty; send a JSON array or a CSV file with a header row.");
        }
        return csv ? csv(text) : json(text, json);
    }

    static String decode(@Nullable byte[] body) {
        return ImportText.decode(body);
    }

    static List<ImportRow> csv(String text) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(false)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setTrim(true)
                .get();
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = columns(header);
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                ImportLimits.checkRows(number, "rows");
                rows.add(csvRow(number, record, header.size(), columns));
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw malformed("The CSV file cannot be read"
                    + (e.getMessage() == null ? "." : ": " + e.getMessage().replaceAll("\\s+", " ")));
        }
        return rows;
    }

    /** Field name → column index; header names match the JSON field names, ignoring case and spacing. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, String> byFolded = new HashMap<>();
        ShadowRules.FIELDS.forEach(f -> byFolded.put(f.toLowerCase(Locale.ROOT), f));
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String field = byFolded.get(header.get(i).trim().toLowerCase(Locale.ROOT));
            if (field == null) {
                unknown.add(header.get(i));
            } else {
                columns.put(field, i);
            }
        }
        List<String> missing = ShadowRules.REQUIRED.stream()
                .filter(f -> !columns.containsKey(f))
                .toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        unknown.forEach(u -> errors.add(
                new Problem.FieldError(u, "unknown column; the columns are " + String.join(", ", ShadowRules.FIELDS))));
        missing.forEach(m -> errors.add(new Problem.FieldError(m, "required column is missing")));
        if (!errors.isEmpty()) {
            String detail = (unknown.isEmpty() ? "" : "Unknown column(s): " + String.join(", ", unknown) + ". ")
                    + (missing.isEmpty() ? "" : "Missing required column(s): " + String.join(", ", missing) + ".");
            throw new ApiException(HttpStatus.BAD_REQUEST, "Malformed import file", detail.trim(), errors, Map.of());
        }
        return columns;
    }

    private static ImportRow csvRow(int number, CSVRecord record, int headerSize, Map<String, Integer> columns) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (record.size() != headerSize) {
            errors.add(new Problem.FieldError(
                    "row", "has " + record.size() + " values but the header has " + headerSize + " columns"));
            return new ImportRow(number, empty(), errors);
        }
        Map<String, String> v = new HashMap<>();
        columns.forEach((field, index) -> v.put(field, record.get(index)));
        List<Long> motivatedBy = requestIds(v.get("motivatedBy"), errors);
        return row(number, v, motivatedBy, errors);
    }

    /** One row's body from its cells, each checked against the product's text rule (no NUL, valid Unicode). */
    private static ImportRow row(
            int number, Map<String, String> v, @Nullable List<Long> motivatedBy, List<Problem.FieldError> errors) {
        v.forEach((field, value) -> {
            String problem = value == null ? null : Fields.textProblem(value);
            if (problem != null) {
                errors.add(new Problem.FieldError(field, problem));
            }
        });
        return new ImportRow(
                number,
                new ShadowSystemCreate(
                        v.get("name"),
                        v.get("provider"),
                        v.get("url"),
                        v.get("ownerTeam"),
                        v.get("purpose"),
                        v.get("dataClassification"),
                        v.get("firstLiveAt"),
                        v.get("evidence"),
                        v.get("discoveredAt"),
                        v.get("discoveredBy"),
                        v.get("discoveryMethod"),
                        v.get("status"),
                        motivatedBy),
                errors);
    }

    /** "12 15" or "REQ-12 REQ-15" (commas tolerated too). */
    private static @Nullable List<Long> requestIds(@Nullable String cell, List<Problem.FieldError> errors) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String token : SPACES.split(cell.trim())) {
            var m = REQUEST_ID.matcher(token);
            if (m.matches()) {
                ids.add(Long.parseLong(m.group(2)));
            } else {
                errors.add(new Problem.FieldError(
                        "motivatedBy",
                        "'" + token + "' is not a request id; give space-separated ids such as 12 or REQ-12"));
            }
        }
        return ids;
    }

    static List<ImportRow> json(String text, JsonMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw malformed("The body is not valid JSON.");
        }
        if (root == null || !root.isArray()) {
            throw malformed("The JSON body must be an array of shadow systems.");
        }
        ImportLimits.checkRows(root.size(), "rows");
        List<ImportRow> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode element : root.values()) {
            number++;
            rows.add(jsonRow(number, element));
        }
        return rows;
    }

    private static ImportRow jsonRow(int number, JsonNode element) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!element.isObject()) {
            errors.add(new Problem.FieldError("row", "must be a JSON object"));
            return new ImportRow(number, empty(), errors);
        }
        Map<String, String> v = new HashMap<>();
        List<Long> motivatedBy = null;
        for (Map.Entry<String, JsonNode> e : element.entries()) {
            String field = e.getKey();
            JsonNode value = e.getValue();
            if (!ShadowRules.FIELDS.contains(field)) {
                errors.add(new Problem.FieldError(field, "unknown field"));
            } else if (field.equals("motivatedBy")) {
                motivatedBy = jsonRequestIds(value, errors);
            } else if (value.isNull()) {
                v.put(field, null);
            } else if (value.isString()) {
                v.put(field, value.getStringValue());
            } else {
                errors.add(new Problem.FieldError(field, "must be text (a JSON string)"));
            }
        }
        return row(number, v, motivatedBy, errors);
    }

    private static @Nullable List<Long> jsonRequestIds(JsonNode value, List<Problem.FieldError> errors) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            errors.add(new Problem.FieldError("motivatedBy", "must be an array of request ids"));
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : value.values()) {
            if (id.isNumber()
                    && id.getNumberValue().doubleValue() == id.getNumberValue().longValue()) {
                ids.add(id.getNumberValue().longValue());
            } else {
                errors.add(new Problem.FieldError("motivatedBy", "must be an array of request ids"));
                return null;
            }
        }
        return ids;
    }

    private static ShadowSystemCreate empty() {
        return new ShadowSystemCreate(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static ApiException malformed(String detail) {
        return ImportText.malformed(detail);
    }
}
