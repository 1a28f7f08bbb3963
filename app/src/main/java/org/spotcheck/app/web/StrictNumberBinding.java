package org.spotcheck.app.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in paths, query parameters and forms are decimal digits only (issue 13.6). Spring's own conversion
 * falls back to {@code NumberUtils.parseNumber}, which reads {@code 0x10} as 16, {@code #10} as 16 and {@code "1 "}
 * as 1, so {@code /api/plans/0x10} answered plan 16. Anything else is a 400 {@code TYPE_MISMATCH} naming the
 * parameter, without Java types.
 */
@ControllerAdvice
class StrictNumberBinding {

    @InitBinder
    void strictWholeNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal(false, Long::valueOf));
        binder.registerCustomEditor(Long.class, new Decimal(true, Long::valueOf));
        binder.registerCustomEditor(int.class, new Decimal(false, Integer::valueOf));
        binder.registerCustomEditor(Integer.class, new Decimal(true, Integer::valueOf));
    }

    static final class Decimal extends PropertyEditorSupport {

        private final boolean emptyIsNull;
        private final Function<String, Number> parse;

        Decimal(boolean emptyIsNull, Function<String, Number> parse) {
            this.emptyIsNull = emptyIsNull;
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                if (!emptyIsNull) {
                    throw new IllegalArgumentException("a whole number is required");
                }
                setValue(null);
                return;
            }
            if (!text.matches("-?[0-9]{1,19}")) {
                throw new IllegalArgumentException("not a decimal whole number");
            }
            setValue(parse.apply(text)); // NumberFormatException (an IllegalArgumentException) past the type's range
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
