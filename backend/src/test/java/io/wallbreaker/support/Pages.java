package io.wallbreaker.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads paged lists ({@code {items, page, size, total}}) through the API, one page or all of them. */
public final class Pages {

    private Pages() {}

    /** The items of one page answer. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Resp r) {
        assertEquals(200, r.status(), r.toString());
        return (List<Map<String, Object>>) r.at("items");
    }

    /**
     * Every item of {@code path} (which may carry a query string), read {@code size} at a time
     * until a short page; the pages together must hold exactly {@code total} items.
     */
    public static List<Map<String, Object>> all(Api api, String path, int size) {
        String base = path + (path.contains("?") ? "&" : "?") + "size=" + size + "&page=";
        List<Map<String, Object>> all = new ArrayList<>();
        long total;
        int page = 0;
        while (true) {
            Resp r = api.get(base + page);
            List<Map<String, Object>> items = items(r);
            total = r.num("total");
            all.addAll(items);
            if (items.size() < size) {
                break;
            }
            page++;
        }
        assertEquals(total, all.size(), "the pages of " + path + " hold every item once: " + all);
        return all;
    }

    /** One field of each item, in list order. */
    public static List<Object> column(List<Map<String, Object>> items, String field) {
        return items.stream().map(i -> i.get(field)).toList();
    }
}
