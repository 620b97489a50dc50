package io.wallbreaker.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the product writes goes through here: RFC 4180 quoting by Apache Commons CSV, and
 * cells that a spreadsheet would run as a formula neutralised the way OWASP recommends ("CSV
 * injection"): a text cell that begins with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text. Numbers, booleans
 * and dates are written as they are (a negative number stays a number).
 */
public final class CsvExport {

    public static final MediaType TEXT_CSV = MediaType.of("text/csv");

    private CsvExport() {}

    /** The rows as CSV text; {@code null} cells are empty. */
    public static String write(List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<?> row : rows) {
                List<Object> safe = new ArrayList<>(row.size());
                for (Object cell : row) {
                    safe.add(cell instanceof CharSequence text ? neutralise(text.toString()) : cell);
                }
                printer.printRecord(safe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A download of {@code rows} as {@code <name>.csv}. */
    public static HttpResponse<String> download(String name, List<? extends List<?>> rows) {
        return HttpResponse.ok(write(rows))
                .contentType(TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }

    /** {@code text} as a spreadsheet will show it: as text, never as a formula. */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
