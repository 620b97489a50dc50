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
        Window w = window(v, page, size);
        Sorting sorting = fields.parse(sort, v);
        v.throwIfInvalid();
        return new Paging(w.page(), w.size(), sorting);
    }

    /** Page and size of a list in one fixed order (a log, newest first). */
    public record Window(int page, int size) {}

    /** Checks {@code ?page=&size=} into {@code v} (the caller throws, with its other problems). */
    public static Window window(Validator v, @Nullable Integer page, @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            v.add("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            v.add("size", "must be between 1 and " + MAX_SIZE);
        }
        return new Window(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
