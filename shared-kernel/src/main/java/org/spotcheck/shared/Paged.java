package org.spotcheck.shared;

import java.util.List;

/**
 * One page of a list searched on the server (issue 17.4, ADR 0021): the rows of page {@code page} (from 1) of
 * {@code size} rows, and how many rows match in all. Page sizes are 20 or 50; anything else asks for 20.
 */
public record Paged<T>(List<T> items, long total, int page, int size) {

    /** The page sizes a list offers. */
    public static final List<Integer> SIZES = List.of(20, 50);
    /** No one pages further than this; a larger page number asks for the last rows there are. */
    private static final int MAX_PAGE = 100_000;

    /** The page size asked for, as offered: 50 when asked for 50, else 20. */
    public static int size(String asked) {
        return "50".equals(asked == null ? null : asked.strip()) ? 50 : 20;
    }

    /** The page number asked for, from 1; anything that is not a page number asks for the first. */
    public static int page(String asked) {
        if (asked == null || !asked.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(asked.strip())));
    }

    /** The page size asked for as a number, as offered: 50 when asked for 50, else 20. */
    public static int size(int asked) {
        return asked == 50 ? 50 : 20;
    }

    /** The rows of one page read from a query: {@code size} rows from {@code offset}. */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> read(int size, long offset);
    }

    /**
     * One page of a list searched in SQL: first how many rows match ({@code count}), then the rows of page
     * {@code askedPage} (from 1; less asks for the first) of {@code askedSize} (as {@link #size(int)} reads it).
     */
    public static <T> Paged<T> read(int askedPage, int askedSize, java.util.function.LongSupplier count, Rows<T> rows) {
        int size = size(askedSize);
        int page = Math.max(1, askedPage);
        long total = count.getAsLong();
        return new Paged<>(rows.read(size, offset(page, size)), total, page, size);
    }

    /** The empty page, for a caller who may see none of the list. */
    public static <T> Paged<T> none(int askedPage, int askedSize) {
        return new Paged<>(List.of(), 0, Math.max(1, askedPage), size(askedSize));
    }

    /** The offset of the first row of a page. */
    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }

    /**
     * The filters of a list page as a query string to put before {@code page=} in the pager's links
     * ("number=YP&amp;size=50&amp;", empty when none is set): the page keeps its filters in the URL.
     */
    public static String query(java.util.Map<String, String> params, String... keys) {
        StringBuilder query = new StringBuilder();
        for (String key : keys) {
            String value = params.get(key);
            if (value != null && !value.isBlank()) {
                query.append(key).append('=').append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return query.toString();
    }

    /** How many pages there are (at least one, an empty one). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The number of the first row shown (from 1), 0 when none is. */
    public long first() {
        return items.isEmpty() ? 0 : offset(page, size) + 1;
    }

    /** The number of the last row shown. */
    public long last() {
        return items.isEmpty() ? 0 : offset(page, size) + items.size();
    }
}
