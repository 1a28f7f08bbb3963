package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list page of issue 17.4 (plans, result handling, audit) read over HTTP as one user: a page's HTML, its rows,
 * and the paging every such list shares.
 *
 * @param path the list's path, e.g. {@code /plans}
 * @param row what one row of the list looks like in the HTML
 */
record ListPage(int port, String user, String path, Pattern row) {

    /** The pages that {@link #assertPaged} read: the first, the last at 20 a page, the last at 50 a page. */
    record Pages(String first, String last, String fifty) {
    }

    /** The list with this query string, answered 200. */
    String get(String query) {
        WebClient page = new WebClient(port);
        page.login(user, Api.PASSWORD);
        String uri = path + "?" + query;
        WebClient.Reply reply = page.get(uri);
        assertThat(reply.status()).as(uri).isEqualTo(200);
        return reply.body();
    }

    int rows(String html) {
        Matcher m = row.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Paged on the server with its total: 20 rows a page, the pager keeping the query, the rest on the last page,
     * and 50 a page on request.
     */
    Pages assertPaged(String query, int total) {
        int pages = (total + 19) / 20;
        String first = get(query);
        assertThat(first).contains("共 " + total + " 条").contains("第 1 / " + pages + " 页");
        assertThat(rows(first)).isEqualTo(20);
        assertThat(first).contains("href=\"?" + query + "&amp;page=2\"");
        String last = get(query + "&page=" + pages);
        assertThat(rows(last)).isEqualTo(total - 20 * (pages - 1));
        int pagesOfFifty = (total + 49) / 50;
        String fifty = get(query + "&size=50" + (pagesOfFifty > 1 ? "&page=" + pagesOfFifty : ""));
        assertThat(fifty).contains("第 " + pagesOfFifty + " / " + pagesOfFifty + " 页");
        assertThat(rows(fifty)).isEqualTo(total - 50 * (pagesOfFifty - 1));
        return new Pages(first, last, fifty);
    }
}
