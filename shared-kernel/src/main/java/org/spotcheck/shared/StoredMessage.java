package org.spotcheck.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message that is stored once and read in the reader's language (issue 17: notifications were stored as Chinese
 * text and stayed Chinese on English pages): a bundle key and its arguments. An argument that is a name (an
 * organisation, a product, a region, a person, a step) keeps its code, so that the reader's page can name it in his
 * language, and its Chinese text, which the Chinese rendering and the stored fallback use.
 *
 * @param key  the message bundle key
 * @param args the arguments, in the order of the key's {@code {0}}, {@code {1}}, …
 */
public record StoredMessage(String key, List<Arg> args) {

    public StoredMessage {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** The message with its arguments; a plain value (a number, a date, a case number) becomes {@link Arg#text}. */
    public static StoredMessage of(String key, Object... args) {
        return new StoredMessage(key, Arrays.stream(args).map(a -> a instanceof Arg arg ? arg : Arg.text(a)).toList());
    }

    /** What an argument is: how the reader's page turns its value into words. */
    public enum Kind {
        /** written as it is in every language (a number, a date, a case or report number, a person's own words) */
        TEXT,
        /** an organisation's code: its name */
        ORG,
        /** a product's code: its name in the reader's language where the register has both */
        PRODUCT,
        /** a region's code (GB/T 2260): its name in the reader's language */
        REGION,
        /** a username: the person's name */
        USER,
        /** a task's step key: the step's name in the reader's language */
        STEP,
        /** a bundle key without arguments: its text in the reader's language */
        KEY,
        /** a text given in both languages: {@code value} is the English, {@code zh} the Chinese */
        ZH_EN
    }

    /**
     * One argument.
     *
     * @param kind  how it is read
     * @param value the code (or the text, or the English text of {@link Kind#ZH_EN})
     * @param zh    the Chinese text where the writer knows it (a name, a step's BPMN name); null for plain text
     */
    public record Arg(Kind kind, String value, String zh) {

        public Arg {
            Objects.requireNonNull(kind, "kind");
        }

        public static Arg text(Object value) {
            return new Arg(Kind.TEXT, value == null ? "" : value.toString(), null);
        }

        public static Arg org(String code, String nameZh) {
            return new Arg(Kind.ORG, code, nameZh);
        }

        public static Arg product(String code, String nameZh) {
            return new Arg(Kind.PRODUCT, code, nameZh);
        }

        public static Arg region(String code) {
            return new Arg(Kind.REGION, code, null);
        }

        public static Arg user(String username) {
            return new Arg(Kind.USER, username, null);
        }

        public static Arg step(String taskKey, String nameZh) {
            return new Arg(Kind.STEP, taskKey, nameZh);
        }

        public static Arg key(String bundleKey) {
            return new Arg(Kind.KEY, bundleKey, null);
        }

        public static Arg zhEn(String zh, String en) {
            return new Arg(Kind.ZH_EN, en, zh);
        }

        /** The argument in Chinese as far as the writer knows it: its Chinese text, else its value. */
        public String zhOrValue() {
            return zh != null ? zh : value == null ? "" : value;
        }
    }

    /** Each argument's Chinese text or value ({@link Arg#zhOrValue}): the arguments of the Chinese text as stored. */
    public Object[] zhArgs() {
        return args.stream().map(Arg::zhOrValue).toArray();
    }
}
