package io.wallbreaker.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.common.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShadowImportParserTest {

    private static final String HEADER = "name,provider,url,ownerTeam,dataClassification,firstLiveAt,discoveredAt,"
            + "discoveredBy,discoveryMethod,motivatedBy\n";

    @Test
    void shouldReadQuotedCellsAndNumberDataRowsFromOne() {
        List<ImportRow> rows = ShadowImportParser.csv(HEADER
                + "\"billing, the app\",Heroku,,dev,INTERNAL,2025-01-01,2025-06-01,ops,DNS_SCAN,12 REQ-15\n"
                + "\n"
                + "\"multi\nline\",Heroku,,dev,INTERNAL,2025-01-01,2025-06-01,ops,DNS_SCAN,\n");
        assertEquals(2, rows.size());
        assertEquals(1, rows.get(0).row());
        assertEquals("billing, the app", rows.get(0).body().name());
        assertEquals(List.of(12L, 15L), rows.get(0).body().motivatedBy());
        assertEquals(2, rows.get(1).row(), "blank lines are not counted");
        assertEquals("multi\nline", rows.get(1).body().name());
    }

    @Test
    void shouldKeepRowProblemsWithTheRow() {
        List<ImportRow> rows = ShadowImportParser.csv(
                HEADER + "a,Heroku,,dev,INTERNAL,2025-01-01,2025-06-01,ops,DNS_SCAN,twelve\n" + "b,Heroku\n");
        assertEquals("motivatedBy", rows.get(0).readErrors().get(0).field());
        assertEquals("row", rows.get(1).readErrors().get(0).field());
    }

    @Test
    void shouldRefuseBrokenQuotingUnknownAndMissingColumns() {
        assertMalformed(() -> ShadowImportParser.csv(
                HEADER + "\"a\"x,Heroku,,dev,INTERNAL,2025-01-01,2025-06-01," + "ops,DNS_SCAN,\n"));
        assertMalformed(() -> ShadowImportParser.csv(HEADER + "\"unterminated,Heroku\n"));
        ApiException unknown = assertMalformed(() -> ShadowImportParser.csv(HEADER.replace("url", "colour")));
        assertTrue(unknown.getMessage().contains("colour"), unknown.getMessage());
        ApiException missing = assertMalformed(() -> ShadowImportParser.csv("name,provider\nx,y\n"));
        assertTrue(missing.getMessage().contains("ownerTeam"), missing.getMessage());
    }

    @Test
    void shouldRefuseInvalidUtf8AndAcceptByteOrderMark() {
        assertMalformed(() -> ShadowImportParser.decode(new byte[] {'a', (byte) 0xC3, 0x28}));
        assertEquals("name", ShadowImportParser.decode("\uFEFFname".getBytes(StandardCharsets.UTF_8)));
    }

    private static ApiException assertMalformed(Runnable r) {
        ApiException e = assertThrows(ApiException.class, r::run);
        assertEquals(400, e.status().getCode());
        return e;
    }
}
