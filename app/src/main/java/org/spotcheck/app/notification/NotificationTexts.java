package org.spotcheck.app.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.spotcheck.app.security.PageNames;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.StoredMessage.Arg;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notification's words in a reader's language (issue 17): the message's bundle key in that language, and each
 * argument that is a name (an organisation, a product, a region, a person, a step) named in that language where the
 * registers have both. Stored as the key and the arguments as JSON; a row stored before (text only) shows its text.
 */
@Component
public class NotificationTexts {

    private static final TypeReference<List<Arg>> ARGS = new TypeReference<>() {
    };

    private final MessageSource messages;
    private final PageNames names;
    private final Registers registers;
    private final JsonMapper json = JsonMapper.builder().build();

    NotificationTexts(MessageSource messages, PageNames names, Registers registers) {
        this.messages = messages;
        this.names = names;
        this.registers = registers;
    }

    /** The arguments as stored. */
    String json(StoredMessage message) {
        return json.writeValueAsString(message.args());
    }

    /** A renderer for one page or e-mail batch: the product register is read at most once. */
    public Renderer renderer() {
        return new Renderer();
    }

    /** Renders messages; reads the product register once, when a product is first named. */
    public final class Renderer {

        private Map<String, ProductView> products;

        private Renderer() {
        }

        /** The message in the locale. */
        public String render(StoredMessage message, Locale locale) {
            Object[] args = message.args().stream().map(a -> arg(a, locale)).toArray();
            return messages.getMessage(message.key(), args, message.key(), locale);
        }

        /**
         * A stored notification in the locale: from its key and arguments, or its stored text when it has no key (a row
         * from before V5_160, whose "中文 / English" pair shows the reader's half and whose codes are named).
         */
        public String render(String key, String argsJson, String stored, Locale locale) {
            if (key == null) {
                return names.text(stored, locale);
            }
            List<Arg> args;
            try {
                args = argsJson == null || argsJson.isBlank() ? List.of() : json.readValue(argsJson, ARGS);
            } catch (JacksonException e) {
                return stored;
            }
            if (messages.getMessage(key, null, null, locale) == null) {
                return stored; // a key no longer in the bundles: the text as it was stored
            }
            return render(new StoredMessage(key, args), locale);
        }

        /** A module's stored note in the locale, as {@link NotificationTexts#note}. */
        public String note(StoredMessage message, String stored, Locale locale) {
            if (message == null || messages.getMessage(message.key(), null, null, locale) == null) {
                return names.text(stored, locale);
            }
            return names.text(render(message, locale), locale);
        }

        private String arg(Arg a, Locale locale) {
            boolean english = "en".equals(locale.getLanguage());
            String value = a.value() == null ? "" : a.value();
            return switch (a.kind()) {
                case TEXT -> value;
                case ZH_EN -> english ? value : a.zhOrValue();
                case KEY -> messages.getMessage(value, null, value, locale);
                case STEP -> {
                    String named = messages.getMessage("step." + value, null, null, locale);
                    yield named != null ? named : a.zhOrValue();
                }
                case REGION -> names.region(value, locale);
                case USER -> names.user(value, locale);
                // the name kept with the message; in English the register's English name where it gives one (brief bil17)
                case ORG -> english ? englishOrg(value, a.zh(), locale) : a.zh() != null ? a.zh() : names.org(value, locale);
                case PRODUCT -> {
                    ProductView p = product(value);
                    if (p == null) {
                        yield a.zhOrValue();
                    }
                    yield english && p.nameEn() != null && !p.nameEn().isBlank() ? p.nameEn() : p.nameZh();
                }
            };
        }

        private String englishOrg(String code, String kept, Locale locale) {
            String named = names.org(code, locale);
            return named.equals(code) && kept != null ? kept : named;
        }

        private ProductView product(String code) {
            if (products == null) {
                products = registers.products().stream().collect(Collectors.toMap(ProductView::code, p -> p, (a, b) -> a));
            }
            return products.get(code);
        }
    }

    /**
     * A note a module stores with its message (a custody note, a plan's history line; issue 17, brief texts17) in the
     * reader's language: from its key and arguments, codes named as {@link PageNames#text} names them; a note without
     * one (a person's words, a row stored before) or whose key is no longer in the bundles reads as {@link PageNames#text}
     * reads the stored text, through the bundles' {@code stored.*} patterns.
     */
    public String note(StoredMessage message, String stored) {
        return renderer().note(message, stored, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** Lazily: for callers that render one message. */
    public String render(StoredMessage message, Locale locale) {
        return renderer().render(message, locale);
    }

}
