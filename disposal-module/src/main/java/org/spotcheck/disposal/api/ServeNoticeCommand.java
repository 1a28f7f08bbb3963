package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * How and when the notice was served.
 *
 * @param servedOn the service date (送达日); the objection window counts from it
 * @param method   ONLINE, IN_PERSON, POST or EMAIL
 */
public record ServeNoticeCommand(
        @NotNull @PastOrPresent LocalDate servedOn,
        @NotNull ServiceMethod method,
        @Size(max = 1000) String comment) {

    /** 送达方式. */
    public enum ServiceMethod {
        ONLINE,
        IN_PERSON,
        POST,
        EMAIL
    }
}
