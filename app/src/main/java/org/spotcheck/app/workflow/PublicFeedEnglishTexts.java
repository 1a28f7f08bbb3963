package org.spotcheck.app.workflow;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.spotcheck.disposal.api.PublicFeedEnglish;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The public feed's English fields (issue 17, brief bil18) as 结果公开 at {@code ?lang=en} reads them
 * ({@link PublicationTexts}, {@link DataNames}), whatever the feed reader's language: the feed has one schema. A reading
 * still in Chinese (a product or item without an English name) is left out (null), never mixed into an English field.
 */
@Component
class PublicFeedEnglishTexts implements PublicFeedEnglish {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final PublicationTexts texts;
    private final DataNames data;

    PublicFeedEnglishTexts(PublicationTexts texts, DataNames data) {
        this.texts = texts;
        this.data = data;
    }

    @Override
    public String productName(String productCode, String productName) {
        return inEnglish(() -> data.product(productCode, productName));
    }

    @Override
    public String conclusion(String kind, String conclusion, String conclusionText, String grade, Integer roundNo, String reportNo,
            String labCode) {
        return inEnglish(() -> texts.conclusion(kind, conclusion, conclusionText, grade, roundNo, reportNo, labCode));
    }

    @Override
    public String failedItems(String productCode, String failedItemCodes, String failedItemsText) {
        return inEnglish(() -> texts.failedItems(productCode, failedItemCodes, failedItemsText));
    }

    private static String inEnglish(Supplier<String> reading) {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            String text = reading.get();
            return text == null || text.isBlank() || HAN.matcher(text).find() ? null : text;
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }
}
