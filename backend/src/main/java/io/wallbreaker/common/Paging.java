package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

/** Validates {@code ?page=&size=} (0-based page, size 1..500, default 50). */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(@Nullable Integer page, @Nullable Integer size) {
        Validator v = new Validator();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            v.add("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            v.add("size", "must be between 1 and " + MAX_SIZE);
        }
        v.throwIfInvalid();
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    public Pageable pageable(Sort sort) {
        return Pageable.from(page, size, sort);
    }
}
