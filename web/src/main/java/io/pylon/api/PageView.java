package io.pylon.api;

import io.pylon.shared.Page;
import java.util.List;
import java.util.function.Function;

/** The paging envelope of every list: {@code {"items": [...], "total": N, "page": P, "size": S}}. */
public record PageView<T>(List<T> items, long total, int page, int size) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        Page<T> mapped = page.map(view);
        return new PageView<>(mapped.items(), mapped.total(), mapped.page(), mapped.size());
    }
}
