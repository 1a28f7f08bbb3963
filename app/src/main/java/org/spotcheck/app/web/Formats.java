package org.spotcheck.app.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formatting for pages ({@code ${@fmt.time(x)}}). Times are stored in UTC and shown in China Standard Time. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
