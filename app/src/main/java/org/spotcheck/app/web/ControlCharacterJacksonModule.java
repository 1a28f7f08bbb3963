package org.spotcheck.app.web;

import org.spotcheck.shared.ControlCharacters;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

/**
 * Every string of every JSON request body, field values, list elements, map keys and values, is refused when it
 * holds a control character ({@link ControlCharacters}): one deserializer for {@code String}, registered with the
 * application's JSON mapper, so no endpoint can forget it (issue 13.6). The failure carries the field path.
 */
@Component
public class ControlCharacterJacksonModule extends SimpleModule {

    public ControlCharacterJacksonModule() {
        super("spotcheck-control-characters");
        addDeserializer(String.class, new Strings());
        addKeyDeserializer(String.class, new Keys());
    }

    /** Thrown for a string with a control character; Jackson adds the path of the field. */
    public static class ControlCharacterException extends DatabindException {
        ControlCharacterException(JsonParser parser) {
            super(parser, "control character");
        }
    }

    static class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (ControlCharacters.in(value)) {
                throw new ControlCharacterException(p);
            }
            return value;
        }
    }

    static class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            if (ControlCharacters.in(key)) {
                throw new ControlCharacterException(ctxt.getParser());
            }
            return key;
        }
    }
}
