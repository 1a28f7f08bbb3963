package org.spotcheck.disposal.internal.application;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Texts of the disposal bundles (i18n/disposal*.properties, issue 16.5) for what is written once and read in
 * either language: case events, notifications and quality warnings as stored, the statistics export's header
 * and the public feed's title keep both languages (the Chinese text, " / ", the English), each from its bundle.
 */
@Component
class DisposalTexts {

    private final MessageSource messages;

    DisposalTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text in Chinese, " / ", the text in English. Arguments are written as given (no number formats). */
    String both(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE) + " / " + messages.getMessage(key, args, Locale.ENGLISH);
    }

    /** The text in Chinese only: what an official Chinese document or the public record states. */
    String zh(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    /** The text in English: the English half of a stored message's argument (a referral's facts, issue 17). */
    String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    /** The text in Chinese, or the fallback where no bundle has the key. */
    String zhOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Locale.SIMPLIFIED_CHINESE);
    }

    /** The text in English, or the fallback where no bundle has the key (a log line's field label). */
    String enOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Locale.ENGLISH);
    }

    /** A refusal argument that the reader's bundle words ({@code disposal.<area>.<name>}). */
    static DefaultMessageSourceResolvable word(String key) {
        return new DefaultMessageSourceResolvable(key);
    }
}
