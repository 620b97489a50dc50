package io.wallbreaker.discovery;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.wallbreaker.audit.Actor;
import io.wallbreaker.common.SqlQuery;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's discovery: Acme's service catalog and one snapshot of each inventory (Heroku, the AWS
 * organisation, the acme.example zone, a billing export). Six things run that nobody catalogued:
 * five wait in Operations' court, one was ignored. Dates are relative to today ({@code ${day:-N}}).
 */
@Singleton
@Requires(property = "wallbreaker.demo", value = "true")
public class DemoDiscovery {

    private static final Actor DEMO = new Actor("demo-data", Actor.Kind.SYSTEM, null);
    private static final Pattern DAY = Pattern.compile("\\$\\{day:(-?\\d+)}");

    private final Catalog catalog;
    private final Inventories inventories;
    private final Candidates candidates;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    DemoDiscovery(
            Catalog catalog,
            Inventories inventories,
            Candidates candidates,
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.catalog = catalog;
        this.inventories = inventories;
        this.candidates = candidates;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Once (the demo catalog's storefront marks it done): after the demo's shadow systems, so the registered Heroku app is matched, not a candidate. */
    @io.micronaut.transaction.annotation.Transactional
    public void load() {
        boolean loaded = tx.executeRead(status -> !SqlQuery.list(
                        jdbc,
                        "SELECT id FROM known_system WHERE entity_ref = 'component:default/storefront'",
                        List.of(),
                        rs -> 1)
                .isEmpty());
        if (loaded) {
            return;
        }
        catalog.importEntities(CatalogParser.yaml(file("catalog-info.yaml")), DEMO);
        importInventory(InventorySource.HEROKU, "heroku-apps.json", null);
        importInventory(InventorySource.AWS_ORGANIZATIONS, "aws-accounts.json", null);
        importInventory(InventorySource.DNS, "acme.zone", null);
        importInventory(InventorySource.CSV, "billing-export.csv", null);
        long review = tx.executeRead(status -> SqlQuery.list(
                        jdbc,
                        "SELECT c.id FROM shadow_candidate c JOIN inventory_item i ON i.id = c.item_id "
                                + "WHERE i.source = 'heroku' AND i.identifier = 'pdf-renderer-test'",
                        List.of(),
                        rs -> rs.getLong(1))
                .get(0));
        candidates.ignore(
                review,
                new DiscoveryViews.IgnoreBody("Review app of the PDF service; Heroku deletes it after the test run."),
                new Actor("daryl", Actor.Kind.USER, null));
    }

    private void importInventory(InventorySource source, String name, String feed) {
        String text = file(name);
        inventories.importSnapshot(
                Inventories.key(source, source.path(), feed), inventories.parse(source, text, null), text, null, DEMO);
    }

    private String file(String name) {
        try (InputStream in = getClass().getResourceAsStream("/demo/discovery/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo file " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            Matcher m = DAY.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        b, today.plusDays(Long.parseLong(m.group(1))).toString());
            }
            m.appendTail(b);
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
