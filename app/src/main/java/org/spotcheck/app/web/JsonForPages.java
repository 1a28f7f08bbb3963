package org.spotcheck.app.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes values as JSON for data attributes of pages ({@code ${@json.write(x)}}); Thymeleaf escapes the attribute. */
@Component("json")
public class JsonForPages {

    private final JsonMapper mapper;

    JsonForPages(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }
}
