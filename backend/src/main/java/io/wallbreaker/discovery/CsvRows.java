package io.wallbreaker.discovery;

import io.wallbreaker.common.ImportText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** The CSV files discovery reads (a catalog, a generic inventory): RFC 4180 with a header row. */
final class CsvRows {

    /** One data row: its line in the file, and its cells by column name (trimmed; empty ones null). */
    record Row(int line, Map<String, String> cells) {}

    private CsvRows() {}

    /**
     * Column names are compared without case, spaces, dashes or underscores ({@code firstSeenAt} =
     * {@code first_seen_at}); the cells are keyed by that form. A missing required column or a file
     * that is not CSV is a 400 naming the line.
     */
    static List<Row> read(String text, List<String> required, String expected) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setTrim(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) {
                columns.put(h.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT), h);
            }
            for (String column : required) {
                if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                    throw ImportText.malformedAt(
                            1, "the header has no `" + column + "` column (expected: " + expected + ")");
                }
            }
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                columns.forEach((key, header) -> {
                    String v = record.isSet(header) ? record.get(header) : null;
                    cells.put(key, v == null || v.isBlank() ? null : v.trim());
                });
                rows.add(new Row((int) record.getParser().getCurrentLineNumber(), cells));
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
            throw ImportText.malformedAt(
                    m.find() ? Integer.parseInt(m.group(1)) : 1, "the CSV file cannot be read: " + message);
        }
        return rows;
    }
}
