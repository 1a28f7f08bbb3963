package org.spotcheck.app.workflow.text;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts the process stores as written (notifications, custody and history notes, referral facts, a draw's
 * reason), from the message bundles in Chinese: they are stored once for every reader, and the system's language is
 * Chinese, as {@code NotificationService.text} does for the deadline notifications (issue 16.5).
 */
@Component
public class StoredTexts {

    private final MessageSource messages;

    public StoredTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The bundle text {@code key} in Chinese with its arguments. */
    public String zh(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The bundle text {@code key} with its arguments as an argument of another stored message (a message's arguments
     * are plain values: one with arguments of its own is kept in both languages; issue 17, brief texts17).
     */
    public org.spotcheck.shared.StoredMessage.Arg both(String key, Object... args) {
        return org.spotcheck.shared.StoredMessage.Arg.zhEn(zh(key, args), en(key, args));
    }

    /** The bundle text {@code key} in English: the English half of a stored message's argument (issue 17). */
    public String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
