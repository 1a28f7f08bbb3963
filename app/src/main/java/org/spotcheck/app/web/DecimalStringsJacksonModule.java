package org.spotcheck.app.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Every {@link BigDecimal} the application writes as JSON is a string with its own scale, {@code "0.030"} and never
 * {@code 0.03} or {@code 3.0E-2} (issue 18.3, ADR 0017 decision 12): results, limits, rates, thresholds, money and
 * shares keep the precision they were reported or computed with, and a client's binary floating point never rounds
 * them. One serializer registered with the application's JSON mapper, so no view can forget it; the API document
 * types every {@code BigDecimal} as a string ({@code ApiContractConfiguration}). Reading is unchanged: a decimal is
 * read from a string, and a JSON number is still accepted (pages, the offline app and older clients post numbers).
 */
@Component
public class DecimalStringsJacksonModule extends SimpleModule {

    public DecimalStringsJacksonModule() {
        super("spotcheck-decimal-strings");
        addSerializer(BigDecimal.class, new PlainString());
    }

    static final class PlainString extends StdSerializer<BigDecimal> {
        PlainString() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.toPlainString());
        }
    }
}
