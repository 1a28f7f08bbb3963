package org.spotcheck.testing.internal.application;

import java.util.List;
import java.util.Map;
import org.spotcheck.testing.api.ItemNames;
import org.spotcheck.testing.internal.persistence.LabSampleMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link ItemNames}: idempotent, an item already named is left as it is. */
@Service
@Transactional
class ItemNameService implements ItemNames {

    private final LabSampleMapper samples;

    ItemNameService(LabSampleMapper samples) {
        this.samples = samples;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> rulesWithUnnamedItems() {
        return samples.rulesWithUnnamedItems();
    }

    @Override
    public int nameInEnglish(long ruleId, Map<String, String> nameEnByCode) {
        int named = 0;
        for (Map.Entry<String, String> item : nameEnByCode.entrySet()) {
            if (item.getValue() != null && !item.getValue().isBlank()) {
                named += samples.nameItemInEnglish(ruleId, item.getKey(), item.getValue().strip());
                named += samples.nameReportItemInEnglish(ruleId, item.getKey(), item.getValue().strip());
            }
        }
        return named;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> rulesWithItemsWithoutEnglishMethod() {
        return samples.rulesWithItemsWithoutEnglishMethod();
    }

    @Override
    public int wordInEnglish(long ruleId, Map<String, EnglishWording> wordingByCode) {
        int worded = 0;
        for (Map.Entry<String, EnglishWording> item : wordingByCode.entrySet()) {
            EnglishWording w = item.getValue();
            if (w != null && w.methodEn() != null && !w.methodEn().isBlank()) {
                worded += samples.wordItemInEnglish(ruleId, item.getKey(), w.methodEn().strip(), blankToNull(w.displayEn()),
                        blankToNull(w.unitEn()));
                worded += samples.wordReportItemInEnglish(ruleId, item.getKey(), w.methodEn().strip(), blankToNull(w.unitEn()));
            }
        }
        return worded;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
