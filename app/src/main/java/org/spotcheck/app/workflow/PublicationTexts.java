package org.spotcheck.app.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spotcheck.app.security.PageNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 结果公开's texts in the reader's language ({@code ${@publicTexts.conclusion(…)}}, {@code ${@publicTexts.failedItems(…)}};
 * issue 17, brief codes17). A publication keeps the Chinese texts it released; a Chinese page shows them unchanged. An
 * English page read an announcement as its conclusion's label only, without its round, report and lab, and the failed
 * items as their Chinese names: it now sets the announcement's sentence in English from the round, report and lab kept
 * with it (V4_280), and names the failed items in English where their codes were kept. Rows written without them read
 * as before: the conclusion's label, the items' released names.
 */
@Component("publicTexts")
public class PublicationTexts {

    private final PageNames names;
    private final DataNames data;
    private final MessageSource messages;

    PublicationTexts(PageNames names, DataNames data, MessageSource messages) {
        this.names = names;
        this.data = data;
        this.messages = messages;
    }

    /**
     * The conclusion as the reader reads it: an English page sets an announcement's failed (or refused) re-inspection
     * in English with its round, grade and report number; any other publication, or an announcement written without
     * its round and report, reads as {@link PageNames#conclusion}.
     */
    public String conclusion(String kind, String conclusion, String conclusionText, String grade, Integer roundNo,
            String reportNo, String labCode) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage()) || !"ANNOUNCEMENT".equals(kind) || roundNo == null) {
            return names.conclusion(conclusion, conclusionText, grade);
        }
        if ("REFUSED".equals(conclusion)) {
            return messages.getMessage("disposal.publication.reinspectionRefused", new Object[] {roundNo}, locale);
        }
        if (reportNo == null || reportNo.isBlank()) {
            return names.conclusion(conclusion, conclusionText, grade);
        }
        // the lab is named by its English name (V5_220, brief bil17); a lab the register names in Chinese only is left
        // out, as before: an English page shows no Chinese line in the conclusion (its report number identifies the lab)
        String graded = messages.getMessage("dsp.grade." + ("SERIOUS".equals(grade) ? "SERIOUS" : "GENERAL"), null, locale);
        String lab = labCode == null || labCode.isBlank() ? null : names.org(labCode, locale);
        if (lab != null && !lab.equals(labCode) && !lab.equals(names.org(labCode, Locale.CHINESE))) {
            return messages.getMessage("pages.publication.reinspectionFailedByLab", new Object[] {roundNo, graded, reportNo, lab},
                    locale);
        }
        return messages.getMessage("pages.publication.reinspectionFailed", new Object[] {roundNo, graded, reportNo}, locale);
    }

    /**
     * The failed items as the reader reads them: the released names on a Chinese page; on an English page each item's
     * English name in the product's rule in force where its code was kept (V4_280), the released name of an item the
     * rule no longer names; a row without the codes keeps its released names.
     */
    public String failedItems(String productCode, String failedItemCodes, String failedItemsText) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage()) || failedItemCodes == null || failedItemCodes.isBlank()) {
            return failedItemsText;
        }
        String[] codes = failedItemCodes.split("、");
        String[] released = failedItemsText == null ? new String[0] : failedItemsText.split("、");
        List<String> read = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            String name = data.item(productCode, codes[i], released.length == codes.length ? released[i] : null);
            if (name.isEmpty()) {
                return failedItemsText; // never a bare code: the released names, as before
            }
            read.add(name);
        }
        return String.join(", ", read);
    }
}
