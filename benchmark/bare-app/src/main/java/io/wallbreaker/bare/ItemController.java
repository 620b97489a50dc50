package io.wallbreaker.bare;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** {@code GET /items?page=&size=} → {@code {items, page, size, total}} like Wallbreaker's lists; {@code GET /health}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ItemController {

    @Serdeable
    record Listing(List<Item> items, int page, int size, long total) {}

    @Serdeable
    record Health(String status) {}

    private final ItemRepository items;
    private final DataSource dataSource;

    ItemController(ItemRepository items, DataSource dataSource) {
        this.items = items;
        this.dataSource = dataSource;
    }

    @Get("/items")
    Listing list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? 50 : Math.min(500, Math.max(1, size));
        Page<Item> result = items.findAll(Pageable.from(p, s, Sort.of(Sort.Order.desc("id"))));
        return new Listing(result.getContent(), p, s, result.getTotalSize());
    }

    /** The same check as Wallbreaker's /api/health: a pooled connection that answers. */
    @Get("/health")
    @Connectable
    Health health() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new Health(c.isValid(2) ? "UP" : "DOWN");
        }
    }
}
