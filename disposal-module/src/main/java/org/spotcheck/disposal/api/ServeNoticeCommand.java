package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * How and when the notice was served.
 *
 * @param servedOn     the service date (送达日); the objection window counts from it. With IN_APP it is
 *                     the date sent, and service happens when the enterprise acknowledges it online.
 * @param method       ONLINE, IN_PERSON, POST, EMAIL or IN_APP
 * @param producerName the producer named on the label (样品标称的生产者), required when the sample came
 *                     from a seller (distribution or e-commerce): he gets a copy of the notice
 */
public record ServeNoticeCommand(
        @NotNull @PastOrPresent LocalDate servedOn,
        @NotNull ServiceMethod method,
        @Size(max = 1000) String comment,
        @Size(max = 200) String producerName) {

    public ServeNoticeCommand(LocalDate servedOn, ServiceMethod method, String comment) {
        this(servedOn, method, comment, null);
    }

    /** 送达方式. */
    public enum ServiceMethod {
        ONLINE,
        IN_PERSON,
        POST,
        EMAIL,
        /** 系统送达: sent in the system; served when the enterprise acknowledges it online. */
        IN_APP
    }
}
