package io.wallbreaker.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.wallbreaker.support.Api;
import io.wallbreaker.support.ApiTestBase;
import io.wallbreaker.support.Resp;
import org.junit.jupiter.api.Test;

/**
 * Ops' discovery scripts send whole scans: 10,000 rows must import in one request, and the same scan
 * again must change nothing. The elapsed time is printed, not asserted (shared build machines vary).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class ShadowImportVolumeTest extends ApiTestBase {

    private static final int ROWS = 10_000;

    @Test
    void shouldImportTenThousandCsvRowsAndFindThemAllUnchangedOnReimport() {
        Api admin = admin();
        String dev = team(admin, "DEV");
        String ops = team(admin, "OPS");
        String provider = unique("scan");
        StringBuilder csv = new StringBuilder("name,provider,url,ownerTeam,dataClassification,firstLiveAt,"
                + "discoveredAt,discoveredBy,discoveryMethod,evidence\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("app-")
                    .append(i)
                    .append(',')
                    .append(provider)
                    .append(",https://app-")
                    .append(i)
                    .append(".example.com,")
                    .append(dev)
                    .append(i % 7 == 0 ? ",CUSTOMER_PII," : ",INTERNAL,")
                    .append("2025-01-01T00:00:00Z,2026-01-")
                    .append(10 + i % 20)
                    .append("T08:00:00Z,")
                    .append(ops)
                    .append(",DNS_SCAN,\"DNS record, zone scan\"\n");
        }

        long start = System.nanoTime();
        Resp first = admin.postRaw("/api/shadow-systems/import", csv.toString(), "text/csv");
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(
                200,
                first.status(),
                first.raw().substring(0, Math.min(500, first.raw().length())));
        assertEquals(ROWS, first.num("created"));
        assertEquals(0, first.num("rejected"));

        start = System.nanoTime();
        Resp again = admin.postRaw("/api/shadow-systems/import", csv.toString(), "text/csv");
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, again.num("created"));
        assertEquals(0, again.num("updated"));
        assertEquals(ROWS, again.num("unchanged"));
        System.out.printf(
                "Shadow import of %,d CSV rows: first %d ms (all created), again %d ms (all unchanged)%n",
                ROWS, firstMillis, againMillis);

        assertEquals(
                ROWS,
                admin.get("/api/shadow-systems?size=1&provider=" + provider).num("total"));
        assertEquals(
                ROWS / 7 + 1,
                admin.get("/api/shadow-systems?size=1&dataClassification=CUSTOMER_PII&provider=" + provider)
                        .num("total"));
    }
}
