package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Validates {@code ?page=&size=&sort=} of a list: 0-based page, size 1..500 (default 50), and the
 * order checked against the list's {@link Sorting.Fields}; every bad parameter is named in one 400.
 */
public record Paging(int page, int size, Sorting sorting) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(
            @Nullable Integer page, @Nullable Integer size, @Nullable List<String> sort, Sorting.Fields fields) {
        Validator v = new Validator();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            v.add("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            v.add("size", "must be between 1 and " + MAX_SIZE);
        }
        Sorting sorting = fields.parse(sort, v);
        v.throwIfInvalid();
        return new Paging(p, s, sorting);
    }

    public long offset() {
        return (long) page * size;
    }
}
