package org.spotcheck.app.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * What the list-search tests of issue 17.4 share: the app ({@link SpotCheckE2e}) and its database to write enough
 * rows straight into for a page to overflow, a tag that keeps one run's rows apart, and the list read as one user.
 */
abstract class ListSearchTestBase extends SpotCheckE2e {

    /** What one row of this list looks like in the HTML. */
    abstract Pattern row();

    /** The list at this path, read as this user. */
    ListPage list(String user, String path) {
        return new ListPage(port, user, path, row());
    }

    /** A tag for this run's rows: the letter, then a number no earlier run used. */
    static String tag(String letter) {
        return letter + System.nanoTime() % 100_000_000;
    }

    /** Today in Beijing: the day the lists' date filters mean. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
