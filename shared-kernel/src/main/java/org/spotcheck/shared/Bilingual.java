package org.spotcheck.shared;

import java.util.Locale;

/**
 * Transitional: many refusals still carry an inline "中文 / English" message. Until each has its
 * bundle entry ({@code problem.<RULE>}), a page or an API answer shows only the reader's half.
 */
public final class Bilingual {

    private Bilingual() {
    }

    /**
     * Of a "中文 / English" text, the half in the locale's language: the split is the first " / " with
     * Chinese before it and no Chinese after it. A text without one is returned whole.
     */
    public static String oneLanguage(String text, Locale locale) {
        if (text == null) {
            return null;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(" / ", from);
            if (at < 0) {
                return text;
            }
            String zh = text.substring(0, at);
            String en = text.substring(at + 3);
            if (hasChinese(zh) && !hasChinese(en)) {
                return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
            }
            from = at + 3;
        }
    }

    static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
